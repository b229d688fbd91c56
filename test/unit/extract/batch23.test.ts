// The twenty-third batch (synthetic-batch23.ts): written after batch 22's fix and run once, not
// tuned on: the untouched estimate for the extractor as committed on branch w18-dates.
import { batchTests } from './batch-check.js';
import { BATCH23_PAGES } from './synthetic-batch23.js';

batchTests('batch 23 pages', BATCH23_PAGES);
