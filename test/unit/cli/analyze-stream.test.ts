import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { analyzeStream } from '../../../src/cli/analyze-stream.js';

const chain = createDefaultAnalyzers({ homeRegion: '15.71' });

function nextOutputLine(out: PassThrough): Promise<string> {
  return new Promise((resolve) => {
    let buf = '';
    const onData = (c: Buffer): void => {
      buf += c.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        out.off('data', onData);
        resolve(buf.slice(0, nl));
      }
    };
    out.on('data', onData);
  });
}

describe('analyzeStream', () => {
  it('answers a slow producer line by line (a batch does not wait to fill)', async () => {
    const input = new PassThrough();
    const out = new PassThrough();
    const done = analyzeStream(chain, createInterface({ input, crlfDelay: Infinity }), out, () => {});
    const first = nextOutputLine(out);
    input.write(JSON.stringify({ id: 'one', text: 'Banjir di Kota Jambi' }) + '\n');
    expect(JSON.parse(await first).id).toBe('one');
    const second = nextOutputLine(out);
    input.write(JSON.stringify({ id: 'two', text: 'Pelayanan bagus' }) + '\n');
    expect(JSON.parse(await second).id).toBe('two');
    input.end();
    expect(await done).toEqual({ ok: 2, bad: 0 });
  });

  it('keeps input order across batches and reports bad lines by number', async () => {
    const lines = [];
    for (let i = 0; i < 600; i++) lines.push(i === 300 ? '{not json' : JSON.stringify({ id: `d${i}`, text: `warga mengeluh jalan rusak nomor ${i}` }));
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const bad: number[] = [];
    const res = await analyzeStream(chain, (async function* () { yield* lines; })(), out, (n) => bad.push(n));
    expect(res).toEqual({ ok: 599, bad: 1 });
    expect(bad).toEqual([301]);
    const ids = chunks.join('').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(lines.map((_, i) => `d${i}`).filter((id) => id !== 'd300'));
  });

  it('names the first line without an id and counts the rest', async () => {
    const lines = ['{"text":"banjir"}', '{"id":"x","text":"jalan rusak"}', '{"text":"sampah"}', '{"text":"air mati"}'];
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const warned: number[] = [];
    const res = await analyzeStream(chain, (async function* () { yield* lines; })(), out, (n) => warned.push(n));
    expect(res).toEqual({ ok: 4, bad: 0, noId: 3 });
    expect(warned).toEqual([1]);
    const ids = chunks.join('').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['line-1', 'x', 'line-3', 'line-4']);
  });
});
