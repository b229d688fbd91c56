// The fifth batch (synthetic-batch5.ts): written after the batch-4 fixes, the held-out estimate.
import { batchTests } from './batch-check.js';
import { BATCH5_PAGES } from './synthetic-batch5.js';

batchTests('batch 5 pages', BATCH5_PAGES);
