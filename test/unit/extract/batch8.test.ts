// The eighth batch (synthetic-batch8.ts): written after the batch-7 fixes and not tuned on.
import { batchTests } from './batch-check.js';
import { BATCH8_PAGES } from './synthetic-batch8.js';

batchTests('batch 8 pages', BATCH8_PAGES);
