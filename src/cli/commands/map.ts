// `pantau map`: the issue map (peta isu) of a day or a period, read from the store: issues ranked by
// importance, with their places, people, outlets, hoax flags, linked facts and briefs.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { localDay } from '../../core/time.js';
import { addLangOption, parseLang } from '../i18n.js';
import type { GlobalOpts } from '../runtime.js';

interface MapOpts extends GlobalOpts {
  date?: string;
  from?: string;
  to?: string;
  region?: string;
  format?: string;
  out?: string;
  lang?: string;
  saveIds?: boolean;
  fullMap?: string;
}

const FORMATS = ['md', 'html', 'json', 'pdf', 'whatsapp'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The longest period one map reads (its mentions are held in memory). */
export const MAX_PERIOD_DAYS = 92;

function checkDay(v: string, opt: string): string {
  const ok = DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
  if (!ok) throw new InputError(`--${opt}: expected a date YYYY-MM-DD, got "${v}"`);
  return v;
}

/** The period asked for: --date D, or --from D [--to D]; default today in the office's zone. */
export function periodOf(o: Pick<MapOpts, 'date' | 'from' | 'to'>, today: string): { from: string; to: string } {
  if (o.date && (o.from || o.to)) throw new InputError('--date: give either --date or --from/--to, not both');
  if (o.date) {
    const d = checkDay(o.date, 'date');
    return { from: d, to: d };
  }
  const from = o.from ? checkDay(o.from, 'from') : o.to ? checkDay(o.to, 'to') : today;
  const to = o.to ? checkDay(o.to, 'to') : o.from ? from : today;
  if (to < from) throw new InputError(`--to: ${to} is before --from ${from}`);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) throw new InputError(`--from/--to: at most ${MAX_PERIOD_DAYS} days in one map, got ${days}`);
  return { from, to };
}

async function runMap(opts: MapOpts): Promise<void> {
  const format = (opts.format ?? 'md').toLowerCase();
  if (!FORMATS.includes(format)) throw new InputError(`--format: expected ${FORMATS.join(', ')}, got "${opts.format}"`);
  const lang = parseLang(opts.lang);
  const [{ makeLogger, openStore, readConfig }, { mapRuntime }, { produceMap }, out] = await Promise.all([
    import('../runtime.js'),
    import('../map-runtime.js'),
    import('../../maps/produce.js'),
    import('../map-output.js'),
  ]);
  const config = readConfig(opts);
  const period = periodOf(opts, localDay(Date.now(), config.timezone));
  if (format === 'pdf' && !opts.out && process.stdout.isTTY) throw new InputError('--format pdf: give --out FILE (a PDF is not for the terminal)');
  const store = await openStore(config, makeLogger());
  try {
    const rt = await mapRuntime(config, store, lang);
    let region: { code: string; name: string } | undefined;
    if (opts.region) {
      const name = rt.regionName(opts.region.trim());
      if (!name) throw new InputError(`--region: unknown Kemendagri code "${opts.region}" (e.g. ${config.analysis.homeRegion} or one of its kecamatan)`);
      region = { code: opts.region.trim(), name };
    }
    const map = await produceMap({ ...period, lang, ...(region ? { region } : {}), ...(opts.saveIds === false ? { writeIds: false } : {}) }, rt.deps);
    // The effect of the office's responses linked to these issues (pantau evaluate links them).
    await (await import('../../evaluation/map-effects.js')).attachEffects(map, store, config.evaluation);
    const areas = format === 'html' || format === 'pdf' ? await out.mapAreas(config) : undefined;
    const data = await out.renderFormat(map, format as 'md', config, { lang, areas, ...(opts.fullMap ? { fullMap: opts.fullMap } : {}) });
    if (opts.out) out.writeAtomic(opts.out, data);
    else process.stdout.write(data);
  } finally {
    await store.close();
  }
}

export function registerMap(program: Command): void {
  const cmd = program
    .command('map')
    .description('the issue map (peta isu): issues of a day or period, ranked, with places, facts and response briefs')
    .option('--date <day>', 'one day YYYY-MM-DD in the office time zone (default: today)')
    .option('--from <day>', 'first day of a period')
    .option('--to <day>', 'last day of a period (inclusive)')
    .option('--region <code>', 'only mentions of this Kemendagri code (a kecamatan, kelurahan, …)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'md')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--full-map <ref>', 'whatsapp: where the full map is (a path or URL), named at the end')
    .option('--no-save-ids', 'do not write the issue ids onto the mentions (a one-day map does by default)')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)');
  addLangOption(cmd, 'language of the map');
  cmd.action(async (opts: MapOpts, c: Command) => runMap({ ...c.optsWithGlobals(), ...opts }));
}
