// Builds dist/ once before the suite: the end-to-end tests run the CLI exactly as `npx pantau` does.
// Type errors do not stop the emit (tsc still writes JS); `npm run typecheck` is where they fail.
// A run filtered to other folders (e.g. `vitest run test/unit/store`) skips the build.
//
// Every temporary file of the run (tests' mkdtemp, the CLI processes they spawn, Chromium profiles)
// goes into one folder under the system temp dir, set as TMPDIR before the workers start and
// removed when the run ends, so a failed or interrupted test leaves nothing behind in /tmp. The CLI's
// config cache (src/cli/config-cache.ts) goes there too, not into the user's ~/.cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runTmp = mkdtempSync(join(tmpdir(), 'pantau-test-run-'));
  process.env.TMPDIR = runTmp;
  process.env.PANTAU_CACHE_DIR = join(runTmp, 'config-cache');
  const teardown = () => rmSync(runTmp, { recursive: true, force: true });
  const filters = process.argv.slice(2).filter((a) => a.startsWith('test/') || a.startsWith('./test/'));
  if (filters.length && !filters.some((f) => f.includes('e2e'))) return teardown;
  const root = join(import.meta.dirname, '..');
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch {
    process.stderr.write('global-setup: tsc reported type errors (run `npm run typecheck`); using what it emitted\n');
  }
  execFileSync(process.execPath, [join(root, 'scripts', 'copy-assets.mjs')], { cwd: root, stdio: 'inherit' });
  return teardown;
}
