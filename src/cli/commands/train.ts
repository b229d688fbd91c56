// `pantau train …`: rebuild a model from labelled files. The shipped models were built this way
// (see the README for the exact commands and data).
import type { Command } from 'commander';
import { printConfusion } from './eval.js';

export function registerTrain(program: Command): void {
  const tr = program.command('train').description('train a model from labelled data');
  const out = (s: string): void => void process.stdout.write(s + '\n');

  tr.command('sentiment')
    .description('train the sentiment model from labelled CSV/TSV/JSONL files (text + positive/neutral/negative label)')
    .requiredOption('-d, --data <file...>', 'labelled training files')
    .requiredOption('-o, --out <file>', 'where to write the model JSON')
    .option('--holdout <file...>', 'dev files: near-duplicate training rows are removed, figures printed')
    .option('--no-prior', 'no lexicon and news-event prior on top of the trained weights (the shipped model has one)')
    .action(async (opts: { data: string[]; out: string; holdout?: string[]; prior: boolean }) => {
      const { trainSentiment } = await import('../../../analyzers/sentiment/index.js');
      const prior = opts.prior ? undefined : { lexicon: 0, neutral: 0, events: 0 };
      const r = trainSentiment({ files: opts.data, out: opts.out, holdout: opts.holdout, evalFiles: opts.holdout, prior });
      out(`trained on ${r.rows} rows (${r.removedNearDuplicates} near-duplicates of the holdout removed) → ${opts.out}`);
      for (const [file, e] of Object.entries(r.evaluations)) {
        out(`${file}: n ${e.n}  accuracy ${e.accuracy.toFixed(3)}  macro-F1 ${e.macroF1.toFixed(3)}`);
        printConfusion(e.confusion, out);
      }
    });

  tr.command('topics')
    .description('train the optional topic classifier from a labelled TSV (SIB-200 style: label, text)')
    .requiredOption('-d, --data <file...>', 'labelled training files')
    .requiredOption('-o, --out <file>', 'where to write the model JSON')
    .action(async (opts: { data: string[]; out: string }) => {
      const { trainTopics } = await import('../../../analyzers/topics/index.js');
      const f = trainTopics({ files: opts.data, out: opts.out });
      out(`trained topic model (${f.classes.length} classes) → ${opts.out}`);
    });
}
