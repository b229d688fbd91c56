// The thirtieth batch (synthetic-batch30.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH30_PAGES } from './synthetic-batch30.js';

batchTests('batch 30 pages', BATCH30_PAGES);
