// Prints extraction quality on the fixture pages: `node dist/bench/eval-extract.js [--fixtures DIR]
// [--readability]`. The fixtures default to $PANTAU_FIXTURES or ../shared/fixtures/web. With
// --readability (and the @mozilla/readability + linkedom devDependencies installed) the same pages
// are scored with Mozilla Readability for comparison.
import { existsSync } from 'node:fs';
import { defaultFixturesDir, evaluateExtraction, formatExtractionReport } from '../crawlers/html/eval.js';
import { readabilityExtractor } from '../crawlers/html/readability.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--fixtures');
  const dir = i >= 0 && args[i + 1] ? args[i + 1] : defaultFixturesDir();
  if (!existsSync(dir)) {
    console.log(`fixtures not found at ${dir} (set PANTAU_FIXTURES or pass --fixtures DIR)`);
    return;
  }
  console.log(formatExtractionReport(await evaluateExtraction(dir), { label: 'pantau', revealUntouched: args.includes('--reveal-untouched') }));
  if (args.includes('--readability')) {
    const rd = await readabilityExtractor();
    if (!rd) console.log('\n@mozilla/readability/linkedom not installed: skipping comparison');
    else console.log('\n' + formatExtractionReport(await evaluateExtraction(dir, rd), { label: 'mozilla readability', revealUntouched: args.includes('--reveal-untouched') }));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
