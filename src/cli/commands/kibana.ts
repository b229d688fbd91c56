// `pantau kibana import --url KIBANA_URL`: the data view, saved searches and the "Peta Isu Harian"
// dashboard into Kibana through its saved-objects import API (overwrite=true, so running it again
// after an upgrade replaces the old objects). The objects are generated for this office's config
// (storage.indexPrefix names the alias the data view reads, analysis.homeRegion the province whose
// kecamatan get names); --file imports a given NDJSON instead. `pantau kibana export` prints them.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { addLangOption, parseLang } from '../i18n.js';
import { readConfig, type GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';

interface KibanaOpts extends GlobalOpts {
  url?: string;
  file?: string;
  space?: string;
  timeoutMs?: string;
  json?: boolean;
  lang?: string;
}

async function objectsFor(opts: KibanaOpts): Promise<string> {
  if (opts.file) {
    if (!/\.ndjson$/i.test(opts.file)) throw new InputError(`--file: expected an .ndjson file, got "${opts.file}"`);
    try {
      return readFileSync(opts.file, 'utf8');
    } catch (e) {
      throw new InputError(`--file: cannot read ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const config = readConfig(opts, 'optional');
  const { kibanaObjects, toNdjson } = await import('../../../dashboards/kibana/objects.js');
  return toNdjson(kibanaObjects({ indexPrefix: config.storage.indexPrefix, homeRegion: config.analysis.homeRegion }));
}

export function registerKibana(program: Command): void {
  const kb = program.command('kibana').description('Kibana saved objects for the Elasticsearch backend: a data view and the "Peta Isu Harian" dashboard');
  const imp = kb
    .command('import')
    .description(
      'import the saved objects into Kibana (saved-objects import API, overwrite=true); credentials from KIBANA_API_KEY, or KIBANA_USERNAME and KIBANA_PASSWORD, else ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD',
    )
    .option('--url <url>', 'Kibana URL, e.g. http://localhost:5601 (default $KIBANA_URL)')
    .option('--space <id>', 'Kibana space id (default: the default space)')
    .option('--file <ndjson>', 'import this NDJSON instead of the objects generated for this config')
    .option('--timeout-ms <n>', 'how long Kibana may take to answer (default 30000)')
    .option('--json', 'print the result as JSON')
    .option('-c, --config <file>', 'config file (storage.indexPrefix, analysis.homeRegion)');
  addLangOption(imp, 'report language').action(async (opts: KibanaOpts, cmd: Command) => {
    const all: KibanaOpts = { ...cmd.optsWithGlobals(), ...opts };
    const lang = parseLang(all.lang);
    const url = all.url ?? process.env.KIBANA_URL;
    if (!url) throw new InputError('--url: the Kibana URL, e.g. --url http://localhost:5601 (or set KIBANA_URL)');
    const timeoutMs = all.timeoutMs === undefined ? 30_000 : Number(all.timeoutMs);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new InputError(`--timeout-ms: expected a whole number of milliseconds, got "${all.timeoutMs}"`);
    const ndjson = await objectsFor(all);
    const { importSavedObjects, formatImport } = await import('../../../dashboards/kibana/import.js');
    const result = await importSavedObjects({ url, ndjson, space: all.space, timeoutMs, lang });
    process.stdout.write(all.json ? JSON.stringify(result, null, 2) + '\n' : terminalSafe(formatImport(result, lang), { multiline: true }));
    if (!result.success) process.exitCode = 1;
  });
  kb.command('export')
    .description('print the saved objects generated for this config as NDJSON (for Stack Management → Saved objects → Import)')
    .option('-c, --config <file>', 'config file (storage.indexPrefix, analysis.homeRegion)')
    .action(async (opts: KibanaOpts, cmd: Command) => {
      process.stdout.write(await objectsFor({ ...cmd.optsWithGlobals(), ...opts, file: undefined }));
    });
}
