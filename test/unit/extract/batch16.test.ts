// The sixteenth batch (synthetic-batch16.ts): written after batch 15's run, on the same extractor,
// weighted to date and title traps, run once, not tuned on: a third untouched estimate.
import { batchTests } from './batch-check.js';
import { BATCH16_PAGES } from './synthetic-batch16.js';

batchTests('batch 16 pages', BATCH16_PAGES);
