// The twenty-fourth batch (synthetic-batch24.ts): written after batch 23's fix and run once, not
// tuned on: the untouched estimate for the extractor as committed on branch w18-dates.
import { batchTests } from './batch-check.js';
import { BATCH24_PAGES } from './synthetic-batch24.js';

batchTests('batch 24 pages', BATCH24_PAGES);
