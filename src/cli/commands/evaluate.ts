// `pantau evaluate --from D --to D | --month YYYY-MM [--format md|json|html|pdf]`: did the office's
// answers work, and was every complaint answered. The day maps of the period are produced first
// (they write the issue ids and give the automatic response links), then the report is built from
// the store (src/evaluation/report.ts). `pantau evaluate link ISSUE ITEM` links a response by hand,
// `unlink` removes one.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { ResponseLink } from '../../core/evaluation.js';
import { localDay } from '../../core/time.js';
import { asOfOption } from './complaints.js';
import { addLangOption, parseLang } from '../i18n.js';
import { periodOf } from './map.js';
import type { GlobalOpts } from '../runtime.js';
import { terminalSafe } from '../terminal.js';

interface EvaluateOpts extends GlobalOpts {
  from?: string;
  to?: string;
  month?: string;
  format?: string;
  out?: string;
  lang?: string;
  asOf?: string;
  maps?: boolean;
  kind?: string;
  at?: string;
}

const FORMATS = ['md', 'json', 'html', 'pdf'];
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

async function runEvaluate(opts: EvaluateOpts): Promise<void> {
  const format = (opts.format ?? 'md').toLowerCase();
  if (!FORMATS.includes(format)) throw new InputError(`--format: expected ${FORMATS.join(', ')}, got "${opts.format}"`);
  if (opts.month && (opts.from || opts.to)) throw new InputError('--month: give either --month or --from/--to, not both');
  if (opts.month && !MONTH.test(opts.month)) throw new InputError(`--month: expected YYYY-MM, got "${opts.month}"`);
  const lang = parseLang(opts.lang);
  const [{ makeLogger, openStore, readConfig }, { mapRuntime }, { produceMap }, { buildEvaluation }, render, rt, out, { isQuestionOrComplaint }] = await Promise.all([
    import('../runtime.js'),
    import('../map-runtime.js'),
    import('../../maps/produce.js'),
    import('../../evaluation/report.js'),
    import('../../evaluation/render.js'),
    import('../complaints-runtime.js'),
    import('../map-output.js'),
    import('../../../analyzers/questions/index.js'),
  ]);
  const config = readConfig(opts);
  const asOf = asOfOption(opts.asOf, config.timezone);
  const req = opts.month ? { month: opts.month } : periodOf(opts, localDay(asOf, config.timezone));
  if (format === 'pdf' && !opts.out && process.stdout.isTTY) throw new InputError('--format pdf: give --out FILE (a PDF is not for the terminal)');
  const store = await openStore(config, makeLogger());
  try {
    const now = () => new Date(asOf);
    const map = opts.maps === false ? undefined : await mapRuntime(config, store, lang, now);
    const report = await buildEvaluation(
      {
        store,
        timezone: config.timezone,
        rules: rt.deadlineRules(config),
        effect: config.evaluation,
        linkMinScore: config.evaluation.linkMinScore,
        ownedSources: config.sources.filter((s) => s.owned),
        classify: isQuestionOrComplaint,
        ...(map ? { mapDay: (day: string) => produceMap({ from: day, to: day, lang }, map.deps) } : {}),
        now,
      },
      req,
    );
    let data: string | Buffer;
    if (format === 'json') data = `${JSON.stringify(report, null, 2)}\n`;
    else if (format === 'md') data = render.renderEvaluationMarkdown(report, lang);
    else {
      const html = render.renderEvaluationHtml(report, lang);
      if (format === 'html') data = html;
      else {
        const [{ renderPdf }, { chromiumArgs }] = await Promise.all([import('../../maps/render/pdf.js'), import('../../../crawlers/render/browser.js')]);
        data = await renderPdf(html, { executablePath: config.crawl.chromiumPath, args: chromiumArgs() });
      }
    }
    if (opts.out) out.writeAtomic(opts.out, data);
    else process.stdout.write(data);
  } finally {
    await store.close();
  }
}

/** `link ISSUE ITEM`: ITEM is a mention id, a mention's URL, or a fact id (src/evaluation/manual-link.ts, as the dashboard). */
async function runLink(issueId: string, item: string, opts: EvaluateOpts, remove: boolean): Promise<void> {
  const [{ makeLogger, openStore, readConfig }, { linkResponse, unlinkResponse }, { canonicalizeUrl }, { mentionId }] = await Promise.all([
    import('../runtime.js'),
    import('../../evaluation/manual-link.js'),
    import('../../../crawlers/shared/url.js'),
    import('../../core/ids.js'),
  ]);
  const config = readConfig(opts);
  const store = await openStore(config, makeLogger());
  try {
    const kind = opts.kind;
    if (kind && kind !== 'mention' && kind !== 'fact') throw new InputError(`--kind: expected mention or fact, got "${kind}"`);
    const lopts = { ...(kind ? { kind: kind as 'mention' | 'fact' } : {}), mentionIdOfUrl: (url: string) => mentionId(canonicalizeUrl(url)) };
    if (remove) {
      const r = await unlinkResponse(store, issueId, item, lopts);
      process.stdout.write(r.removed ? `unlinked ${r.kind} ${r.itemId} from ${terminalSafe(issueId)}\n` : `no link of ${r.kind} ${r.itemId} to ${terminalSafe(issueId)}\n`);
      return;
    }
    let link: ResponseLink;
    try {
      link = await linkResponse(store, issueId, item, { ...lopts, timezone: config.timezone, ...(opts.at ? { at: opts.at } : {}) });
    } catch (e) {
      if (e instanceof InputError && opts.at && /"at" date/.test(e.message)) throw new InputError(`--at: expected YYYY-MM-DD or an ISO date-time, got "${opts.at}"`);
      throw e;
    }
    process.stdout.write(`linked ${link.kind} ${link.itemId} to ${terminalSafe(issueId)} at ${link.at}\n`);
  } finally {
    await store.close();
  }
}

export function registerEvaluate(program: Command): void {
  const cmd = program
    .command('evaluate')
    .description("evaluation: the office's responses linked to issues and their effect (negative share before/after with its interval), complaints per OPD, reply times, cadence; --month for the monthly report")
    .option('--from <day>', 'first day YYYY-MM-DD (default: today)')
    .option('--to <day>', 'last day (inclusive)')
    .option('--month <YYYY-MM>', 'the monthly report, with the previous month beside it')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'md')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--as-of <date>', 'the report\'s "now": complaint statuses and the end of open windows (default now)')
    .option('--no-maps', 'do not produce the day maps first (no automatic links; labels are issue ids)')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)');
  addLangOption(cmd, 'language of the report');
  cmd.action(async (opts: EvaluateOpts, c: Command) => runEvaluate({ ...c.optsWithGlobals(), ...opts }));
  for (const remove of [false, true]) {
    cmd
      .command(remove ? 'unlink' : 'link')
      .description(remove ? 'remove a response link' : 'link a response to an issue by hand: an owned mention (id or URL) or a fact id, at its publication time')
      .argument('<issue>', 'issue id (from pantau map --format json)')
      .argument('<item>', 'mention id, mention URL, or fact id')
      .option('--kind <kind>', 'mention or fact (default: whichever the store has)')
      .option('--at <date>', 'the response time (default: the mention\'s publication, the fact\'s day)')
      .option('-c, --config <file>', 'config file')
      .action(async (issue: string, item: string, opts: EvaluateOpts, c: Command) => runLink(issue, item, { ...c.optsWithGlobals(), ...opts }, remove));
  }
}
