// Street names as the grouping reads them, the vectors nodes are compared by, and what a shared
// street adds to a link across days.
import { describe, expect, it } from 'vitest';
import { linkScore } from '../../../src/maps/continuity.js';
import { riverOnly, streetsOf, withoutDateline } from '../../../src/maps/features.js';
import { firstClause } from '../../../src/maps/label.js';
import { sameStreet, streetsConflict } from '../../../src/maps/group.js';
import { dot, Idf, tfidf } from '../../../src/maps/vectors.js';

describe('streetsOf', () => {
  it('reads "Jalan" as news write it (capitalized), and the abbreviations with their dot', () => {
    expect(streetsOf('Jalan Sultan Alimuddin Rusak Parah, Warga Tuding Truk', '')).toEqual(['sultan alimuddin']);
    expect(streetsOf('', 'Kondisi terkini Jl. DI Panjaitan depan Alfamart')).toEqual(['panjaitan']);
    expect(streetsOf('', 'macet di jalan Lingkar Barat')).toEqual(['lingkar barat']);
    expect(streetsOf('JL. KH Nasution berlubang', '')).toEqual(['nasution']);
  });

  it('drops titles, ranks and initials before the name, and headline words after it', () => {
    expect(streetsOf('Antrean di SPBU Jalan Ir. H. Juanda', '')).toEqual(['juanda']);
    expect(streetsOf('Jalan Kapten Pattimura', '')).toEqual(['pattimura']);
    expect(streetsOf('Simpang Sempaja dan Jalan DI Panjaitan Kembali Terendam', '')).toEqual(['panjaitan']);
  });

  it('takes no sentence end or everyday word for a street', () => {
    expect(streetsOf('', 'motor mogok di tengah jalan. Tiap hujan deras pasti begini')).toEqual([]);
    expect(streetsOf('Jalan Rusak di Mana-mana', '')).toEqual([]);
    expect(streetsOf('Jalan Tol Trans Sumatera', '')).toEqual([]);
  });

  it('reads a post\'s lower-case "jalan putuhena" as the street only where the period writes it capitalized', () => {
    const known = new Set(['putuhena', 'sultan alimuddin']);
    expect(streetsOf('', 'jalan putuhena dekat wayame lobang dalam skali', known)).toEqual(['putuhena']);
    expect(streetsOf('', 'jalan sultan alimuddin macet lagi', known)).toEqual(['sultan alimuddin']);
    expect(streetsOf('', 'jalan putuhena dekat wayame lobang dalam skali')).toEqual([]);
    expect(streetsOf('', 'jalan kaki lewat mardika malam ini', known)).toEqual([]);
  });
});

describe('withoutDateline', () => {
  it('drops where the reporter filed from, not the story', () => {
    expect(withoutDateline('Piru (ANTARA) - Antrean kendaraan di Pelabuhan Waipirit')).toBe('Antrean kendaraan di Pelabuhan Waipirit');
    expect(withoutDateline('KBRN, Ambon: DPRD Provinsi Maluku mengesahkan')).toBe('DPRD Provinsi Maluku mengesahkan');
    expect(withoutDateline('AMBON, KOMPAS.com - Banjir merendam Batu Merah')).toBe('Banjir merendam Batu Merah');
    expect(withoutDateline('Banjir merendam Batu Merah - warga mengungsi')).toBe('Banjir merendam Batu Merah - warga mengungsi');
  });
});

describe('one street written two ways', () => {
  it('is one street; two streets still conflict', () => {
    expect(sameStreet('ahmad yani', 'yani')).toBe(true);
    expect(sameStreet('pattimura rusak', 'pattimura')).toBe(true);
    expect(streetsConflict(['sultan alimuddin'], ['alimuddin'])).toBe(false);
    expect(streetsConflict(['lingkar barat'], ['sunan kalijaga'])).toBe(true);
    expect(streetsConflict(['lingkar barat'], ['lingkar timur'])).toBe(true);
  });
});

describe('tfidf with minDf', () => {
  it('leaves out what only one document says, so what is shared weighs more', () => {
    const idf = new Idf();
    const post = new Map([['t:banjir', 1], ['t:sempaja', 1], ['t:ulun', 1], ['t:mogok', 1], ['t:motor', 1]]);
    const news = new Map([['t:banjir', 1], ['t:sempaja', 1], ['t:posko', 1]]);
    const other = new Map([['t:posko', 1], ['t:air', 1]]);
    for (const tf of [post, news, other]) idf.add(tf);
    const all = dot(tfidf(post, idf), tfidf(news, idf));
    const shared = dot(tfidf(post, idf, 2), tfidf(news, idf, 2));
    expect(tfidf(post, idf, 2).has('t:ulun')).toBe(false);
    expect(shared).toBeGreaterThan(all);
  });
});

describe('linkScore', () => {
  const sig = (c: Record<string, number>, streets: string[], places: string[]) => ({ centroid: new Map(Object.entries(c)), streets, places, clusters: new Set<string>() });
  it('adds the shared street and place only to a link the words already make', () => {
    const weak = linkScore(sig({ a: 1 }, ['pattimura'], ['15.71.01']), sig({ a: 1 }, ['pattimura'], ['15.71.01']), 0.1);
    const fair = linkScore(sig({ a: 1 }, ['pattimura'], ['15.71.01']), sig({ a: 1 }, ['pattimura'], ['15.71.01']), 0.2);
    expect(weak).toBeCloseTo(0.1);
    expect(fair).toBeCloseTo(0.45);
  });
});

describe('a river named after a home place', () => {
  it('is the river when every mention of the name follows "sungai"', () => {
    expect(riverOnly(' air sungai karang mumus meluap ke permukiman ', 'karang mumus')).toBe(true);
    expect(riverOnly(' kelurahan karang mumus dan sungai karang mumus ', 'karang mumus')).toBe(false);
    expect(riverOnly(' banjir di sungai pinang dalam ', 'sungai pinang')).toBe(false); // the kecamatan's own name
  });
});

describe('firstClause', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(firstClause('Kondisi terkini Jl. DI Panjaitan depan Alfamart, air setinggi lutut. Pengendara diimbau cari jalur lain')).toBe('Kondisi terkini Jl. DI Panjaitan depan Alfamart, air setinggi lutut');
    expect(firstClause('pemotor tewas di lubang Jl. KH Nasution tadi malam. Sudah berbulan2')).toBe('Pemotor tewas di lubang Jl. KH Nasution tadi malam');
    expect(firstClause('sampah di pasar numpuk lagi. bau bgt')).toBe('Sampah di pasar numpuk lagi');
  });
});
