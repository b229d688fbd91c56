// Lower case with diacritics folded ("Kopí" → "kopi"): one spelling of a word for every writer.
const NON_ASCII = /[^\x00-\x7f]/;

export function foldWord(w: string): string {
  return NON_ASCII.test(w) ? w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase() : w.toLowerCase();
}
