import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config-file.js';
import { addLangOption, parseLang } from '../i18n.js';
import { readConfig } from '../runtime.js';
import { selfCommand } from '../self.js';

const TEMPLATE = fileURLToPath(new URL('../templates/pantau.config.yaml', import.meta.url));

export function registerInit(program: Command): void {
  const init = program
    .command('init')
    .description(`write a commented starter config (${DEFAULT_CONFIG_FILE}) for a Jambi humas office with real Indonesian sources`)
    .option('-o, --out <file>', 'where to write it', DEFAULT_CONFIG_FILE)
    .option('-f, --force', 'overwrite an existing file');
  addLangOption(init).action((opts: { out: string; force?: boolean; lang?: string }) => {
    const lang = parseLang(opts.lang);
    const me = selfCommand();
    const out = resolve(opts.out);
    if (existsSync(out) && !opts.force) throw new InputError(`${out} already exists (use --force to overwrite)`);
    writeFileSync(out, readFileSync(TEMPLATE, 'utf8'));
    const cfg = readConfig({ config: out }, true); // the template must always validate, options included
    process.stdout.write(
      lang === 'en'
        ? `Wrote ${out} with ${cfg.sources.length} sources.\nNext: edit it, then run \`${me} run --once\` (then \`${me} search ""\`).\n`
        : `Menulis ${out} berisi ${cfg.sources.length} sumber.\nBerikutnya: sunting berkas itu, lalu jalankan \`${me} run --once\` (lalu \`${me} search ""\`).\n`,
    );
  });
}
