// The sixth batch (synthetic-batch6.ts): written after the batch-5 fixes, the held-out estimate.
import { batchTests } from './batch-check.js';
import { BATCH6_PAGES } from './synthetic-batch6.js';

batchTests('batch 6 pages', BATCH6_PAGES);
