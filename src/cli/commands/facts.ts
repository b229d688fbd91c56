// `pantau facts import FILE` and `pantau facts list`: the office's fact base in the store.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Fact } from '../../core/types.js';
import { addLangOption, parseLang } from '../i18n.js';
import { terminalSafe } from '../terminal.js';
import type { GlobalOpts } from '../runtime.js';

interface FactsOpts extends GlobalOpts {
  json?: boolean;
  lang?: string;
  tag?: string;
  opd?: string;
  region?: string;
}

function readText(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`facts input is a directory, not a file: ${file}`);
    throw new InputError(`${code === 'ENOENT' ? 'facts file not found' : 'facts file unreadable'}: ${file} (${code ?? 'unreadable'})`);
  }
}

async function importFacts(file: string, opts: FactsOpts): Promise<void> {
  const lang = parseLang(opts.lang);
  const { parseFactsFile } = await import('../../facts/parse.js');
  let parsed;
  try {
    parsed = parseFactsFile(file, readText(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: ${(e as Error).message}`);
  }
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const config = readConfig(opts);
  const store = await openStore(config, makeLogger());
  try {
    const res = await store.upsertFacts(parsed.facts);
    const problems = [...parsed.problems, ...res.dropped.map((d) => ({ where: d.id, reason: d.reason }))];
    for (const p of problems) process.stderr.write(`pantau facts import: ${terminalSafe(p.where)}: ${terminalSafe(p.reason)}\n`);
    const total = (await store.listFacts()).length;
    if (opts.json) process.stdout.write(`${JSON.stringify({ file, written: res.written, updated: res.updated, unchanged: res.duplicates, rejected: problems, total }, null, 2)}\n`);
    else {
      const w = lang === 'id' ? ['baru', 'diperbarui', 'sama', 'ditolak', 'fakta tersimpan'] : ['new', 'updated', 'unchanged', 'rejected', 'facts stored'];
      process.stdout.write(`${terminalSafe(file)}: ${w[0]} ${res.written}, ${w[1]} ${res.updated}, ${w[2]} ${res.duplicates}, ${w[3]} ${problems.length}; ${total} ${w[4]}\n`);
    }
  } finally {
    await store.close();
  }
}

async function listFacts(opts: FactsOpts): Promise<void> {
  const lang = parseLang(opts.lang);
  const { makeLogger, openStore, readConfig } = await import('../runtime.js');
  const config = readConfig(opts);
  const store = await openStore(config, makeLogger());
  let facts: Fact[];
  try {
    facts = await store.listFacts({ ...(opts.tag ? { tag: opts.tag } : {}), ...(opts.opd ? { opd: opts.opd } : {}), ...(opts.region ? { region: opts.region } : {}) });
  } finally {
    await store.close();
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
    return;
  }
  if (!facts.length) {
    process.stdout.write(lang === 'id' ? 'Belum ada fakta. Tambahkan dengan: pantau facts import FILE.yaml\n' : 'No facts yet. Add some with: pantau facts import FILE.yaml\n');
    return;
  }
  for (const f of facts) {
    const extra = [f.opd, f.tags.join(', '), f.regions.join(', ')].filter(Boolean).join(' · ');
    process.stdout.write(`${terminalSafe(f.id)}  ${f.date}  ${terminalSafe(f.statement)}\n    ${terminalSafe(extra)}  ${terminalSafe(f.source_url)}\n`);
  }
}

export function registerFacts(program: Command): void {
  const facts = program.command('facts').description("the office's fact base: programme results, budgets, schedules, statements");
  const imp = facts
    .command('import')
    .description('add or update facts from a YAML or CSV file {id, statement, figures?, date, source_url, opd, tags?, regions?} (idempotent by id)')
    .argument('<file>', 'YAML (.yaml/.yml/.json) or CSV (.csv) file, - for stdin (YAML)')
    .option('--json', 'print the summary as JSON')
    .option('-c, --config <file>', 'config file');
  addLangOption(imp);
  imp.action(async (file: string, opts: FactsOpts, c: Command) => importFacts(file, { ...c.optsWithGlobals(), ...opts }));
  const list = facts
    .command('list')
    .description('the facts in the store')
    .option('--tag <tag>', 'only facts with this tag')
    .option('--opd <name>', 'only facts of this OPD')
    .option('--region <code>', 'only facts about this Kemendagri code, inside it or containing it')
    .option('--json', 'print as JSON')
    .option('-c, --config <file>', 'config file');
  addLangOption(list);
  list.action(async (opts: FactsOpts, c: Command) => listFacts({ ...c.optsWithGlobals(), ...opts }));
}
