// `pantau import FILE`: mentions from a file (archives, exports of other tools, a rebuilt day) stored
// exactly like crawled items — through the pipeline runner, so they are normalized, deduplicated by
// canonical URL (a re-import says `duplicate N`), analyzed, clustered and stored with the same
// dispositions as `run --once`. Bad rows are reported on stderr with their line and the rest stored.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Disposition } from '../../core/types.js';
import { formatCounts } from '../progress.js';
import { readConfig, type GlobalOpts } from '../runtime.js';
import { addLangOption, parseLang } from '../i18n.js';
import { terminalSafe } from '../terminal.js';

interface ImportOpts extends GlobalOpts {
  source?: string;
  json?: boolean;
  format?: string;
  encoding?: string;
  delimiter?: string;
  analyze?: boolean;
  mapIds?: boolean;
  lang?: string;
}

/** At most this many bad rows are printed one by one; the rest are counted. */
const MAX_BAD_LINES = 1000;

function firstChar(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${code === 'ENOENT' ? 'input file not found' : 'input file unreadable'}: ${path} (${code ?? 'unreadable'})`);
  }
  try {
    // A folder opens like a file here; only reading it fails (EISDIR).
    if (fstatSync(fd).isDirectory()) throw new InputError(`input is a directory, not a file: ${path}`);
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  } finally {
    closeSync(fd);
  }
}

async function runImport(file: string, opts: ImportOpts): Promise<void> {
  // Loaded here, not at start-up: `pantau --help` should not pay for the analyzers and the store.
  const [{ makeLogger, openPipeline }, { crawlSource }, { DispositionCounter }, mf, { knownEncoding }, ids] = await Promise.all([
    import('../runtime.js'),
    import('../../pipeline/runner.js'),
    import('../../pipeline/dispositions.js'),
    import('../../../crawlers/social/mentions-file.js'),
    import('../../../crawlers/social/import-file.js'),
    import('../map-ids.js'),
  ]);
  if (opts.encoding && !knownEncoding(opts.encoding)) {
    throw new InputError(`--encoding: unknown encoding "${opts.encoding}" (iconv-lite names: utf-8, utf-16le, windows-1252, latin1, …)`);
  }
  if (opts.delimiter !== undefined && [...opts.delimiter].length !== 1) throw new InputError(`--delimiter: expected one character, got "${opts.delimiter}"`);
  if (opts.source !== undefined && !opts.source.trim()) throw new InputError('--source: expected a source id');
  const format = mf.mentionsFormat(file, opts.format, firstChar(file));
  // Without a config file nothing is created where the user stands (readConfig says how to make one).
  const config = readConfig(opts, false);
  const log = makeLogger();
  let bad = 0;
  const badRows: { line: number; reason: string }[] = [];
  const crawler = mf.createMentionsFileCrawler({
    format,
    encoding: opts.encoding,
    delimiter: opts.delimiter,
    defaultSource: opts.source?.trim(),
    timezone: config.timezone,
    onBadRow: (line, reason) => {
      bad++;
      if (badRows.length < MAX_BAD_LINES) badRows.push({ line, reason });
      if (bad <= MAX_BAD_LINES) process.stderr.write(`pantau import: line ${line}: ${terminalSafe(reason)}\n`);
    },
    onWarning: (message) => process.stderr.write(`pantau import: warning: ${terminalSafe(message)}\n`),
  });
  const clock = ids.commandClock();
  const withIds = ids.idsOnStore(config, opts.mapIds);
  const p = await openPipeline(config, log, { analyze: opts.analyze !== false });
  const outlets = new Map<string, number>();
  try {
    // Before anything is stored: what this import stores is found afterwards even after a crash.
    await ids.beforeStoring(p.deps.store);
    const counter = new DispositionCounter();
    const result = await crawlSource(
      mf.importSource(file),
      {
        ...p.deps,
        crawlers: { get: () => crawler },
        progress: { item: (_s, m) => void outlets.set(m.sourceId, (outlets.get(m.sourceId) ?? 0) + 1) },
      },
      counter,
    );
    // The complete days this import touched get their issue ids (one day after another, oldest first).
    const idsDone = withIds ? await ids.assignIds(config, p.deps.store, clock) : undefined;
    const failed = counter.reasons.filter((r) => r.disposition === 'failed');
    const bySource = Object.fromEntries([...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
    if (bad > MAX_BAD_LINES) process.stderr.write(`pantau import: … and ${bad - MAX_BAD_LINES} more bad rows\n`);
    if (opts.json) {
      process.stdout.write(
        JSON.stringify(
          {
            file, format, ok: result.ok, error: result.error, counts: result.counts, sources: bySource, badRows, failed,
            issueIds: idsDone ? { days: idsDone.done, pending: idsDone.report?.pending ?? [], ...(idsDone.error ? { error: idsDone.error } : {}) } : { off: true },
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      const top = Object.entries(bySource)
        .slice(0, 10)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ');
      const lang = parseLang(opts.lang);
      process.stdout.write(`${result.ok ? 'ok  ' : lang === 'id' ? 'GAGAL' : 'FAIL'} ${terminalSafe(file)}: ${formatCounts(result.counts, lang)}\n`);
      if (outlets.size) process.stdout.write(`${lang === 'id' ? 'sumber' : 'sources'}: ${outlets.size} (${terminalSafe(top)}${outlets.size > 10 ? ', …' : ''})\n`);
      process.stdout.write(`total: ${formatCounts(result.counts, lang)}\n`);
      process.stdout.write(ids.idsLine(idsDone ?? 'off', lang));
    }
    if (idsDone?.error) {
      // The store unreachable (mentions waiting in the outbox) is a warning: the days wait for the next import.
      process.stderr.write(`pantau: ${idsDone.unavailable ? 'warning' : 'error'}: import: issue ids: ${terminalSafe(idsDone.error)} (the day and the later ones are assigned at the next import)\n`);
      if (!idsDone.unavailable) process.exitCode = 1;
    }
    for (const f of failed.slice(0, 50)) process.stderr.write(`pantau: error: import: failed ${terminalSafe(`${f.url}: ${f.reason}`)}\n`);
    if (!result.ok) process.stderr.write(`pantau: error: import ${terminalSafe(file)} failed: ${terminalSafe(result.error)}\n`);
    // Bad rows are reported and skipped (exit 0, as `pantau analyze` does); a file that cannot be read
    // or rows the store could not take are an error.
    const lost: Disposition[] = ['failed'];
    if (!result.ok || lost.some((d) => result.counts[d] > 0)) process.exitCode = 1;
  } finally {
    await p.close();
  }
}

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('store mentions from a JSONL, CSV or JSON file {url, title?, text, publishedAt, source, kind?, author?, engagement?} as crawled items are (analyzed; idempotent by canonical URL)')
    .argument('<file>', 'JSONL, CSV (delimiter guessed) or JSON array file')
    .option('-s, --source <id>', 'source id for rows without a "source" value')
    .option('--format <format>', 'csv, jsonl or json (default: from the extension, else the first character)')
    .option('--encoding <name>', 'file encoding (iconv-lite name; default: BOM, else UTF-8, else windows-1252 with a warning)')
    .option('--delimiter <char>', 'CSV delimiter (default: guessed from the header line)')
    .option('--no-analyze', 'store without analysis')
    .option('--no-map-ids', 'do not assign issue ids to the complete days imported (a huge archive; pantau map assigns them)')
    .option('--json', 'print the summary as JSON')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)');
  addLangOption(cmd).action(async (file: string, opts: ImportOpts, c: Command) => runImport(file, { ...c.optsWithGlobals(), ...opts }));
}
