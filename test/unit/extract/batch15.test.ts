// The fifteenth batch (synthetic-batch15.ts): written after batch 14's run, on the same extractor,
// run once, not tuned on: a second untouched estimate.
import { batchTests } from './batch-check.js';
import { BATCH15_PAGES } from './synthetic-batch15.js';

batchTests('batch 15 pages', BATCH15_PAGES);
