// The eighteenth batch (synthetic-batch18.ts): ordinary article pages of outlets no batch had, with
// their whole page around the text, written before the extractor ran on them.
import { batchTests } from './batch-check.js';
import { BATCH18_PAGES } from './synthetic-batch18.js';

batchTests('batch 18 pages', BATCH18_PAGES);
