// The twenty-eighth batch (synthetic-batch28.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH28_PAGES } from './synthetic-batch28.js';

batchTests('batch 28 pages', BATCH28_PAGES);
