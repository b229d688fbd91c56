// The seventh batch (synthetic-batch7.ts): written after the batch-6 fixes and not tuned on.
import { batchTests } from './batch-check.js';
import { BATCH7_PAGES } from './synthetic-batch7.js';

batchTests('batch 7 pages', BATCH7_PAGES);
