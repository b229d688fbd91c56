// Small formatting helpers shared by the evaluation's renderers.
import { zoneOffsetMs } from '../core/time.js';
import { fmtNumber, type Lang } from '../maps/i18n.js';

const ZONE_LABEL: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** "02/11/2026 09.00 WIB" (id) or "2026-11-02 09:00 WIB" (en): an instant in the office's zone. */
export function fmtInstant(iso: string, lang: Lang, zone: string): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + zoneOffsetMs(zone, ms)).toISOString();
  const [d, t] = [local.slice(0, 10), local.slice(11, 16)];
  const label = ZONE_LABEL[zone] ?? zone;
  if (lang === 'id') {
    const [y, m, dd] = d.split('-');
    return `${dd}/${m}/${y} ${t.replace(':', '.')} ${label}`;
  }
  return `${d} ${t} ${label}`;
}

/** "18,5 jam" / "18.5 h"; "–" for none. */
export function hours(h: number | null | undefined, lang: Lang): string {
  if (h === null || h === undefined) return '–';
  return `${fmtNumber(h, lang, 1)} ${lang === 'id' ? 'jam' : 'h'}`;
}

/** A value inside a Markdown table cell or list item: no pipes or line breaks. */
export function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
