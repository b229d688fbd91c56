// Pieces of markup the handwritten page batches (synthetic-batch3..7, synthetic-pages) build their
// pages from, so each batch holds only its outlet's own templates.
/** Paragraphs of an expected body, as the extractor joins them. */
export const j = (...ps: string[]): string => ps.join('\n\n');
export const p = (s: string): string => `<p>${s}</p>`;
export const ps = (xs: string[]): string => xs.map(p).join('\n');
/** A schema.org JSON-LD block. */
export const ld = (o: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
/** An Open Graph (property=) and a named (name=) meta tag. */
export const om = (k: string, v: string): string => `<meta property="${k}" content="${v}">`;
export const nm = (k: string, v: string): string => `<meta name="${k}" content="${v}">`;
