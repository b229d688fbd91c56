// The fourth batch (synthetic-batch4.ts): written after the batch-3 fixes, the held-out estimate.
import { batchTests } from './batch-check.js';
import { BATCH4_PAGES } from './synthetic-batch4.js';

batchTests('batch 4 pages', BATCH4_PAGES);
