// Writes dashboards/kibana/pantau.ndjson from the generator (objects.ts): `npm run kibana:build`.
// The file is committed so an office can import it by hand (Stack Management → Saved objects →
// Import); a test fails when it differs from what the generator makes now.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kibanaObjects, toNdjson } from './objects.js';

/** The project folder: the nearest one up with a package.json (this file runs from dist/). */
function projectRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

const NDJSON_PATH = join('dashboards', 'kibana', 'pantau.ndjson');

const out = join(projectRoot(), NDJSON_PATH);
const objects = kibanaObjects();
writeFileSync(out, toNdjson(objects));
process.stdout.write(`${out}: ${objects.length} objects (${objects.map((o) => `${o.type} ${o.id}`).join(', ')})\n`);
