// Trains the optional topic classifier (a complement to the keyword rules) and prints dev figures.
//   npm run build && node dist/scripts/train-topics.js [--train ../shared/data/sib200-topic-id/train.tsv] [--dev ../shared/data/sib200-topic-id/dev.tsv] [--out analyzers/topics/model/topic-model.json]
// SIB-200 (Apache-2.0 repo; FLORES-200 text CC BY-SA 4.0): 7 generic topics, not news, so it only
// partly overlaps the humas taxonomy (see SIB200_LABEL_MAP).
import { resolve } from 'node:path';
import { evaluateTopics, loadTopicModel, trainTopics } from '../analyzers/topics/model.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return resolve(i >= 0 ? process.argv[i + 1] : fallback);
}

const train = arg('train', '../shared/data/sib200-topic-id/train.tsv');
const dev = arg('dev', '../shared/data/sib200-topic-id/dev.tsv');
const out = arg('out', 'analyzers/topics/model/topic-model.json');
trainTopics({
  files: [train],
  out,
  meta: { data: 'SIB-200 ind_Latn (dadelani/sib-200@593cea8), Apache-2.0 / text CC BY-SA 4.0', command: 'node dist/scripts/train-topics.js' },
});
const r = evaluateTopics({ file: dev, model: loadTopicModel(out) });
process.stdout.write(`${JSON.stringify({ dev: { n: r.n, accuracy: Number(r.accuracy.toFixed(4)), macroF1: Number(r.macroF1.toFixed(4)) }, confusion: r.confusion })}\n`);
