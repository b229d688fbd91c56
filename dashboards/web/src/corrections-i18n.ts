// The words of the correction controls (topic, place, hoax, selection and bulk correction, merging
// and splitting issues), Indonesian first, English when chosen: kept beside i18n.ts so these
// controls change in their own file.
import { getLang } from './i18n.js';

const ID = {
  moreCorrections: 'Koreksi lain', topicPick: 'Topik…', correctTopic: 'Koreksi topik', placeSearch: 'Cari wilayah (nama)…', placeNone: 'tanpa tempat',
  placeApply: 'Tetapkan tempat', placeHint: 'ketik minimal 2 huruf', placeCorrect: 'Koreksi tempat', select: 'Pilih', selectAll: 'Pilih semua di halaman ini',
  selected: 'dipilih', bulkField: 'Koreksi', bulkApply: 'Terapkan ke pilihan', bulkDone: 'Koreksi diterapkan ke', hoaxFlag: 'Tanda hoaks',
  mergeFrom: 'Gabungkan isu lain ke isu ini', mergePick: 'Pilih isu…', mergeApply: 'Gabungkan', merged: 'Isu digabung', splitApply: 'Pisahkan pilihan jadi isu baru',
  split: 'Isu baru dibuat', history: 'Riwayat gabung/pisah isu', mergeLine: 'digabung ke', splitLine: 'dipisah dari', undone: 'Dibatalkan', nothingSelected: 'Belum ada sebutan dipilih',
  sentiment: 'Sentimen', topic: 'Topik', place: 'Tempat', hoax: 'Hoaks', yes: 'ya', no: 'bukan', by: 'oleh',
};
type Key = keyof typeof ID;
const EN: Record<Key, string> = {
  moreCorrections: 'More corrections', topicPick: 'Topic…', correctTopic: 'Correct topic', placeSearch: 'Find a region (name)…', placeNone: 'no place',
  placeApply: 'Set place', placeHint: 'type at least 2 letters', placeCorrect: 'Correct place', select: 'Select', selectAll: 'Select all on this page',
  selected: 'selected', bulkField: 'Correct', bulkApply: 'Apply to selection', bulkDone: 'Correction applied to', hoaxFlag: 'Hoax flag',
  mergeFrom: 'Merge another issue into this one', mergePick: 'Choose an issue…', mergeApply: 'Merge', merged: 'Issues merged', splitApply: 'Split selection into a new issue',
  split: 'New issue created', history: 'Issue merges and splits', mergeLine: 'merged into', splitLine: 'split from', undone: 'Undone', nothingSelected: 'No mentions selected yet',
  sentiment: 'Sentiment', topic: 'Topic', place: 'Place', hoax: 'Hoax', yes: 'yes', no: 'no', by: 'by',
};

export function ct(k: Key): string {
  return (getLang() === 'en' ? EN : ID)[k];
}
