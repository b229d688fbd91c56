// What one stored mention adds to the alert counters: its arrival slot, its count keys, whether it is
// negative, whether it heads its story cluster, its hoax claim and who carried it. Pure, so the live
// evaluator, the replay and every store backend agree.
//
// Arrival time. Alerts count a mention when Pantau first stored it, not by the page's publishedAt
// (feeds backdate and round times) — except when it was stored long after it was published
// (alerts.backfillAfter, default 6 h): an import of an archive or a new source's back catalogue was
// not news at the moment it was stored, so it counts at its publication time, as it would have
// arrived live; so does every row of an import file (meta.importFile), whatever its date. That is
// also what lets `pantau import` of last weeks give the detectors a baseline, and `alerts replay`
// evaluate imported history "as if live".
import type { AlertContribution } from '../core/alerts.js';
import { slotOf } from '../core/alerts.js';
import { entityKey, mentionFacets, normalizeName } from '../core/facets.js';
import type { Mention } from '../core/types.js';

export interface KeyOptions {
  backfillAfterMs: number;
  /** Sources configured owned: their items are the office's own voice, never counted. */
  ownedSources?: ReadonlySet<string>;
  /** Sources configured factcheck: their items are the debunks (in the hoax's own words), never counted. */
  factcheckSources?: ReadonlySet<string>;
  /** Watched names (normalized, see watchNameKey) → count key; empty: no watch keys. */
  watchNames?: ReadonlyMap<string, string>;
  /** Watched phrases, folded (see foldText), → count key. */
  watchPhrases?: ReadonlyMap<string, string>;
  /** Count negative mentions under their key terms too (`term:` keys; a spike rule's `by` has "term"). */
  terms?: boolean;
}

/**
 * Words that are key terms of the store's facet (src/core/terms.ts keeps judging words on purpose) but
 * name no matter for an alert: chat fillers and spellings of social posts, exclamations, generic
 * complaints and civic words every mention of a city carries. Whatever a burst is about — "sampah",
 * "pasar", "banjir", a street — stays; "parah" or "warga" rising is every matter at once.
 */
const TERM_NOISE = new Set(
  `udah udh sdh dah gak ga gk nggak ngga nggk enggak engga tdk gaada bgt banget bngt bener beneran aja ajah sih deh dong
  nih tuh kok lah yah yg dgn utk sm dr dri krn karna karena gue gua gw lu lo loe elu kalo klo emang emg kayak kyk kaya
  gimana gmn kenapa knp ama trus terus pake pakai bikin jadi jd skrg sekarang gara abis habis lagi lg td masa mana kemana
  dmn dimana udahlah mulu melulu doang cuma cuman kali pas biar buat sama semua pada makin tambah wkwk wkwkwk haha hehe
  min admin gaes guys bro sis kak pak bu mas mbak bang tolong please pls plis mohon woi woy oi parah capek cape kesel kesal
  ngeri serem seram kasian kasihan ampun astaga allah astaghfirullah anjir anjay anjrit gila duh hadeh waduh aduh
  kacau malu mending moga semoga kapan ngapain lihat liat tau tahu bilang katanya sekali banyak kayaknya kyknya
  warga kota pemkot pemerintah kecamatan kelurahan kabupaten pemkab masyarakat dinas wali provinsi daerah pemprov`
    .split(/\s+/)
    .filter(Boolean),
);

/** Case and diacritics folded, every run of non-letters/digits one space, padded with spaces. */
export function foldText(s: string): string {
  return ` ${s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The count key of a watched name or phrase. */
export function watchKey(name: string): string {
  return `watch:${foldText(name).trim()}`;
}

export function watchNameKey(name: string): string {
  return normalizeName(name, 'person');
}

/** When the mention arrived, as it would have live (see the header). */
export function arrivalMs(m: Mention, backfillAfterMs: number): number {
  const stored = Date.parse(m.storedAt ?? m.fetchedAt);
  const published = m.publishedAt ? Date.parse(m.publishedAt) : NaN;
  if (!Number.isNaN(published)) {
    // Rows of an import file (`pantau import`, an `import` source) are history whatever their dates
    // are relative to the import's moment — even days "after" it, when the machine's clock is behind.
    if (m.meta?.importFile !== undefined) return published;
    if (stored - published > backfillAfterMs) return published;
  }
  return Number.isNaN(stored) ? published : stored;
}

/** Undefined for a mention that counts for nothing (the office's own posts, a fact-check site's debunks). */
export function contributionOf(m: Mention, o: KeyOptions): AlertContribution | undefined {
  if (o.factcheckSources?.has(m.sourceId)) return undefined;
  const f = mentionFacets(m, { ownedSources: o.ownedSources });
  if (f.owned) return undefined;
  const keys: string[] = [];
  for (const t of f.topics) keys.push(`topic:${t}`);
  for (const r of f.regions) keys.push(`region:${r}`);
  for (const e of f.entities) keys.push(`entity:${e}`);
  if (m.issueId) keys.push(`issue:${m.issueId}`);
  // A burst of short posts often names no topic, place or person the analyzers know ("sampah numpuk di
  // pasar, bau bgt") but shares its words; only negatives are counted under terms (the spike rule reads
  // negatives only, and a city's whole vocabulary of positives would be counters nobody reads).
  if (o.terms && f.sentiment === 'negative') for (const t of f.terms) if (!TERM_NOISE.has(t)) keys.push(`term:${t}`);
  if (o.watchNames?.size) {
    for (const e of m.analysis?.entities ?? []) {
      const k = o.watchNames.get(watchNameKey(e.canonical ?? e.text)) ?? o.watchNames.get(watchNameKey(e.text));
      if (k && !keys.includes(k)) keys.push(k);
    }
  }
  if (o.watchPhrases?.size) {
    const text = foldText(`${m.title}\n${m.text}`);
    for (const [phrase, k] of o.watchPhrases) if (text.includes(phrase) && !keys.includes(k)) keys.push(k);
  }
  // A claim worth following: it matches a published debunk, or the hoax analyzer flagged it and named
  // why (clickbait, "sebarkan", all caps…). A flag on a short post with no indicator is mostly the
  // model's uncertainty about short texts, and copies of an ordinary wire story are no claim.
  const hoax = m.analysis?.hoax;
  const claim = (hoax?.debunks?.length ?? 0) > 0 || (f.hoaxFlagged && (hoax?.indicators?.length ?? 0) > 0);
  let hoaxKey: string | undefined;
  if (claim) {
    const best = [...(m.analysis?.hoax.debunks ?? [])].sort((a, b) => b.similarity - a.similarity)[0];
    hoaxKey = best ? `hoax:debunk:${best.url}` : f.cluster ? `hoax:cluster:${f.cluster}` : `hoax:mention:${m.id}`;
  }
  const author = m.author?.trim();
  return {
    mentionId: m.id,
    slot: slotOf(arrivalMs(m, o.backfillAfterMs)),
    keys,
    negative: f.sentiment === 'negative',
    head: !f.cluster || f.cluster === m.id,
    ...(hoaxKey ? { hoaxKey } : {}),
    actor: m.kind === 'social' && author ? `${m.sourceId}/@${author.replace(/^@/, '').toLowerCase()}` : m.sourceId,
  };
}

/** The dimension of a count key ("topic", "region", …). */
export function dimensionOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** Entity keys the way the store's facet spells them, for a watch-list entry. */
export { entityKey };
