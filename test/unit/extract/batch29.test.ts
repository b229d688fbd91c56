// The twenty-ninth batch (synthetic-batch29.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH29_PAGES } from './synthetic-batch29.js';

batchTests('batch 29 pages', BATCH29_PAGES);
