// Measures the optional trained topic classifier on SIB-200 dev (../shared); skips when absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateTopics } from '../../../analyzers/topics/index.js';
import { fitTopicModel, readLabeledTsv } from '../../../analyzers/topics/model.js';

const DIR = fileURLToPath(new URL('../../../../shared/data/sib200-topic-id/', import.meta.url));
const present = existsSync(`${DIR}train.tsv`);
if (!present) console.warn(`skipping topic data tests: ${DIR} not found`);

describe.skipIf(!present)('topic classifier on SIB-200', () => {
  it('learns the 7 generic topics', () => {
    const model = fitTopicModel(readLabeledTsv(`${DIR}train.tsv`));
    const r = evaluateTopics({ file: `${DIR}dev.tsv`, model });
    console.log(`SIB-200 dev: accuracy ${r.accuracy.toFixed(3)}, macro-F1 ${r.macroF1.toFixed(3)} (n=${r.n})`);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.6);
  });
});
