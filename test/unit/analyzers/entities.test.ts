import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityF1, parseConll } from '../../../analyzers/entities/conll.js';
import { createEntityAnalyzer, extractEntities, loadTagger, type WatchEntry } from '../../../analyzers/entities/index.js';
import { WatchList } from '../../../analyzers/entities/watchlist.js';
import { emptyAnalysis, type EntityTag } from '../../../src/core/types.js';

const watchlist: WatchEntry[] = [
  { name: 'Maulana', type: 'person', role: 'Wali Kota Jambi', aliases: ['Wali Kota Jambi', 'Wako Jambi'] },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Jambi', type: 'organization', aliases: ['Dinas PUPR', 'PUPR Kota Jambi'] },
  { name: 'Badan Penanggulangan Bencana Daerah Kota Jambi', type: 'organization', aliases: ['BPBD Kota Jambi', 'BPBD'] },
];
const analyzer = createEntityAnalyzer({ watchlist });
const run = (text: string): EntityTag[] => analyzer.analyze({ id: 't', text }, emptyAnalysis()).entities!;
const texts = (tags: EntityTag[], type?: EntityTag['type']): string[] => tags.filter((t) => !type || t.type === type).map((t) => t.text);

describe('entities: watch list', () => {
  it('maps aliases to the canonical name, whole words, acronyms case-insensitively', () => {
    const tags = run('Wako Jambi meminta dinas pupr dan BPBD bergerak cepat.');
    expect(tags.filter((t) => t.watched)).toEqual([
      { text: 'Wako Jambi', type: 'person', canonical: 'Maulana', watched: true },
      { text: 'dinas pupr', type: 'organization', canonical: 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Jambi', watched: true },
      { text: 'BPBD', type: 'organization', canonical: 'Badan Penanggulangan Bencana Daerah Kota Jambi', watched: true },
    ]);
  });

  it('prefers the longest alias and reports each watched entity once', () => {
    const tags = run('Kepala BPBD Kota Jambi hadir. BPBD juga menurunkan perahu.');
    const bpbd = tags.filter((t) => t.canonical?.startsWith('Badan Penanggulangan'));
    expect(bpbd).toHaveLength(1);
    expect(bpbd[0]!.text).toBe('BPBD Kota Jambi');
  });

  it('does not match inside words or a lower-case one-word person name', () => {
    const w = new WatchList(watchlist);
    expect(extractEntities('Program BPBDX dan maulana (bulan) tidak terkait.', w, null).filter((t) => t.watched)).toEqual([]);
    expect(extractEntities('Kata Maulana, jalan segera diperbaiki.', w, null)).toEqual([
      { text: 'Maulana', type: 'person', canonical: 'Maulana', watched: true },
    ]);
  });
});

describe('entities: organisation patterns', () => {
  it('finds government bodies with their region', () => {
    const orgs = texts(run('Satpol PP, Disdukcapil dan Kemendagri hadir bersama DPRD Kota Jambi, Pemprov Jambi, Polresta Jambi dan Kejari Jambi.'), 'organization');
    for (const o of ['Satpol PP', 'Disdukcapil', 'Kemendagri', 'DPRD Kota Jambi', 'Pemprov Jambi', 'Polresta Jambi', 'Kejari Jambi']) expect(orgs).toContain(o);
  });

  it('keeps long official names whole', () => {
    const orgs = texts(run('Dinas Pendidikan dan Kebudayaan Provinsi Jambi membuka pendaftaran. Kementerian Dalam Negeri memantau.'), 'organization');
    expect(orgs).toContain('Dinas Pendidikan dan Kebudayaan Provinsi Jambi');
    expect(orgs).toContain('Kementerian Dalam Negeri');
  });
});

describe('entities: people', () => {
  it.skipIf(!loadTagger())('finds people after titles, roles and speech verbs, without the role', () => {
    const people = texts(
      run('Gubernur Jambi Al Haris bertemu Kapolda Jambi Irjen Pol Rusdi Hartono. "Kami siaga," ujar Ahmad Fauzi, Kepala Pelaksana BPBD.'),
      'person',
    );
    expect(people).toContain('Al Haris');
    expect(people).toContain('Rusdi Hartono');
    expect(people).toContain('Ahmad Fauzi');
  });
});

describe('entities: robustness', () => {
  it('handles empty, emoji, HTML and 1 MB input', () => {
    expect(run('')).toEqual([]);
    expect(() => run('😡😡 @pemkotjambi #banjir 🙏🏽 Pak Budi Santoso')).not.toThrow();
    expect(() => run('<div class="x"><b>Dinas PUPR</b> &amp; <script>alert(1)</script></div>')).not.toThrow();
    const big = 'Wali Kota Jambi meninjau banjir bersama BPBD. '.repeat(22_000);
    const tags = run(big);
    expect(tags.some((t) => t.canonical === 'Maulana')).toBe(true);
  });

  it('is an Analyzer named entities', () => {
    expect(analyzer.name).toBe('entities');
    expect(typeof analyzer.version).toBe('string');
  });
});

const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/data/nergrit/valid_preprocess.txt');
describe('entities: NERGrit valid (measured when ../shared is present)', () => {
  it.skipIf(!existsSync(shared) || !loadTagger())('reports entity-level F1 of the tagger for PERSON and ORGANISATION', () => {
    const rows = parseConll(readFileSync(shared, 'utf8'));
    const tagger = loadTagger()!;
    const r = entityF1(rows.map((s) => s.tags), rows.map((s) => tagger.tag(s.words)), ['PER', 'ORG']);
    console.log(`nergrit valid: PER F1 ${r.PER!.f1.toFixed(3)} (P ${r.PER!.precision.toFixed(3)} R ${r.PER!.recall.toFixed(3)}), ORG F1 ${r.ORG!.f1.toFixed(3)} (P ${r.ORG!.precision.toFixed(3)} R ${r.ORG!.recall.toFixed(3)})`);
    expect(r.PER!.f1).toBeGreaterThan(0.6);
  });
});

describe('entities: Title Case headlines', () => {
  it('take only watched names from a Title Case headline, the rest from the body', () => {
    const tags = analyzer.analyze(
      { id: 't', title: 'Satu Balita Meninggal, Dinkes Kota Jambi Perluas Fogging Di Jelutung, Wako Jambi Turun', text: 'Dinas Kesehatan Kota Jambi memperluas fogging setelah seorang balita meninggal.' },
      emptyAnalysis(),
    ).entities!;
    const names = texts(tags);
    expect(names).toContain('Wako Jambi');
    expect(names.some((n) => /Balita Meninggal|Perluas Fogging/.test(n))).toBe(false);
  });

  it('read a sentence-case headline as before', () => {
    const tags = analyzer.analyze({ id: 't', title: 'Wali Kota Jambi minta BPBD siaga banjir', text: 'Hujan deras sejak pagi.' }, emptyAnalysis()).entities!;
    expect(tags.map((t) => t.canonical)).toEqual(expect.arrayContaining(['Maulana', 'Badan Penanggulangan Bencana Daerah Kota Jambi']));
  });
});

describe('entities: initials inside an agency name', () => {
  it('keep "S.K." in "RSUD S.K. Lerik" (was cut to "RSUD S")', () => {
    expect(extractEntities('Pasien dirawat di RSUD S.K. Lerik sejak Senin.', new WatchList([]), null).map((t) => t.text)).toEqual(['RSUD S.K. Lerik']);
  });
});

describe('entities: what is no party to the story', () => {
  const plain = createEntityAnalyzer();
  const runPlain = (text: string): EntityTag[] => plain.analyze({ id: 't', text }, emptyAnalysis()).entities!;
  it('skip a news dateline (outlet and filing city), not a post that opens with a name and a colon', () => {
    const news = runPlain('AMBON, KOMPAS.TV - Banjir merendam Batu Merah. BPBD Kota Ambon mengevakuasi warga.');
    expect(texts(news).some((n) => /AMBON|KOMPAS/.test(n))).toBe(false);
    expect(texts(news)).toContain('BPBD Kota Ambon');
    const kbrn = runPlain('KBRN, Ambon: DPRD Provinsi Maluku mengesahkan APBD.');
    expect(texts(kbrn)).not.toContain('KBRN');
    const post = plain.analyze({ id: 'p', kind: 'social', text: 'BPBD Kota Ambon: warga Batu Merah diminta mengungsi' }, emptyAnalysis()).entities!;
    expect(texts(post)).toContain('BPBD Kota Ambon');
  });

  it('do not take programmes, documents or kinds of place for one-word organisations', () => {
    const orgs = (text: string): string[] => texts(runPlain(text), 'organization');
    expect(orgs('Pemerintah Kota Pekanbaru meluncurkan layanan berobat gratis cukup dengan menunjukkan KTP di seluruh puskesmas.')).not.toContain('KTP');
    expect(orgs('Para sopir truk mengeluhkan sulitnya mendapatkan solar. Antrean panjang terlihat di SPBU Jalan Juanda.')).not.toContain('SPBU');
    expect(orgs('[HOAKS] Pendaftaran ulang dana Probebaya lewat link. Pemkot Samarinda memastikan tidak ada pendaftaran online.')).not.toContain('HOAKS');
    expect(orgs('Pertamina Patra Niaga menambah pasokan solar.')).toContain('Pertamina');
    // A disease is the matter, not a party to it (the map has its own kind-of-matter feature).
    const dengue = orgs('Kasus DBD di Kelurahan Oebufu naik, Dinas Kesehatan Kota Kupang melakukan fogging. ISPA juga meningkat.');
    expect(dengue).not.toContain('DBD');
    expect(dengue).not.toContain('ISPA');
  });
});
