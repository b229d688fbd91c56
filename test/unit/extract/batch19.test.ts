// The nineteenth batch (synthetic-batch19.ts): written after batch 18's fixes and run once, not
// tuned on: the untouched estimate for the extractor as committed on branch w18-dates.
import { batchTests } from './batch-check.js';
import { BATCH19_PAGES } from './synthetic-batch19.js';

batchTests('batch 19 pages', BATCH19_PAGES);
