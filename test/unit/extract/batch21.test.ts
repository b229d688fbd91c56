// The twenty-first batch (synthetic-batch21.ts): written after batch 20's fixes and run once, not
// tuned on: the untouched estimate for the extractor as committed on branch w18-dates.
import { batchTests } from './batch-check.js';
import { BATCH21_PAGES } from './synthetic-batch21.js';

batchTests('batch 21 pages', BATCH21_PAGES);
