// The twelfth batch (synthetic-batch12.ts): written after every fix on branch w18-extract3, run
// once, not tuned on: the untouched estimate for the extractor as committed.
import { batchTests } from './batch-check.js';
import { BATCH12_PAGES } from './synthetic-batch12.js';

batchTests('batch 12 pages', BATCH12_PAGES);
