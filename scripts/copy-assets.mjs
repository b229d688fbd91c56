// Copies non-TypeScript runtime assets (models, lexicons, demo material) next to the compiled code,
// so `dist/` runs on its own after `npm ci` (prepare) without reading the sources.
import { cpSync, existsSync, readdirSync, statSync, mkdirSync, chmodSync, readFileSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';

const roots = ['analyzers', 'crawlers', 'src', 'dashboards', 'demo'];
const exts = new Set(['.json', '.txt', '.html', '.xml', '.yaml', '.yml', '.gz', '.csv', '.tsv', '.css', '.js', '.sql']);

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (exts.has(extname(name)) && !p.endsWith('.d.ts') && !(extname(name) === '.js' && dir.startsWith('src'))) {
      const out = join('dist', p);
      mkdirSync(dirname(out), { recursive: true });
      cpSync(p, out);
    }
  }
}
for (const r of roots) if (existsSync(r)) walk(r);

// The CLI entry is the package's `bin`: `npx pantau` in this checkout runs the file directly, and tsc
// writes it without the execute bit.
const bin = JSON.parse(readFileSync('package.json', 'utf8')).bin?.pantau;
if (bin && existsSync(bin)) chmodSync(bin, 0o755);
