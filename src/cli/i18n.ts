// The words people read in Pantau's output, Indonesian first with English on request (`--lang en`,
// or PANTAU_LANG=en): dispositions, sentiment labels, topic labels (never the slugs), hoax indicator
// names, source status. JSON output keeps the identifiers (`indexed`, `banjir-lingkungan`,
// `provocation_share`) so scripts do not change with the language. Every command that prints for
// people adds its option with addLangOption() and reads it with parseLang().
import { Option, type Command } from 'commander';
import { InputError } from '../core/errors.js';
import type { Disposition } from '../core/types.js';
import { DEFAULT_TAXONOMY } from '../../analyzers/topics/taxonomy.js';
import type { IndicatorName } from '../../analyzers/hoax/indicators.js';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** `--lang id|en` on a command; the default comes from PANTAU_LANG, else Indonesian. */
export function addLangOption(cmd: Command, what = 'output language'): Command {
  return cmd.addOption(new Option('--lang <lang>', `${what}: id (Indonesian) or en (English)`).default(process.env.PANTAU_LANG || 'id'));
}

/** The --lang value, or an input error naming the valid ones (a typo never silently means Indonesian). */
export function parseLang(value: unknown): Lang {
  const v = value === undefined || value === null || value === '' ? 'id' : String(value).toLowerCase();
  if (v === 'id' || v === 'en') return v;
  throw new InputError(`--lang: expected id or en, got "${String(value)}"`);
}

const DISPOSITIONS: Record<Disposition, Record<Lang, string>> = {
  indexed: { id: 'tersimpan', en: 'indexed' },
  duplicate: { id: 'duplikat', en: 'duplicate' },
  skipped: { id: 'dilewati', en: 'skipped' },
  dropped: { id: 'dibuang', en: 'dropped' },
  failed: { id: 'gagal', en: 'failed' },
};

export function dispositionWord(d: string, lang: Lang): string {
  return DISPOSITIONS[d as Disposition]?.[lang] ?? d;
}

/**
 * "tersimpan 23, duplikat 2" — the counts of one source or a run. Zero counts are left out except
 * `indexed`, so a source that found nothing still says so.
 */
export function formatCounts(c: Record<string, number>, lang: Lang = 'id'): string {
  return Object.entries(c)
    .filter(([k, v]) => v > 0 || k === 'indexed')
    .map(([k, v]) => `${dispositionWord(k, lang)} ${v}`)
    .join(', ');
}

const SENTIMENTS: Record<string, Record<Lang, string>> = {
  positive: { id: 'positif', en: 'positive' },
  neutral: { id: 'netral', en: 'neutral' },
  negative: { id: 'negatif', en: 'negative' },
};

export function sentimentWord(label: string, lang: Lang): string {
  return SENTIMENTS[label]?.[lang] ?? label;
}

const TOPIC_LABELS = new Map(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label]));

/** "Banjir & Lingkungan" for `banjir-lingkungan`; an id outside the taxonomy prints as it is. */
export function topicLabel(id: string, lang: Lang): string {
  return TOPIC_LABELS.get(id)?.[lang] ?? id;
}

// The names humas staff read next to a hoax score (analyzers/hoax/indicators.ts defines the ids).
const INDICATORS: Record<IndicatorName, Record<Lang, string>> = {
  clickbait: { id: 'judul umpan klik', en: 'clickbait' },
  provocation_share: { id: 'ajakan menyebarkan', en: 'call to share' },
  all_caps: { id: 'huruf kapital semua', en: 'all caps' },
  many_exclamations: { id: 'banyak tanda seru', en: 'many exclamation marks' },
  no_named_source: { id: 'tanpa sumber jelas', en: 'no named source' },
  known_hoax_phrasing: { id: 'pola kalimat hoaks', en: 'known hoax phrasing' },
  question_headline: { id: 'judul berupa pertanyaan', en: 'question headline' },
  urgency: { id: 'desakan bertindak segera', en: 'urgency' },
  debunk_match: { id: 'cocok dengan bantahan', en: 'matches a published debunk' },
};

export function indicatorName(id: string, lang: Lang): string {
  return INDICATORS[id as IndicatorName]?.[lang] ?? id;
}

/** The indicator ids this file names (a test checks it covers every indicator the analyzer emits). */
export const NAMED_INDICATORS: readonly string[] = Object.keys(INDICATORS);

const STATUS: Record<string, Record<Lang, string>> = {
  ok: { id: 'ok', en: 'ok' },
  failing: { id: 'gagal', en: 'failing' },
  'never-run': { id: 'belum', en: 'never-run' },
};

/** Source status in `pantau sources` (ok / failing / never-run). */
export function statusWord(status: string, lang: Lang): string {
  return STATUS[status]?.[lang] ?? status;
}
