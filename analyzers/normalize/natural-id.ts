// Deep imports of natural's Indonesian parts (Sastrawi port). Loading `natural` as a whole costs ~1 s
// and its dotenv dependency prints to stdout, which is reserved for command output; the individual
// CommonJS files load in milliseconds and print nothing.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface IdStemmer {
  stem(token: string): string;
}

let stemmer: IdStemmer | undefined;
let rootWords: ReadonlySet<string> | undefined;
let stopwords: readonly string[] | undefined;

export function naturalStemmerId(): IdStemmer {
  stemmer ??= require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as IdStemmer;
  return stemmer;
}

/** Sastrawi's ~30k Indonesian root words (kata dasar). */
export function indonesianRootWords(): ReadonlySet<string> {
  rootWords ??= new Set(
    (require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean),
  );
  return rootWords;
}

export function naturalStopwordsId(): readonly string[] {
  stopwords ??= (require('natural/lib/natural/util/stopwords_id.js') as { words: string[] }).words;
  return stopwords;
}
