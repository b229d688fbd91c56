// The ninth batch (synthetic-batch9.ts): written after every fix on this branch, run once, not tuned on.
import { batchTests } from './batch-check.js';
import { BATCH9_PAGES } from './synthetic-batch9.js';

batchTests('batch 9 pages', BATCH9_PAGES);
