// The eleventh batch (synthetic-batch11.ts): written after every fix on branch w18-extract3, run
// once, not tuned on.
import { batchTests } from './batch-check.js';
import { BATCH11_PAGES } from './synthetic-batch11.js';

batchTests('batch 11 pages', BATCH11_PAGES);
