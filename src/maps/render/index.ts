// One entry for every output format of the issue map.
import type { AreaSet } from '../boundaries.js';
import type { Lang } from '../i18n.js';
import type { IssueMap } from '../types.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf, type PdfOptions } from './pdf.js';
import { renderWhatsapp } from './whatsapp.js';

export const MAP_FORMATS = ['md', 'html', 'json', 'pdf', 'whatsapp'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

export interface RenderOptions {
  lang?: Lang;
  areas?: AreaSet;
  /** For whatsapp: where the full map is. */
  fullMap?: string;
  /** For pdf. */
  pdf?: PdfOptions;
}

export function renderJson(map: IssueMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

export async function renderMap(map: IssueMap, format: MapFormat, opts: RenderOptions = {}): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return renderJson(map);
    case 'md':
      return renderMarkdown(map, { lang: opts.lang });
    case 'whatsapp':
      return `${renderWhatsapp(map, { lang: opts.lang, fullMap: opts.fullMap })}\n`;
    case 'html':
      return renderHtml(map, { lang: opts.lang, areas: opts.areas });
    case 'pdf':
      if (!opts.pdf) throw new Error('pdf: no Chromium configured');
      return renderPdf(renderHtml(map, { lang: opts.lang, areas: opts.areas }), opts.pdf);
  }
}

/** File extension of a format. */
export function extensionOf(format: MapFormat): string {
  return format === 'whatsapp' ? 'whatsapp.txt' : format;
}
