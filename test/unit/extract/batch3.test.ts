// The third batch of handwritten pages (synthetic-batch3.ts, written before the extractor ran on them).
import { batchTests } from './batch-check.js';
import { BATCH3_PAGES } from './synthetic-batch3.js';

batchTests('batch 3 pages', BATCH3_PAGES);
