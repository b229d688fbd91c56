// The thirty-first batch (synthetic-batch31.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH31_PAGES } from './synthetic-batch31.js';

batchTests('batch 31 pages', BATCH31_PAGES);
