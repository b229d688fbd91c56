// The one way crawlers parse fetched HTML or XML with cheerio: the markup first passes the linear
// nesting cap (html-depth.ts), so a page of a hundred thousand unclosed tags costs a second, not
// minutes on the event loop every source shares. Same signature as cheerio's load for strings;
// eslint forbids importing cheerio's load anywhere else under crawlers/.
import { load, type CheerioAPI, type CheerioOptions } from 'cheerio';
import { capNesting, type ParserKind } from './html-depth.js';

/** Which parser cheerio will use for these options (see cheerio's flattenOptions). */
export function parserFor(options?: CheerioOptions | null): ParserKind {
  if (!options) return 'parse5';
  const xml = options.xml;
  if (xml) return typeof xml === 'object' && xml.xmlMode === false ? 'htmlparser2' : 'xml';
  if ((options as { xmlMode?: boolean }).xmlMode) return 'xml';
  return 'parse5';
}

export function loadHtml(html: string, options?: CheerioOptions | null): CheerioAPI {
  return load(capNesting(html, parserFor(options)).html, options);
}
