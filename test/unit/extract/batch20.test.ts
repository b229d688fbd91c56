// The twentieth batch (synthetic-batch20.ts): written after batch 19's run on the same extractor,
// weighted to shapes no batch had, run once before any fix it prompted.
import { batchTests } from './batch-check.js';
import { BATCH20_PAGES } from './synthetic-batch20.js';

batchTests('batch 20 pages', BATCH20_PAGES);
