// RFC 8288 Link header → { rel: url }. Mastodon pages with it (rel="next" carries max_id).
export function parseLinkHeader(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value) return out;
  for (const part of value.split(/,(?=\s*<)/)) {
    const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (!m) continue;
    const rel = /rel="?([^";]+)"?/i.exec(m[2]!);
    if (rel) for (const r of rel[1]!.trim().split(/\s+/)) out[r.toLowerCase()] = m[1]!;
  }
  return out;
}
