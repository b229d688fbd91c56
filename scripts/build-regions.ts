// Builds analyzers/regions/data/lexicon.json: which words that occur in kecamatan/kelurahan names are
// also everyday Indonesian words or people's names. Such names need a cue word before they are tagged.
//   npm run build && node dist/scripts/build-regions.js [--data ../shared/data]
// Sources (licences allow derived word lists): NERGrit train (Apache-2.0; cased: a word seen
// lower-case mid-sentence is common, a word tagged PERSON is a name) and SmSA train (Apache-2.0;
// lower-cased, so only words seen at least 5 times, and never words of regency/province names).
// The output keeps only words that occur in gazetteer names, so it stays small.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../analyzers/regions/gazetteer.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const dataDir = resolve(arg('--data', '../shared/data'));
const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []));
const out = join(repo, 'analyzers', 'regions', 'data', 'lexicon.json');

const gaz = loadGazetteer();
const placeWords = new Set<string>();
const majorWords = new Set<string>();
for (const [key, e] of gaz.byKey) {
  const minor = e.places.some((p) => p.level === 'district' || p.level === 'village');
  const major = e.places.some((p) => p.level === 'province' || p.level === 'regency');
  for (const w of key.split(' ')) {
    if (minor) placeWords.add(w);
    if (major) majorWords.add(w);
  }
}

const common = new Set<string>();
const person = new Set<string>();

const nergrit = join(dataDir, 'nergrit', 'train_preprocess.txt');
if (existsSync(nergrit)) {
  let first = true;
  for (const line of readFileSync(nergrit, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      first = true;
      continue;
    }
    const [tok, tag] = line.split('\t');
    if (!tok) continue;
    const lower = tok.toLowerCase();
    if (tag?.endsWith('PERSON') && /^\p{Lu}/u.test(tok)) person.add(lower);
    else if (!first && tag === 'O' && /^\p{Ll}+$/u.test(tok)) common.add(lower);
    first = false;
  }
} else console.error(`no ${nergrit}: NERGrit words skipped`);

const smsa = join(dataDir, 'smsa', 'train_preprocess.tsv');
if (existsSync(smsa)) {
  const counts = new Map<string, number>();
  for (const line of readFileSync(smsa, 'utf8').split(/\r?\n/)) {
    const text = line.split('\t')[0] ?? '';
    for (const w of text.split(/\s+/)) if (/^\p{Ll}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n >= 5 && !majorWords.has(w)) common.add(w);
} else console.error(`no ${smsa}: SmSA words skipped`);

const keep = (s: Set<string>): string[] => [...s].filter((w) => placeWords.has(w) && w.length > 1).sort();
// Roman numerals come from names like "Paus Yohanes XXIII"; they are not names by themselves.
const result = { common: keep(common), person: keep(person).filter((w) => !common.has(w) && !/^[ivxl]+$/.test(w)) };
writeFileSync(out, JSON.stringify(result) + '\n');
console.log(`wrote ${out}: ${result.common.length} common, ${result.person.length} person words`);
