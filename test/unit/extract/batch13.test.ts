// The thirteenth batch (synthetic-batch13.ts): written before the extractor ran on it, scored once
// (the first-run figures in its header), then tuned on.
import { batchTests } from './batch-check.js';
import { BATCH13_PAGES } from './synthetic-batch13.js';

batchTests('batch 13 pages', BATCH13_PAGES);
