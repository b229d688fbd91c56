import { describe, expect, it } from 'vitest';
import { formatSource } from '../../../src/cli/commands/run.js';
import type { SourceResult } from '../../../src/pipeline/runner.js';

const result: SourceResult = {
  sourceId: 'antara-jambi',
  ok: true,
  counts: { indexed: 23, duplicate: 2, skipped: 1, dropped: 0, failed: 1 },
  durationMs: 10,
  groups: [
    { disposition: 'skipped', code: 'robots', count: 1, urls: ['https://antara.example/a'], example: 'robots.txt' },
    { disposition: 'failed', code: 'http_404', count: 1, urls: ['https://antara.example/\x1b]0;x\x07b'], example: 'HTTP 404' },
  ],
  warnings: [],
};

describe('run summary', () => {
  it('speaks Indonesian by default and English with --lang en', () => {
    expect(formatSource(result)).toBe(
      'ok   antara-jambi: tersimpan 23, duplikat 2, dilewati 1, gagal 1\n' +
        '       dilewati 1 (robots.txt): https://antara.example/a\n' +
        '       gagal 1 (HTTP 404): https://antara.example/b\n', // the OSC sequence is gone whole
    );
    expect(formatSource({ ...result, ok: false, error: 'cannot reach' }, 'en').split('\n')[0]).toBe(
      'FAIL antara-jambi: indexed 23, duplicate 2, skipped 1, failed 1 — cannot reach',
    );
  });
});
