// The work of `pantau analyze`: JSON lines in, one analysis line out per input line, in order.
// Loaded by the command's action only (it pulls in the analyzer chain).
import { errorMessage } from '../core/errors.js';
import type { Analysis, AnalyzeDoc } from '../core/types.js';
import { ANALYZE_BATCH, type AnalyzerChain } from '../../analyzers/index.js';
import { isTooLong, writeLine, type TooLongLine } from './io.js';

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

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function analyzeStream(
  chain: AnalyzerChain,
  lines: AsyncIterable<string | TooLongLine>,
  out: NodeJS.WritableStream,
  onBadLine: (lineNo: number, msg: string) => void,
  opts: { maxLineBytes?: number } = {},
): Promise<{ ok: number; bad: number; noId?: number }> {
  let lineNo = 0;
  let ok = 0;
  let bad = 0;
  // A file without ids (a plain export) would otherwise print one warning per line: the first is
  // named, the rest counted and reported once by the caller.
  let noId = 0;
  // Lines are analyzed in batches (see AnalyzerChain.analyzeMany) and written in input order.
  let batch: { lineNo: number; doc: AnalyzeDoc }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const analyses = chain.analyzeMany(
      items.map((b) => b.doc),
      (i, name, err) => onBadLine(items[i]!.lineNo, `analyzer ${name} failed: ${errorMessage(err)}`),
    );
    // One write per batch: 256 small writes cost the stream more than the bytes do.
    const lines: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) lines[i] = JSON.stringify(analysisRecord(items[i]!.doc.id, analyses[i]!));
    await writeLine(out, lines.join('\n'));
    ok += items.length;
  };
  // A batch is flushed when full, and also as soon as no further input line is ready, so a slow
  // producer (tail -f … | pantau analyze) gets each answer without waiting for 255 more lines.
  const it = lines[Symbol.asyncIterator]();
  const nextLine = async (pending: Promise<IteratorResult<string | TooLongLine>>): Promise<IteratorResult<string | TooLongLine>> => {
    if (batch.length === 0) return pending;
    const ready = await Promise.race([pending, new Promise<undefined>((res) => setImmediate(() => res(undefined)))]);
    if (ready !== undefined) return ready;
    await flush();
    return pending;
  };
  try {
    for (let r = await nextLine(it.next()); !r.done; r = await nextLine(it.next())) {
      lineNo++;
      if (isTooLong(r.value)) {
        bad++;
        const cap = opts.maxLineBytes ? ` (limit ${mb(opts.maxLineBytes)}, --max-line-mb)` : '';
        onBadLine(lineNo, `too long: ${mb(r.value.bytes)}${cap}; skipped`);
        continue;
      }
      const line = r.value.replace(/^\uFEFF/, '').trim();
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
      if (obj.id === undefined && noId++ === 0) onBadLine(lineNo, `no "id": using "${id}" (line numbers stand in for missing ids; counted below)`);
      batch.push({ lineNo, doc: { id, text: str(obj.text) ?? '', title: str(obj.title), url: str(obj.url), publishedAt: str(obj.publishedAt) } });
      if (batch.length >= ANALYZE_BATCH) await flush();
    }
    await flush();
  } finally {
    // Like for-await: close the input when leaving early (a write error), not only at its end.
    await it.return?.(undefined);
  }
  return noId ? { ok, bad, noId } : { ok, bad };
}
