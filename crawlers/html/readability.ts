// Mozilla Readability (with linkedom as the DOM) as a second extractor for `pantau eval extract
// --readability` and the extraction bench: the yardstick our own extractor is compared against.
// Both are devDependencies, loaded by name at run time so an installed package without them works.
import type { Extractor } from './eval.js';

type ReadabilityCtor = new (doc: unknown) => { parse(): { title?: string | null; textContent?: string | null; publishedTime?: string | null } | null };

export async function readabilityExtractor(): Promise<Extractor | undefined> {
  try {
    const rdName = '@mozilla/readability';
    const ldName = 'linkedom';
    const { Readability } = (await import(rdName)) as { Readability: ReadabilityCtor };
    const { parseHTML } = (await import(ldName)) as { parseHTML: (html: string) => { document: unknown } };
    return (html) => {
      try {
        const { document } = parseHTML(html);
        const r = new Readability(document).parse();
        return { title: r?.title ?? '', text: r?.textContent ?? '', publishedAt: r?.publishedTime ?? undefined };
      } catch {
        return { title: '', text: '' };
      }
    };
  } catch {
    return undefined;
  }
}
