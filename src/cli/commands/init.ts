import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../../core/config.js';

const TEMPLATE = fileURLToPath(new URL('../templates/pantau.config.yaml', import.meta.url));

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(`write a commented starter config (${DEFAULT_CONFIG_FILE}) for a Jambi humas office with real Indonesian sources`)
    .option('-o, --out <file>', 'where to write it', DEFAULT_CONFIG_FILE)
    .option('-f, --force', 'overwrite an existing file')
    .action((opts: { out: string; force?: boolean }) => {
      const out = resolve(opts.out);
      if (existsSync(out) && !opts.force) throw new InputError(`${out} already exists (use --force to overwrite)`);
      writeFileSync(out, readFileSync(TEMPLATE, 'utf8'));
      const cfg = loadConfig({ file: out }); // the template must always validate
      process.stdout.write(
        `Wrote ${out} with ${cfg.sources.length} sources.\n` +
          `Next: edit it, then run \`npx pantau run --once\` (then \`npx pantau search ""\`).\n`,
      );
    });
}
