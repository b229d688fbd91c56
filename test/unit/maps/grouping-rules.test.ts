// Two grouping rules the Mataram check set (test/fixtures/maps-check6) showed every city needs: the
// informal words for water that stopped running name the water network (Sasak "aik mati", "ndek
// ngalir"), and a street read with a trailing word no other mention reads is the street itself.
import { describe, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { loadGazetteer } from '../../../analyzers/regions/index.js';
import type { Mention, MentionKind } from '../../../src/core/types.js';
import { mentionFeatures, type FeatureOptions } from '../../../src/maps/features.js';
import { groupMentions } from '../../../src/maps/group.js';
import { relevanceOf } from '../../../src/maps/relevance.js';

const HOME = '52.71';
const gaz = loadGazetteer();
const directory = { entries: [...gaz.byCode.values()].filter((p) => p.code === HOME || p.code.startsWith(`${HOME}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) };
const fo: FeatureOptions = { homeRegion: HOME, text: { tokenize, stem }, directory };
const analyzers = createDefaultAnalyzers({ homeRegion: HOME });

function mention(id: string, kind: MentionKind, title: string, text: string): Mention {
  const m: Mention = { id, sourceId: kind === 'news' ? 'news' : 'x', kind, url: `https://x.test/${id}`, canonicalUrl: `https://x.test/${id}`, title, text, publishedAt: '2027-01-26T10:00:00+08:00', fetchedAt: '2027-01-26T10:00:00+08:00', meta: {} };
  m.analysis = analyzers.analyzeMany([{ id, title, text, publishedAt: m.publishedAt, kind }])[0];
  return m;
}

describe('the water network in informal words', () => {
  it.each([
    'cakranegara timur hari ke 2 masih ndek ngalir. mandi pake aik galon',
    'aik mati leq babakan dari subuh',
    'air PDAM gak ngalir dari pagi di rumah',
    'aik uah mati lagi, kapan normal?',
  ])('"%s" names the water network', (text) => {
    expect(mentionFeatures(mention('w', 'social', text, text), fo).networks).toContain('water');
  });

  it('a flowing river or tears are no network', () => {
    for (const text of ['air mata masih mengalir di pemakaman', 'air kali mengalir deras ke permukiman']) {
      expect(mentionFeatures(mention('n', 'social', text, text), fo).networks, text).not.toContain('water');
    }
  });
});

describe('a street read with a trailing word', () => {
  it('is the street the period names alone when no other mention reads the longer form', () => {
    const ms = [
      mention('a', 'news', 'Lubang Jalan Dr. Soedjono Ditambal', 'Dinas PUPR menambal lubang di Jalan Dr. Soedjono, Rabu.'),
      mention('b', 'social', 'lubang leq Jalan Dr Soedjono. Tapi kenapa harus nunggu korban', 'lubang leq Jalan Dr Soedjono. Tapi kenapa harus nunggu korban'),
      mention('c', 'news', 'Jalan Soedjono Rusak Parah', 'Warga mengeluhkan Jalan Soedjono yang rusak parah.'),
    ];
    const g = groupMentions(ms, fo);
    for (const id of ['a', 'b', 'c']) expect(g.features.get(id)!.streets, id).toEqual(['soedjono']);
  });

  it('keeps a two-word street that two mentions read', () => {
    const ms = [
      mention('a', 'news', 'Jalan Gajah Mada Macet', 'Antrean kendaraan di Jalan Gajah Mada.'),
      mention('b', 'news', 'Perbaikan Jalan Gajah Mada', 'Perbaikan di Jalan Gajah Mada mulai pekan ini.'),
    ];
    const g = groupMentions(ms, fo);
    expect(g.features.get('a')!.streets).toEqual(['gajah mada']);
  });
});

describe('the kind of matter (Palu check set: a house fire in the outage\'s kelurahan, dengue posts; the fire kept apart is asserted in check-palu.test.ts)', () => {
  it('reads the kind from the headline, and a disease the tagger calls an organisation is the matter, not an entity', () => {
    const fire = mentionFeatures(mention('f', 'news', 'Empat Rumah di Kelurahan Ampenan Selatan Ludes Terbakar', 'Empat rumah hangus terbakar. Petugas kesulitan air karena hidran kering.'), fo);
    expect(fire.matters).toEqual(['fire']);
    const dbd = mentionFeatures(mention('d', 'social', 'anak tetangga masuk rumah sakit kena DBD', 'anak tetangga masuk rumah sakit kena DBD, trombosit turun'), fo);
    expect(dbd.matters).toContain('dengue');
    expect(dbd.tf.has('m:dengue')).toBe(true);
    expect([...dbd.tf.keys()].some((k) => k.startsWith('e:') && k.includes('dbd'))).toBe(false);
  });
});

describe('the province\'s business with the city as the venue', () => {
  const rel = (title: string, text: string) => relevanceOf(mentionFeatures(mention('p', 'news', title, text), fo));
  it('is outside when the headline names a provincial office, no place of the city and no kind of matter', () => {
    expect(rel('Gubernur NTB Lantik 12 Pejabat Eselon II di Mataram', 'Gubernur Nusa Tenggara Barat melantik 12 pejabat pimpinan tinggi pratama di Mataram, Senin.')).toBe('outside');
  });
  it('stays the city\'s when the province acts on a matter in one of its kelurahan', () => {
    expect(rel('Pemprov NTB Serahkan Bantuan bagi Korban Banjir di Ampenan Selatan', 'Pemerintah Provinsi NTB menyerahkan bantuan bagi korban banjir di Kelurahan Ampenan Selatan, Kota Mataram.')).not.toBe('outside');
  });
});
