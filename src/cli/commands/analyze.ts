import type { Command } from 'commander';
import { errorMessage } from '../../core/errors.js';
import type { Analysis } from '../../core/types.js';
import { createDefaultAnalyzers, type AnalyzerChain } from '../../../analyzers/index.js';
import { openLines, openOutput, writeLine } from '../io.js';
import { buildAnalyzers, makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';

/** The output line of `pantau analyze`: every field present, empty when an analyzer has nothing to say. */
export function analysisRecord(id: string, a: Analysis) {
  return {
    id,
    language: a.language,
    sentiment: a.sentiment,
    topics: a.topics,
    hoax: a.hoax,
    regions: a.regions,
    entities: a.entities,
    versions: a.versions,
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
}

export async function analyzeStream(
  chain: AnalyzerChain,
  lines: AsyncIterable<string>,
  out: NodeJS.WritableStream,
  onBadLine: (lineNo: number, msg: string) => void,
): Promise<{ ok: number; bad: number }> {
  let lineNo = 0;
  let ok = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    let obj: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object');
      obj = parsed as Record<string, unknown>;
    } catch (err) {
      bad++;
      onBadLine(lineNo, `invalid JSON: ${errorMessage(err).slice(0, 120)}`);
      continue;
    }
    const id = str(obj.id) ?? `line-${lineNo}`;
    if (obj.id === undefined) onBadLine(lineNo, `no "id": using "${id}"`);
    const analysis = chain.analyze(
      { id, text: str(obj.text) ?? '', title: str(obj.title), url: str(obj.url), publishedAt: str(obj.publishedAt) },
      (name, err) => onBadLine(lineNo, `analyzer ${name} failed: ${errorMessage(err)}`),
    );
    await writeLine(out, JSON.stringify(analysisRecord(id, analysis)));
    ok++;
  }
  return { ok, bad };
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze JSONL lines {id, text, title?, url?, publishedAt?} → one JSON line of analysis per input')
    .option('-i, --in <file>', 'input JSONL, - for stdin', '-')
    .option('-o, --out <file>', 'output JSONL, - for stdout', '-')
    .option('-c, --config <file>', 'config (home region, watch list, and the debunk index of its store)')
    .action(async (opts, cmd: Command) => {
      const all: GlobalOpts & { in: string; out: string } = { ...cmd.optsWithGlobals(), ...opts };
      const config = readConfig(all, false);
      let chain: AnalyzerChain;
      if (config.file) {
        const store = await openStore(config, makeLogger());
        try {
          chain = await buildAnalyzers(config, store);
        } finally {
          await store.close();
        }
      } else {
        chain = createDefaultAnalyzers({ homeRegion: config.analysis.homeRegion, watchlist: config.analysis.watchlist });
      }
      const out = openOutput(all.out);
      const res = await analyzeStream(chain, openLines(all.in), out, (n, msg) =>
        process.stderr.write(`pantau analyze: line ${n}: ${msg}\n`),
      );
      await out.done();
      if (res.bad) process.stderr.write(`pantau analyze: ${res.ok} analyzed, ${res.bad} line(s) skipped\n`);
    });
}
