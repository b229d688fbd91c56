// The twenty-seventh batch (synthetic-batch27.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH27_PAGES } from './synthetic-batch27.js';

batchTests('batch 27 pages', BATCH27_PAGES);
