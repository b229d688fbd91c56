// `pantau audit channels`: how the office's own channels (sources with owned: true) are doing —
// posts per day and silences longer than the cadence, the share of citizens' comments and questions
// answered, time to first reply (median, p90), and questions unanswered past the deadline.
// Mentions come from the store; the figures are computed by the pure functions in src/audit.
import type { Command } from 'commander';
import { ConfigError, InputError } from '../../core/errors.js';
import type { Mention, Source, Store } from '../../core/types.js';
import type { AuditReport } from '../../audit/index.js';
import { parseDateOption } from '../dates.js';
import { addLangOption, parseLang } from '../i18n.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafeDeep } from '../terminal.js';

const LOOKBACK_DAYS = 30;

export interface AuditCliOptions extends GlobalOpts {
  from?: string;
  to?: string;
  json?: boolean;
  markdown?: boolean;
  lang?: string;
  deadlineDays?: string;
  holidays?: string;
  source?: string[];
}

/** --from/--to in the office's zone (see parseDateOption); kept for callers of the old name. */
export function parseBound(value: string | undefined, which: 'from' | 'to', zone = 'Asia/Jakarta'): string | undefined {
  return parseDateOption(value, which, zone);
}

/** Every social mention of a source in the period, paged (the store caps one page). */
export async function loadMentions(store: Store, sourceId: string, from?: string, to?: string): Promise<Mention[]> {
  const out: Mention[] = [];
  const limit = 100_000;
  for (let offset = 0; ; ) {
    const page = await store.search({ kind: 'social', sourceId, from, to, limit, offset });
    out.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return out;
}

export async function runAuditChannels(opts: AuditCliOptions, out: NodeJS.WritableStream = process.stdout): Promise<AuditReport> {
  const config = readConfig(opts, true);
  let owned: Source[] = config.sources.filter((s) => s.owned);
  if (opts.source?.length) {
    const unknown = opts.source.filter((id) => !owned.some((s) => s.id === id));
    if (unknown.length) throw new ConfigError(`not an owned source: ${unknown.join(', ')} (owned: ${owned.map((s) => s.id).join(', ') || 'none'})`);
    owned = owned.filter((s) => opts.source!.includes(s.id));
  }
  const lang = parseLang(opts.lang);
  let deadlineDays: number | undefined;
  if (opts.deadlineDays !== undefined) {
    deadlineDays = Number(opts.deadlineDays);
    if (!Number.isInteger(deadlineDays) || deadlineDays < 0) throw new InputError(`--deadline-days: expected a whole number ≥ 0, got "${opts.deadlineDays}"`);
  }
  const from = parseBound(opts.from, 'from', config.timezone);
  const to = parseBound(opts.to, 'to', config.timezone);
  const extra = opts.holidays ? opts.holidays.split(',').map((s) => s.trim()).filter(Boolean) : [];
  for (const d of extra) if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new InputError(`--holidays: expected dates YYYY-MM-DD, got "${d}"`);
  const holidays = [...config.audit.holidays, ...extra];

  const [{ auditChannels, formatMarkdown, formatTable }, { isQuestionOrComplaint }] = await Promise.all([
    import('../../audit/index.js'),
    import('../../../analyzers/questions/index.js'),
  ]);
  const store = await openStore(config, makeLogger());
  let mentions: Mention[] = [];
  // A look-back before --from, so replies in the period to older comments count as answers, not posts.
  const loadFrom = from ? new Date(Date.parse(from) - LOOKBACK_DAYS * 86_400_000).toISOString() : undefined;
  try {
    for (const s of owned) mentions = mentions.concat(await loadMentions(store, s.id, loadFrom, to));
  } finally {
    await store.close();
  }
  const report = auditChannels(mentions, owned, {
    from,
    to,
    deadlineDays,
    defaultDeadlineDays: config.audit.deadlineDays,
    holidays,
    classify: isQuestionOrComplaint,
    timezone: config.timezone,
  });
  // JSON is exact; the table and Markdown print authors and comment texts from strangers.
  if (opts.json) out.write(JSON.stringify(report, null, 2) + '\n');
  else if (opts.markdown) out.write(formatMarkdown(terminalSafeDeep(report), lang));
  else out.write(formatTable(terminalSafeDeep(report), lang));
  return report;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('audits of the office’s own channels');
  const channels = audit
    .command('channels')
    .description(
      'per owned channel: posts per day, gaps longer than options.cadence, share of citizen comments and questions answered, ' +
        'median and p90 time to first reply, questions unanswered past the deadline (working days, Mon–Fri in the office time zone)',
    )
    .option('--from <date>', 'period start: YYYY-MM-DD (00:00 in the office time zone) or ISO date-time (default: earliest mention)')
    .option('--to <date>', 'period end: YYYY-MM-DD (that whole day) or ISO date-time, exclusive (default: now)')
    .option('--deadline-days <n>', 'answer deadline in working days for every channel (default: options.answerDeadlineDays, audit.deadlineDays, 3)')
    .option('--holidays <dates>', 'public holidays YYYY-MM-DD,… not counted as working days (added to audit.holidays)')
    .option('-s, --source <id...>', 'only these owned source ids')
    .option('--json', 'print the report as JSON')
    .option('--markdown', 'print the report as Markdown')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)');
  addLangOption(channels, 'report language').action(async (opts, cmd: Command) => {
      await runAuditChannels({ ...cmd.optsWithGlobals(), ...opts });
    });
}
