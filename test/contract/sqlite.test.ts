// Runs the shared Store contract against SqliteStore on a temp file (WAL needs a real file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createStore } from '../../src/store/index.js';
import { storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-store-contract-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', (ctx) => createStore({ driver: 'sqlite', path: join(dir, `s${++n}.db`) }, undefined, ctx));
storeContract('sqlite :memory:', (ctx) => createStore({ driver: 'sqlite', path: ':memory:' }, undefined, ctx));
