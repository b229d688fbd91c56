// The twenty-second batch (synthetic-batch22.ts): written after batch 21's run on the same
// extractor, weighted to shapes no batch had, run once before any fix it prompted.
import { batchTests } from './batch-check.js';
import { BATCH22_PAGES } from './synthetic-batch22.js';

batchTests('batch 22 pages', BATCH22_PAGES);
