// Prints extraction quality on the fixture pages: `node dist/bench/eval-extract.js [--fixtures DIR]
// [--readability]`. The fixtures default to $PANTAU_FIXTURES or ../shared/fixtures/web. With
// --readability (and the @mozilla/readability + linkedom devDependencies installed) the same pages
// are scored with Mozilla Readability for comparison.
import { existsSync } from 'node:fs';
import { defaultFixturesDir, evaluateExtraction, formatExtractionReport, type Extractor } from '../crawlers/html/eval.js';

async function readabilityExtractor(): Promise<Extractor | undefined> {
  try {
    // Optional devDependencies, loaded by name so the build does not require them.
    const rdName = '@mozilla/readability';
    const ldName = 'linkedom';
    const { Readability } = (await import(rdName)) as { Readability: new (doc: unknown) => { parse(): { title?: string; textContent?: string; publishedTime?: string } | null } };
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--fixtures');
  const dir = i >= 0 && args[i + 1] ? args[i + 1] : defaultFixturesDir();
  if (!existsSync(dir)) {
    console.log(`fixtures not found at ${dir} (set PANTAU_FIXTURES or pass --fixtures DIR)`);
    return;
  }
  console.log(formatExtractionReport(await evaluateExtraction(dir), 'pantau'));
  if (args.includes('--readability')) {
    const rd = await readabilityExtractor();
    if (!rd) console.log('\n@mozilla/readability/linkedom not installed: skipping comparison');
    else console.log('\n' + formatExtractionReport(await evaluateExtraction(dir, rd), 'mozilla readability'));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
