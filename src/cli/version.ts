import { readFileSync } from 'node:fs';

function readVersion(): string {
  // dist/src/cli/version.js and src/cli/version.ts both sit a fixed depth below package.json.
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')).version as string;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
