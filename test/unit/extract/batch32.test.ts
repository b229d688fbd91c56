// The thirty-second batch (synthetic-batch32.ts): written after every fix of branch w18-dates2 and
// run once, not tuned on — the untouched estimate for the extractor as committed there.
import { batchTests } from './batch-check.js';
import { BATCH32_PAGES } from './synthetic-batch32.js';

batchTests('batch 32 pages', BATCH32_PAGES);
