// Public shape of an extracted article plus the minimal DOM node shape the extractor walks.
// We walk domhandler nodes (what cheerio builds) directly instead of through cheerio selections:
// one pass over raw nodes is several times cheaper than repeated $(…) queries on a 100 KB page.
import type { DateCandidate } from '../../../src/core/published-date.js';

export interface ExtractedArticle {
  url: string;
  canonicalUrl: string;
  title: string;
  /** Paragraphs joined with blank lines; empty when nothing article-like was found. */
  text: string;
  /** ISO 8601 with an explicit offset (+07:00 for WIB and for zone-less Indonesian times). */
  publishedAt?: string;
  /**
   * Every date the page gives with where it was found, so the pipeline can weigh them against the
   * feed's date by the same rule (src/core/published-date.ts) that chose publishedAt.
   */
  dateCandidates?: DateCandidate[];
  /** The page's local offset for zone-less times (WIB for Indonesian pages). */
  localOffset?: string;
  author?: string;
  /** Primary language subtag, lower case ('id', 'en', …). */
  language?: string;
  siteName?: string;
  description?: string;
}

/** The subset of domhandler's node interface we rely on (text, comment, tag/script/style, root). */
export interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  parent?: DomNode | null;
}
