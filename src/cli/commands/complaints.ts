// `pantau complaints import FILE | audit | list | opd ID NAME`: citizen complaints followed to an
// answer. Exports of the national complaint system (LAPOR!/SP4N) and e-mail or form exports are read
// through a named column mapping (config complaints.formats; lapor and sp4n built in); questions and
// complaints on the owned channels come from the store (the audit's rule). Each gets an OPD, a status
// (open / answered / overdue after complaints.deadlineDays working days) and an issue when one matches.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Complaint } from '../../core/evaluation.js';
import type { Mention } from '../../core/types.js';
import { parseDateOption } from '../dates.js';
import { addLangOption, parseLang } from '../i18n.js';
import type { GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';

interface ComplaintsOpts extends GlobalOpts {
  format?: string;
  json?: boolean;
  lang?: string;
  opd?: string;
  channel?: string;
  status?: string;
  from?: string;
  to?: string;
  asOf?: string;
}

const STATUSES = ['open', 'answered', 'overdue'];

/** --as-of: the instant statuses are computed at (default now): the command's clock. */
export function asOfOption(v: string | undefined, zone: string): number {
  if (!v) return Date.now();
  return Date.parse(parseDateOption(v, 'from', zone)!);
}

async function importCmd(file: string, opts: ComplaintsOpts): Promise<void> {
  const lang = parseLang(opts.lang);
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const rt = await import('../complaints-runtime.js');
  const { importComplaints } = await import('../../evaluation/import.js');
  const config = readConfig(opts);
  const log = makeLogger();
  const opened = await rt.openComplaintFile(config, file, (opts.format ?? 'lapor').toLowerCase(), log);
  const store = await openStore(config, log);
  try {
    const tag = await rt.complaintTagger(config, store);
    const res = await importComplaints(store, opened.records, {
      ...opened.ctx,
      tag,
      regionName: await rt.homeRegionName(config),
      now: new Date(asOfOption(opts.asOf, config.timezone)),
      ref: file,
      issueWindowDays: config.complaints.issueWindowDays,
    });
    for (const p of res.problems.slice(0, 1000)) process.stderr.write(`pantau complaints import: ${terminalSafe(file)}#row=${p.row}: ${terminalSafe(p.reason)}\n`);
    const c = res.counts;
    if (opts.json) process.stdout.write(`${JSON.stringify({ file, ...c, problems: res.problems }, null, 2)}\n`);
    else {
      const w = lang === 'id' ? ['baru', 'diperbarui', 'sama', 'ditolak', 'terkait isu'] : ['new', 'updated', 'unchanged', 'rejected', 'linked to an issue'];
      process.stdout.write(`${terminalSafe(file)}: ${w[0]} ${c.written}, ${w[1]} ${c.updated}, ${w[2]} ${c.duplicate}, ${w[3]} ${c.dropped}; ${w[4]} ${c.linked}\n`);
    }
  } finally {
    await store.close();
  }
}

async function auditCmd(opts: ComplaintsOpts): Promise<void> {
  const lang = parseLang(opts.lang);
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const rt = await import('../complaints-runtime.js');
  const [{ citizenQuestions }, { isQuestionOrComplaint }, { complaintFromMention }, { linkIssues }, { keyTerms }, { scanPeriod }] = await Promise.all([
    import('../../audit/audit.js'),
    import('../../../analyzers/questions/index.js'),
    import('../../evaluation/complaints.js'),
    import('../../evaluation/import.js'),
    import('../../core/terms.js'),
    import('../../evaluation/issue-profiles.js'),
  ]);
  const config = readConfig(opts, true);
  const owned = config.sources.filter((s) => s.owned);
  if (!owned.length) throw new InputError('no owned sources (owned: true) in the config: nothing to audit');
  const asOf = asOfOption(opts.asOf, config.timezone);
  const from = parseDateOption(opts.from, 'from', config.timezone) ?? new Date(asOf - 30 * 86_400_000).toISOString();
  const to = parseDateOption(opts.to, 'to', config.timezone) ?? new Date(asOf).toISOString();
  const store = await openStore(config, makeLogger());
  try {
    const regionName = await rt.homeRegionName(config);
    const out: Complaint[] = [];
    for (const s of owned) {
      // Read up to now, so an answer after the period still answers a question in it.
      const mentions: Mention[] = await scanPeriod(store, from, new Date(Math.max(asOf, Date.parse(to))).toISOString(), { sourceId: s.id });
      const qs = citizenQuestions(s, mentions, { fromMs: Date.parse(from), toMs: Date.parse(to), asOfMs: asOf, classify: isQuestionOrComplaint });
      for (const q of qs) out.push(complaintFromMention(q.mention, q.replyAt, q.reply, { regionName, opdOverrides: config.map.opd, keyTerms: keyTerms(q.mention.title, q.mention.text) }));
    }
    await linkIssues(store, out, config.complaints.issueWindowDays);
    const res = await store.upsertComplaints(out);
    for (const d of res.dropped) process.stderr.write(`pantau complaints audit: ${terminalSafe(d.id)}: ${terminalSafe(d.reason)}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ found: out.length, written: res.written, updated: res.updated, unchanged: res.duplicates, dropped: res.dropped }, null, 2)}\n`);
    else {
      const w = lang === 'id' ? ['pertanyaan/pengaduan di kanal sendiri', 'baru', 'diperbarui', 'sama'] : ['questions/complaints on the owned channels', 'new', 'updated', 'unchanged'];
      process.stdout.write(`${out.length} ${w[0]}: ${w[1]} ${res.written}, ${w[2]} ${res.updated}, ${w[3]} ${res.duplicates}\n`);
    }
  } finally {
    await store.close();
  }
}

async function listCmd(opts: ComplaintsOpts): Promise<void> {
  const lang = parseLang(opts.lang);
  const format = (opts.format ?? (opts.json ? 'json' : 'md')).toLowerCase();
  if (!['md', 'json'].includes(format)) throw new InputError(`--format: expected md or json, got "${opts.format}"`);
  if (opts.status && !STATUSES.includes(opts.status)) throw new InputError(`--status: expected ${STATUSES.join(', ')}, got "${opts.status}"`);
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const rt = await import('../complaints-runtime.js');
  const [{ complaintState, opdTable }, { complaintsMarkdown }] = await Promise.all([import('../../evaluation/complaints.js'), import('../../evaluation/format-complaints.js')]);
  const config = readConfig(opts);
  const rules = rt.deadlineRules(config);
  const asOf = asOfOption(opts.asOf, config.timezone);
  const store = await openStore(config, makeLogger());
  let list: Complaint[];
  try {
    list = await store.listComplaints({
      ...(opts.opd ? { opd: opts.opd } : {}),
      ...(opts.channel ? { channel: opts.channel } : {}),
      ...(opts.from ? { from: parseDateOption(opts.from, 'from', config.timezone)! } : {}),
      ...(opts.to ? { to: parseDateOption(opts.to, 'to', config.timezone)! } : {}),
    });
  } finally {
    await store.close();
  }
  if (opts.status) list = list.filter((c) => complaintState(c, asOf, rules).status === opts.status);
  const rows = opdTable(list, asOf, rules);
  if (format === 'json') {
    const items = list.map((c) => ({ ...c, ...complaintState(c, asOf, rules) }));
    process.stdout.write(`${JSON.stringify({ asOf: new Date(asOf).toISOString(), rules, complaints: items, opd: rows }, null, 2)}\n`);
  } else process.stdout.write(terminalSafe(complaintsMarkdown(list, rows, asOf, rules, lang), { multiline: true }));
}

async function opdCmd(id: string, name: string, opts: ComplaintsOpts): Promise<void> {
  if (!name.trim()) throw new InputError('NAME: expected the OPD name, got nothing');
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const config = readConfig(opts);
  const store = await openStore(config, makeLogger());
  try {
    if (!(await store.setComplaintOpd(id, name))) throw new InputError(`no complaint with id "${id}" (see pantau complaints list --format json)`);
    process.stdout.write(`${terminalSafe(id)}: OPD ${terminalSafe(name.trim())}\n`);
  } finally {
    await store.close();
  }
}

export function registerComplaints(program: Command): void {
  const cmd = program.command('complaints').description('citizen complaints followed to an answer: LAPOR!/SP4N exports and the owned channels, per OPD');
  const imp = cmd
    .command('import')
    .description('add or update complaints from an export (CSV, JSONL or JSON); columns by complaints.formats (lapor, sp4n built in); a re-import with the answer marks it answered')
    .argument('<file>', 'the export file')
    .option('--format <name>', 'import format (column mapping)', 'lapor')
    .option('--as-of <date>', 'import time for rows whose status says answered without a date (default now)')
    .option('--json', 'print the summary as JSON')
    .option('-c, --config <file>', 'config file');
  addLangOption(imp);
  imp.action(async (file: string, opts: ComplaintsOpts, c: Command) => importCmd(file, { ...c.optsWithGlobals(), ...opts }));
  const audit = cmd
    .command('audit')
    .description("take the citizens' questions and complaints on the owned channels (stored comments) as complaints, answered by the first owned reply")
    .option('--from <date>', 'first day (default 30 days before now)')
    .option('--to <date>', 'last day (inclusive; default now)')
    .option('--as-of <date>', 'answers up to this instant count (default now)')
    .option('--json', 'print the summary as JSON')
    .option('-c, --config <file>', 'config file');
  addLangOption(audit);
  audit.action(async (opts: ComplaintsOpts, c: Command) => auditCmd({ ...c.optsWithGlobals(), ...opts }));
  const list = cmd
    .command('list')
    .description('complaints with their status, and per OPD: counts, median and p90 answer time, overdue items with links')
    .option('--opd <name>', 'only this OPD')
    .option('--channel <name>', 'only this channel (lapor, an owned source id, …)')
    .option('--status <status>', `only ${STATUSES.join(', ')}`)
    .option('--from <date>', 'received from this day')
    .option('--to <date>', 'received up to this day (inclusive)')
    .option('--as-of <date>', 'the instant statuses are computed at (default now)')
    .option('--format <format>', 'md or json', 'md')
    .option('--json', 'same as --format json')
    .option('-c, --config <file>', 'config file');
  addLangOption(list);
  list.action(async (opts: ComplaintsOpts, c: Command) => listCmd({ ...c.optsWithGlobals(), ...opts }));
  cmd
    .command('opd')
    .description("correct a complaint's OPD by hand (kept over re-imports)")
    .argument('<id>', 'complaint id, e.g. lapor:LAP-2611-0042')
    .argument('<name>', 'the OPD')
    .option('-c, --config <file>', 'config file')
    .action(async (id: string, name: string, opts: ComplaintsOpts, c: Command) => opdCmd(id, name, { ...c.optsWithGlobals(), ...opts }));
}
