// The twenty-sixth batch (synthetic-batch26.ts); see that file's header for when it was written and run.
import { batchTests } from './batch-check.js';
import { BATCH26_PAGES } from './synthetic-batch26.js';

batchTests('batch 26 pages', BATCH26_PAGES);
