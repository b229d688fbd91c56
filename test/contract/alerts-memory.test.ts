// The alert store contract held by the in-memory store of `alerts replay` (the SQLite store runs it
// through storeContract, see sqlite.test.ts).
import { MemoryAlertStore } from '../../src/alerts/memory-store.js';
import { alertStoreContract } from './alerts.contract.js';

alertStoreContract('memory', async () => new MemoryAlertStore());
