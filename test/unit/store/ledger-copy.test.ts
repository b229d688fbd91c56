// Copying the corrections ledger and the issue merges/splits into another SQLite file (pantau migrate
// --to sqlite --path OTHER.db): ids, who/when and undone state kept, once however often it runs, a
// different correction under the same id refused with nothing written, and the check says what is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { checkLedgers, copyLedgers } from '../../../src/store/sqlite/ledger-copy.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import { analysis, mention } from '../../contract/make-mention.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-ledger-copy-'));
let n = 0;
let open: SqliteStore[] = [];
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});

function store(): SqliteStore {
  const s = new SqliteStore(join(dir, `l${++n}.db`), { log: silentLogger });
  open.push(s);
  return s;
}

const at = '2026-12-01T08:00:00.000Z';

async function withLedger(): Promise<SqliteStore> {
  const s = store();
  const m = mention({ id: 'a', analysis: analysis({ sentiment: { label: 'negative', score: -0.5 } }) });
  await s.upsertMentions([m]);
  const [c] = (await s.addCorrections([{ mentionId: 'a', correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at }])).corrections;
  await s.addCorrections([{ mentionId: 'a', correction: { field: 'hoax', value: true }, by: 'sari', at }]);
  await s.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
  await s.addIssueCorrection({ kind: 'split', issueId: 'isu-a', otherId: 'isu-b', mentionIds: ['a'], by: 'sari', at });
  return s;
}

describe('copyLedgers', () => {
  it('copies both ledgers with ids and undone state, once', async () => {
    const from = await withLedger();
    const to = store();
    expect(checkLedgers(from, to).missing).toEqual(['correction 1', 'correction 2', 'issue correction 1']);
    expect(copyLedgers(from, to)).toEqual({ corrections: 2, issueCorrections: 1 });
    expect(copyLedgers(from, to)).toEqual({ corrections: 0, issueCorrections: 0 });
    expect(await to.listCorrections({})).toEqual(await from.listCorrections({}));
    expect(await to.listIssueCorrections({})).toEqual(await from.listIssueCorrections({}));
    expect(checkLedgers(from, to)).toEqual({ total: { corrections: 2, issueCorrections: 1 }, found: { corrections: 2, issueCorrections: 1 }, missing: [] });
    // A correction made later on the copy gets the next id, not one of the copied ones.
    await to.upsertMentions([mention({ id: 'b' })]);
    const [later] = (await to.addCorrections([{ mentionId: 'b', correction: { field: 'hoax', value: true }, by: 'sari', at }])).corrections;
    expect(later!.id).toBe(3);
  });

  it('a different correction under the same id: refused with one line, nothing written', async () => {
    const from = await withLedger();
    const to = store();
    await to.upsertMentions([mention({ id: 'z' })]);
    await to.addCorrections([{ mentionId: 'z', correction: { field: 'hoax', value: true }, by: 'dewi', at }]);
    expect(() => copyLedgers(from, to)).toThrow(/correction 1 there is a different one .*migrate into a new file/);
    expect(await to.listCorrections({})).toHaveLength(1);
    expect(await to.listIssueCorrections({})).toEqual([]);
  });
});
