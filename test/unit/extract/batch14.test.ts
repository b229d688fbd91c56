// The fourteenth batch (synthetic-batch14.ts): written after batch 13's fixes, run once, not tuned
// on: the untouched estimate for the extractor as committed on branch w18-dates2.
import { batchTests } from './batch-check.js';
import { BATCH14_PAGES } from './synthetic-batch14.js';

batchTests('batch 14 pages', BATCH14_PAGES);
