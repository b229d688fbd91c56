// `pantau eval …`: re-check the shipped analyzers and the extractor on labelled data anyone can get.
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { emptyAnalysis } from '../../core/types.js';
import { addLangOption, parseLang, type Lang } from '../i18n.js';

// The figures keep their usual names (macro-F1, ROC-AUC); the words around them follow --lang.
const T = {
  id: {
    accuracy: 'akurasi',
    binary: '(label acuan biner)',
    withDate: 'bertanggal',
    confusion: 'matriks kebingungan (baris = label acuan, kolom = prediksi):',
    older: (older: number, from: number) =>
      `catatan: ${older} baris bertanggal sebelum ${from}. Baris bertanggal dinilai dengan model bertanggal, yang ambang P = 0,5-nya diatur untuk berita terbit sejak ${from}; klaim yang lebih lama dinilai lebih rendah, jadi akurasi pada 0,5 rendah untuknya memang disengaja (ROC-AUC tidak terpengaruh). --no-dates menilai semua baris dengan model tanpa tanggal.`,
  },
  en: {
    accuracy: 'accuracy',
    binary: '(binary gold labels)',
    withDate: 'with a date',
    confusion: 'confusion (rows = gold, columns = predicted):',
    older: (older: number, from: number) =>
      `note: ${older} rows are dated before ${from}. Dated rows are scored by the dated model, whose P = 0.5 is set for items published from ${from} on; it scores older claims lower, so accuracy at 0.5 is low on them by design (ROC-AUC is not affected). --no-dates scores every row with the undated model.`,
  },
};

function need(file: string | undefined, what: string): string {
  if (!file) throw new InputError(`${what}: --data FILE is required`);
  try {
    readFileSync(file, { flag: 'r' }).subarray(0, 1);
  } catch {
    throw new InputError(`${what}: cannot read ${file}`);
  }
  return file;
}

function pct(x: number): string {
  return x.toFixed(3);
}

export function printConfusion(confusion: Record<string, Record<string, number>>, out: (s: string) => void, lang: Lang = 'en'): void {
  const labels = Object.keys(confusion);
  out(T[lang].confusion);
  out(`  ${''.padEnd(10)}${labels.map((l) => l.padStart(10)).join('')}`);
  for (const g of labels) out(`  ${g.padEnd(10)}${labels.map((p) => String(confusion[g]![p] ?? 0).padStart(10)).join('')}`);
}

export function registerEval(program: Command): void {
  const ev = program.command('eval').description('measure the shipped analyzers and the extractor on labelled data');
  const out = (s: string): void => void process.stdout.write(s + '\n');

  const sentiment = ev
    .command('sentiment')
    .description('accuracy, macro-F1 and confusion matrix on a labelled CSV/TSV/JSONL file')
    .requiredOption('-d, --data <file>', 'labelled file (text + label columns, or SmSA-style TSV)')
    .option('-m, --model <file>', 'model JSON (default: the shipped model)')
    .option('--half <half>', 'only the rows of one fixed half of the file: tune or untouched (README: sentiment figures)')
    .option('--kind <kind>', 'score the rows as documents of this kind: news or social (social weakens the news-event prior)')
    .option('--json', 'print JSON');
  addLangOption(sentiment).action(async (opts: { data: string; model?: string; half?: string; kind?: string; json?: boolean; lang?: string }) => {
    const lang = parseLang(opts.lang);
    const t = T[lang];
    const half = opts.half;
    if (half !== undefined && half !== 'tune' && half !== 'untouched') throw new InputError(`eval sentiment: --half: expected tune or untouched, got ${JSON.stringify(opts.half)}`);
    const kind = opts.kind;
    if (kind !== undefined && kind !== 'news' && kind !== 'social') throw new InputError(`eval sentiment: --kind: expected news or social, got ${JSON.stringify(opts.kind)}`);
    const [{ evaluateRows, loadSentimentModel, readLabelledFile }, { devHalf }] = await Promise.all([
      import('../../../analyzers/sentiment/index.js'),
      import('../../../analyzers/sentiment/splits.js'),
    ]);
    const rows = readLabelledFile(need(opts.data, 'eval sentiment')).filter((r) => half === undefined || devHalf(r.text) === half);
    if (rows.length === 0) throw new InputError(`eval sentiment: no labelled rows in ${opts.data}`);
    const r = evaluateRows(rows, loadSentimentModel(opts.model), kind);
    if (opts.json) return out(JSON.stringify(r, null, 2));
    out(`n ${r.n}  ${t.accuracy} ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)}${r.rocAuc !== undefined ? `  ROC-AUC ${pct(r.rocAuc)}` : ''}${r.binary ? `  ${t.binary}` : ''}`);
    printConfusion(r.confusion, out, lang);
  });

  const topics = ev
    .command('topics')
    .description('accuracy, macro-F1 and confusion of a trained topic model on a labelled TSV (SIB-200 style)')
    .requiredOption('-d, --data <file>', 'labelled TSV')
    .requiredOption('-m, --model <file>', 'topic model JSON from `pantau train topics`')
    .option('--json', 'print JSON');
  addLangOption(topics).action(async (opts: { data: string; model: string; json?: boolean; lang?: string }) => {
    const lang = parseLang(opts.lang);
    const { evaluateTopics } = await import('../../../analyzers/topics/index.js');
    const r = evaluateTopics({ file: need(opts.data, 'eval topics'), modelPath: opts.model });
    if (opts.json) return out(JSON.stringify(r, null, 2));
    out(`n ${r.n}  ${T[lang].accuracy} ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)}`);
    printConfusion(r.confusion, out, lang);
  });

  const hoax = ev
    .command('hoax')
    .description('ROC-AUC (and accuracy at 0.5) of the hoax score on labelled claims (CSV judul/narasi/label or JSONL)')
    .requiredOption('-d, --data <file>', 'labelled claims')
    .option('--no-dates', 'ignore publication dates (score every row with the undated model)')
    .option('--json', 'print JSON');
  addLangOption(hoax).action(async (opts: { data: string; dates: boolean; json?: boolean; lang?: string }) => {
    const lang = parseLang(opts.lang);
    const t = T[lang];
    const [{ createHoaxAnalyzer, DATED_CALIBRATED_FROM, yearOf }, { classificationReport, rocAuc }, { readHoaxRows }] = await Promise.all([
      import('../../../analyzers/hoax/index.js'),
      import('../../../analyzers/shared/metrics.js'),
      import('../hoax-rows.js'),
    ]);
    const rows = readHoaxRows(need(opts.data, 'eval hoax'));
    const analyzer = createHoaxAnalyzer();
    const years = opts.dates ? rows.map((r) => yearOf(r.publishedAt)) : [];
    const dated = years.filter((y) => y !== undefined).length;
    const older = years.filter((y) => y !== undefined && y < DATED_CALIBRATED_FROM).length;
    // The hoax analyzer reads nothing from the analysis so far.
    const base = emptyAnalysis();
    const scores = rows.map((r, i) => {
      const doc = { id: String(i), title: r.title, text: r.text, ...(opts.dates && r.publishedAt ? { publishedAt: r.publishedAt } : {}) };
      return analyzer.analyze(doc, base).hoax?.score ?? 0;
    });
    const labels = rows.map((r) => r.label);
    const auc = rocAuc(labels, scores);
    const rep = classificationReport(
      labels.map((l) => (l ? 'hoax' : 'not-hoax')),
      scores.map((s) => (s >= 0.5 ? 'hoax' : 'not-hoax')),
      ['hoax', 'not-hoax'],
    );
    if (opts.json) return out(JSON.stringify({ ...rep, rocAuc: auc, dated }, null, 2));
    out(`n ${rows.length}  ROC-AUC ${pct(auc)}  ${t.accuracy}@0.5 ${pct(rep.accuracy)}  macro-F1@0.5 ${pct(rep.macroF1)}  (${t.withDate}: ${dated})`);
    if (older > 0) out(t.older(older, DATED_CALIBRATED_FROM));
    printConfusion(rep.confusion, out, lang);
  });

  ev.command('hoax-triage')
    .description('hoax triage: TurnBackHoax 2024 claims against ordinary texts (SmSA valid, IndoLEM dev, fixture news), per set, with hoax.flagged')
    .option('-s, --shared <dir>', 'folder with data/ and fixtures/web/ (default: $PANTAU_SHARED or ../shared)')
    .option('--half <half>', 'tune | untouched | all (every set is split in two by a fixed hash of its text)', 'tune')
    .option('--kind', 'pass each text\'s kind (news / social) as a crawled item would have; default: kind unset')
    .option('--date <iso>', 'publication date given to every text (the dated model); "none" = undated', new Date().toISOString().slice(0, 10))
    .option('--json', 'print JSON')
    .action(async (opts: { shared?: string; half: string; kind?: boolean; date: string; json?: boolean }) => {
      const [{ createHoaxAnalyzer, HOAX_FLAG_THRESHOLD, HOAX_FLAG_THRESHOLD_UNDATED }, { halfOf, triageEvalSet }, { formatTriageReport, triageReport }] = await Promise.all([
        import('../../../analyzers/hoax/index.js'),
        import('../../../analyzers/hoax/triage-data.js'),
        import('../../../analyzers/hoax/triage-eval.js'),
      ]);
      const dir = opts.shared ?? process.env.PANTAU_SHARED ?? '../shared';
      if (!['tune', 'untouched', 'all'].includes(opts.half)) throw new InputError(`--half: expected tune, untouched or all, got "${opts.half}"`);
      const docs = triageEvalSet(dir).filter((d) => opts.half === 'all' || halfOf(d.text, d.title) === opts.half);
      if (!docs.some((d) => d.label === 1) || !docs.some((d) => d.label === 0)) throw new InputError(`eval hoax-triage: no claims or no ordinary texts under ${dir} (expected data/factcheck/turnbackhoax-2024, data/smsa, data/indolem-sentiment, fixtures/web)`);
      const analyzer = createHoaxAnalyzer();
      const base = emptyAnalysis();
      const date = opts.date === 'none' ? undefined : opts.date;
      const results = docs.map((d, i) => analyzer.analyze({ id: String(i), title: d.title, text: d.text, ...(date ? { publishedAt: date } : {}), ...(opts.kind && d.kind ? { kind: d.kind } : {}) }, base).hoax!);
      const scores = results.map((h) => h.score);
      // The flag as the analyzer sets it (its threshold for the model used; no debunk index here).
      const report = triageReport(docs, scores, date ? HOAX_FLAG_THRESHOLD : HOAX_FLAG_THRESHOLD_UNDATED, results.map((h) => h.flagged));
      const ord = scores.filter((_, i) => docs[i].label === 0).sort((a, b) => b - a);
      const at = (q: number): number => ord[Math.min(ord.length - 1, Math.floor(q * ord.length))] ?? 1;
      const sweep = [0.02, 0.03, 0.05, 0.1].map((q) => ({ ordinaryShare: q, threshold: at(q), hoaxFlagged: scores.filter((x, i) => docs[i].label === 1 && x > at(q)).length / Math.max(1, report.hoaxes) }));
      if (opts.json) return out(JSON.stringify({ half: opts.half, kind: !!opts.kind, date: date ?? null, ...report, sweep }, null, 2));
      out(`half ${opts.half}, date ${date ?? 'none'}, kind ${opts.kind ? 'given' : 'unset'}`);
      out(formatTriageReport(report));
      out(`thresholds that flag a given share of ordinary texts: ${sweep.map((s) => `${(100 * s.ordinaryShare).toFixed(0)}% → ${s.threshold.toFixed(3)} (hoaxes ${(100 * s.hoaxFlagged).toFixed(1)}%)`).join(', ')}`);
    });

  ev.command('extract')
    .description('body token-F1, date and title accuracy of `pantau extract` over saved pages with known truth')
    .option('-f, --fixtures <dir>', 'fixtures folder (default: $PANTAU_FIXTURES or ../shared/fixtures/web)')
    .option('--readability', 'also score Mozilla Readability on the same pages (devDependencies)')
    .option('--reveal-untouched', 'list the untouched part page by page (only its totals otherwise)')
    .option('--json', 'print JSON')
    .action(async (opts: { fixtures?: string; json?: boolean; readability?: boolean; revealUntouched?: boolean }) => {
      const [{ evaluateExtraction, formatExtractionReport }, { readabilityExtractor }] = await Promise.all([
        import('../../../crawlers/html/eval.js'),
        import('../../../crawlers/html/readability.js'),
      ]);
      const dir = opts.fixtures ?? process.env.PANTAU_FIXTURES ?? '../shared/fixtures/web';
      if (!existsSync(dir)) throw new InputError(`fixtures folder not found: ${dir} (pass --fixtures DIR or set PANTAU_FIXTURES)`);
      const report = await evaluateExtraction(dir);
      const rd = opts.readability ? await readabilityExtractor() : undefined;
      if (opts.readability && !rd) throw new InputError('--readability needs the @mozilla/readability and linkedom devDependencies');
      const rdReport = rd ? await evaluateExtraction(dir, rd) : undefined;
      if (opts.json) return out(JSON.stringify(rdReport ? { pantau: report, readability: rdReport } : report, null, 2));
      const fmt = { revealUntouched: !!opts.revealUntouched };
      out(formatExtractionReport(report, { ...fmt, label: 'pantau' }));
      if (rdReport) out('\n' + formatExtractionReport(rdReport, { ...fmt, label: 'mozilla readability' }));
    });
}
