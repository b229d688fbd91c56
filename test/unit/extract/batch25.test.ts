// The twenty-fifth batch (synthetic-batch25.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH25_PAGES } from './synthetic-batch25.js';

batchTests('batch 25 pages', BATCH25_PAGES);
