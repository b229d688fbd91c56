// Crash safety: a child process runs the real SqliteStore (transpiled to JS) writing batches in a
// loop and prints each batch number after upsertMentions resolves; we SIGKILL it mid-stream, reopen
// the file and check that the database is intact, every batch the child reported is there, and no
// batch is half-written. Three rounds on the same file, so recovery of a crashed WAL is exercised too.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, SqliteStore } from '../../../src/store/index.js';
import { transpileStore } from './transpile.js';

const BATCH = 100;

const CHILD = `
const [storeModule, dbPath, firstBatch] = process.argv.slice(2);
const { createStore } = await import(storeModule);
const store = await createStore({ driver: 'sqlite', path: dbPath });
const body = 'Warga Kota Jambi mengeluhkan banjir di Telanaipura. '.repeat(40);
for (let b = Number(firstBatch); ; b++) {
  const batch = [];
  for (let i = 0; i < ${BATCH}; i++) {
    const id = 'b' + b + '-' + i;
    batch.push({
      id, sourceId: 'crash', kind: 'news', url: 'https://x.example/' + id, canonicalUrl: 'https://x.example/' + id,
      title: 'Banjir ' + id, text: body + id, fetchedAt: new Date().toISOString(),
      analysis: { language: 'id', sentiment: { label: 'negative', score: -1 }, topics: ['banjir', 't' + (b % 5)],
        hoax: { score: 0, flagged: false, indicators: [], debunks: [] }, regions: [], entities: [], versions: {} },
    });
  }
  const res = await store.upsertMentions(batch);
  if (res.written !== ${BATCH}) throw new Error('unexpected write result ' + JSON.stringify(res));
  await store.putSourceState({ sourceId: 'crash', consecutiveFailures: 0, itemsFound: b, cursor: String(b) });
  // stdout to a pipe is synchronous on Linux: once the parent reads this line, the batch was committed.
  process.stdout.write('committed ' + b + '\\n');
}
`;

interface RoundResult {
  reported: number[];
  stderr: string;
  signal: NodeJS.Signals | null;
}

/** Run the writer until it has reported `killAfter` batches (plus a random delay), then SIGKILL it. */
function runAndKill(script: string, storeModule: string, dbPath: string, first: number, killAfter: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, storeModule, dbPath, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: number[] = [];
    let stderr = '';
    let buf = '';
    let killing = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000); // never hang the suite
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const m = /^committed (\d+)$/.exec(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        if (m) reported.push(Number(m[1]));
      }
      if (!killing && reported.length >= killAfter) {
        killing = true;
        // A random few ms later, so the kill lands at varying points inside a write.
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 15));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ reported, stderr, signal });
    });
  });
}

describe('SqliteStore crash safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every committed batch, whole, across SIGKILLs', async () => {
    const storeModule = pathToFileURL(transpileStore(join(dir, 'build'))).href;
    const script = join(dir, 'build', 'writer.mjs');
    writeFileSync(script, CHILD);
    const dbPath = join(dir, 'data', 'crash.db');
    const allReported: number[] = [];
    let next = 0;

    for (let round = 0; round < 3; round++) {
      const r = await runAndKill(script, storeModule, dbPath, next, 5 + round * 3);
      expect(r.stderr).toBe('');
      expect(r.signal).toBe('SIGKILL');
      expect(r.reported.length).toBeGreaterThanOrEqual(5);
      allReported.push(...r.reported);
      // The killed writer never checkpointed at close: recovery has to go through the WAL.
      expect(existsSync(`${dbPath}-wal`)).toBe(true);

      const store = (await createStore({ driver: 'sqlite', path: dbPath })) as SqliteStore;
      try {
        const db = store.database;
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        // FTS5's own consistency check against the content table; throws on mismatch.
        db.exec(`INSERT INTO mentions_fts (mentions_fts) VALUES ('integrity-check')`);

        const perBatch = new Map<number, number>();
        for (const id of db.prepare('SELECT id FROM mentions').pluck().all() as string[]) {
          const b = Number(/^b(\d+)-/.exec(id)![1]);
          perBatch.set(b, (perBatch.get(b) ?? 0) + 1);
        }
        for (const [b, n] of perBatch) expect(n, `batch ${b} is partial`).toBe(BATCH);
        for (const b of allReported) expect(perBatch.has(b), `reported batch ${b} lost`).toBe(true);
        // Batches are written in order, so what survived is a prefix: 0..last with no gaps.
        const last = Math.max(...perBatch.keys());
        expect(perBatch.size).toBe(last + 1);

        const page = await store.search({ text: 'telanaipura', limit: 1 });
        expect(page.total).toBe(perBatch.size * BATCH);
        const topics = await store.countBy('topic', {});
        expect(topics.find((t) => t.key === 'banjir')?.count).toBe(perBatch.size * BATCH);
        next = last + 1;
      } finally {
        await store.close();
      }
    }
  });
});
