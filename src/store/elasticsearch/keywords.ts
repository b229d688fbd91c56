// Words the Indonesian stemmer must leave alone (keyword_marker): place names from the Kemendagri
// gazetteer (provinces, regencies, districts) and agency words. Lucene's Indonesian stemmer strips
// affixes by rule, so "Kerinci" would be searched as "rinci", "Pekanbaru" as "kanbaru", "pemerintah"
// as "perintah". Only words that one of its prefix or suffix rules could touch are listed, which keeps
// the list (and the index settings in the cluster state) about 16 KB instead of 47 KB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWord } from '../../core/terms.js';

/** Agencies and offices a humas reads about every day (folded, lower case). */
export const AGENCY_WORDS = [
  'pemerintah', 'pemkot', 'pemkab', 'pemprov', 'pemda', 'dinas', 'badan', 'bappeda', 'bapenda', 'bpbd', 'bpkad', 'bkpsdm',
  'dprd', 'satpol', 'disdukcapil', 'dishub', 'diskominfo', 'kominfo', 'dinkes', 'disdik', 'dispora', 'disperindag', 'disnaker',
  'dpmptsp', 'inspektorat', 'kesbangpol', 'sekretariat', 'sekda', 'setda', 'kecamatan', 'kelurahan', 'kabupaten', 'provinsi',
  'puskesmas', 'polresta', 'polres', 'polsek', 'polda', 'kejaksaan', 'kejari', 'kejati', 'pengadilan', 'perumda', 'pdam', 'bumd',
  'kemendagri', 'kementerian', 'kemenkes', 'kemensos', 'bupati', 'walikota', 'gubernur', 'camat', 'lurah', 'bawaslu', 'kpu',
  'basarnas', 'bmkg', 'bnpb', 'damkar', 'pelindo', 'perhutani',
];

/** Words whose affixes the stemmer's rules could strip. */
function mayStem(w: string): boolean {
  return /^(di|ke|me|pe|be|te)/.test(w) || /(kan|an|i|nya|lah|kah|ku|mu|pun)$/.test(w);
}

let cached: string[] | undefined;

/** The keyword_marker list, sorted; read once from idn-area-data's CSV files. */
export function keepWords(): string[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('idn-area-data')), '..', 'data');
  const words = new Set<string>(AGENCY_WORDS);
  for (const file of ['provinces.csv', 'regencies.csv', 'districts.csv']) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    for (const line of lines.slice(1)) {
      const name = line.slice(line.lastIndexOf(',') + 1);
      for (const w of foldWord(name).split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3 && mayStem(w)) words.add(w);
    }
  }
  cached = [...words].sort();
  return cached;
}
