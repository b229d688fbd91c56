// loadHtml for the htmlparser2 parser only, through cheerio/slim: the same nesting cap as
// html-load.ts without loading parse5 and its friends, so `pantau extract` starts fast. Used by the
// article extractor, which parses in htmlparser2 mode anyway.
import { load, type CheerioAPI, type CheerioOptions } from 'cheerio/slim';
import { capNesting } from './html-depth.js';

export function loadHtmlSlim(html: string, options?: CheerioOptions | null): CheerioAPI {
  const xml = options?.xml;
  const kind = xml && !(typeof xml === 'object' && xml.xmlMode === false) ? 'xml' : 'htmlparser2';
  return load(capNesting(html, kind).html, options);
}
