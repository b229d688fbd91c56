// The seventeenth batch (synthetic-batch17.ts): written after batch 16's fixes, run once at the end,
// not tuned on: the untouched estimate for the extractor as committed on branch w18-dates2.
import { batchTests } from './batch-check.js';
import { BATCH17_PAGES } from './synthetic-batch17.js';

batchTests('batch 17 pages', BATCH17_PAGES);
