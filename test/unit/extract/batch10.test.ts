// The tenth batch (synthetic-batch10.ts): written before this branch's extraction changes, scored
// once at main; from then on tuned on.
import { batchTests } from './batch-check.js';
import { BATCH10_PAGES } from './synthetic-batch10.js';

batchTests('batch 10 pages', BATCH10_PAGES);
