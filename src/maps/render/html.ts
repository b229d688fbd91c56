// The issue map as one self-contained HTML file: it opens from disk or an e-mail attachment with no
// network. Charts (volume per hour, sentiment per issue) are drawn by Chart.js, whose UMD build is
// read from node_modules and inlined; the choropleth of the home city's kecamatan (kelurahan when the
// boundary file has them) is an SVG drawn here with d3-geo, coloured by negative mentions; without a
// boundary file, a tile grid of the kecamatan coloured the same way. Then the table of issues, each
// with its brief, facts and every mention.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatLocalMinute, zoneLabel } from '../../core/time.js';
import type { AreaSet } from '../boundaries.js';
import { colourOf, legendSteps, projectAreas } from '../choropleth.js';
import { fmtNumber, fmtPercent, fmtPeriod, strings, type Lang, type Strings } from '../i18n.js';
import type { AreaCount, IssueMap, MapIssue, MapMention } from '../types.js';
import { effectText, trendText } from './markdown.js';

let chartJs: string | undefined;

/** Chart.js's UMD build, read once from the installed package. */
export function chartJsSource(): string {
  if (chartJs === undefined) {
    // The package exports no path to its UMD build: find it beside the CommonJS entry.
    const require = createRequire(import.meta.url);
    const cjs = require.resolve('chart.js');
    chartJs = readFileSync(join(dirname(cjs), 'chart.umd.min.js'), 'utf8');
  }
  return chartJs;
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside <script>: "</script>" and "<!--" cannot end or bend the element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function legend(max: number, t: Strings, lang: Lang): string {
  const items = legendSteps(max).map(({ fill, min }, i) => `<span class="lg"><i style="background:${fill}"></i>${i === 0 ? '0' : `≥ ${fmtNumber(min, lang)}`}</span>`);
  return `<div class="legend">${esc(t.negative)}: ${items.join('')}</div>`;
}

export function choroplethSvg(areas: AreaSet, counts: readonly AreaCount[], t: Strings, lang: Lang, width = 640, height = 440): string {
  const by = new Map(counts.map((c) => [c.code, c]));
  const projected = projectAreas(areas, width, height);
  const max = Math.max(0, ...areas.areas.map((a) => by.get(a.code)?.negative ?? 0));
  const shapes = projected.map((a) => {
    const c = by.get(a.code);
    const title = `${a.name} (${a.code}): ${fmtNumber(c?.negative ?? 0, lang)} ${t.negative} / ${fmtNumber(c?.count ?? 0, lang)} ${t.mentions}`;
    return `<path d="${a.d}" fill="${colourOf(c?.negative ?? 0, max)}" stroke="#555" stroke-width="0.6" data-code="${esc(a.code)}"><title>${esc(title)}</title></path>`;
  });
  const labels =
    areas.level === 'district'
      ? projected.map((a) => (a.label ? `<text x="${a.label[0].toFixed(1)}" y="${a.label[1].toFixed(1)}" class="al">${esc(a.name)}</text>` : ''))
      : [];
  return `<svg class="choropleth" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(t.choropleth)}">${shapes.join('')}${labels.join('')}</svg>${legend(max, t, lang)}`;
}

/** Without a boundary file: one tile per kecamatan, in code order, coloured the same way. */
export function tileGrid(counts: readonly AreaCount[], t: Strings, lang: Lang): string {
  if (!counts.length) return `<p class="muted">${esc(t.noMap)}</p>`;
  const cols = Math.ceil(Math.sqrt(counts.length));
  const max = Math.max(0, ...counts.map((c) => c.negative));
  const tiles = counts.map(
    (c) =>
      `<div class="tile" style="background:${colourOf(c.negative, max)}" data-code="${esc(c.code)}" title="${esc(`${c.name} (${c.code})`)}"><b>${esc(c.name)}</b><span>${fmtNumber(c.negative, lang)} / ${fmtNumber(c.count, lang)}</span></div>`,
  );
  return `<p class="muted">${esc(t.noMap)}</p><div class="tiles choropleth" style="grid-template-columns:repeat(${cols},1fr)">${tiles.join('')}</div>${legend(max, t, lang)}`;
}

function sentimentBar(i: MapIssue): string {
  const s = i.sentiment;
  const n = Math.max(1, i.volume);
  const w = (x: number): string => `${((x / n) * 100).toFixed(1)}%`;
  return `<div class="sbar" title="${s.positive}/${s.neutral}/${s.negative}"><i class="pos" style="width:${w(s.positive)}"></i><i class="neu" style="width:${w(s.neutral)}"></i><i class="neg" style="width:${w(s.negative)}"></i></div>`;
}

function mentionItem(m: MapMention, zone: string, t: Strings): string {
  const when = formatLocalMinute(Date.parse(m.publishedAt), zone).slice(11);
  const who = m.kind === 'social' ? `${m.source}${m.author ? ` @${m.author}` : ''}` : m.source;
  return `<li><span class="t">${esc(when)}</span> <a href="${esc(m.url)}">${esc(m.title || m.url)}</a> <span class="muted">— ${esc(who)}</span> <span class="s-${m.sentiment}">${esc(t[m.sentiment])}</span></li>`;
}

function issueDetail(i: MapIssue, map: IssueMap, t: Strings, lang: Lang): string {
  const zone = map.timezone;
  const parts: string[] = [];
  const row = (k: string, v: string): void => {
    if (v) parts.push(`<div class="kv"><span>${esc(k)}</span><div>${v}</div></div>`);
  };
  row(t.sentiment, esc(`${fmtNumber(i.sentiment.positive, lang)} ${t.positive} · ${fmtNumber(i.sentiment.neutral, lang)} ${t.neutral} · ${fmtNumber(i.sentiment.negative, lang)} ${t.negative} (${fmtPercent(i.negativeShare, lang)})`));
  row(t.topic, esc([...i.topics.map((x) => x.label), ...i.keyTerms].join(', ')));
  row(t.regions, esc(i.regions.map((r) => `${r.name} (${r.code})`).join(', ')));
  row(t.entities, esc(i.entities.map((e) => e.name).join(', ')));
  row(t.outlets, esc(i.outlets.map((o) => `${o.source} ${o.count}`).join(', ')));
  row(t.accounts, esc(i.accounts.map((a) => `${a.handle} (${a.source}) ${a.count}`).join(', ')));
  if (i.hoax.flagged) row(t.debunks, i.hoax.debunks.map((d) => `<a href="${esc(d.url)}">${esc(d.title)}</a>`).join('<br>'));
  if (i.effect) row(lang === 'id' ? 'Dampak tanggapan' : 'Response effect', esc(effectText(i.effect, lang, zone)));
  if (i.facts.length) {
    row(
      t.facts,
      `<ol>${i.facts.map((f) => `<li>${esc(f.statement)} <span class="muted">(${esc(t.score)} ${fmtNumber(f.score, lang, 2)}; ${esc(f.reason)})</span> <a href="${esc(f.source_url)}">${esc(f.opd)}</a></li>`).join('')}</ol>`,
    );
  }
  if (i.brief) {
    const b = i.brief;
    const q = b.quotes.map((x) => `<blockquote>“${esc(x.text)}” — <a href="${esc(x.url)}">${esc(x.source)}</a></blockquote>`).join('');
    const f = b.facts.map((x) => `<li>${esc(x.statement)} — <a href="${esc(x.source_url)}">${esc(x.opd)}</a></li>`).join('');
    parts.push(
      `<div class="brief"><h4>${esc(t.brief)}</h4><p>${esc(b.summary)}</p>${q ? `<p><b>${esc(t.saying)}</b></p>${q}` : ''}${f ? `<p><b>${esc(t.factsSay)}</b></p><ul>${f}</ul>` : ''}<p><b>${esc(t.opd)}:</b> ${esc(b.opd)}</p>${b.holdingStatement ? `<p><b>${esc(t.holding)}:</b> ${esc(b.holdingStatement)}</p>` : ''}${b.needsData ? `<p class="need"><b>${esc(b.needsData)}</b></p>` : ''}<p><b>${esc(t.channels)}:</b> ${esc(b.channels.map((c) => `${c.name} (${c.count})`).join(', '))}</p></div>`,
    );
  }
  parts.push(`<details><summary>${esc(t.all)} (${fmtNumber(i.mentions.length, lang)})</summary><ul class="ms">${i.mentions.map((m) => mentionItem(m, zone, t)).join('')}</ul></details>`);
  return parts.join('');
}

export interface HtmlOptions {
  lang?: Lang;
  /** Simplified boundaries of the home region (boundaries.ts); without them, a tile grid. */
  areas?: AreaSet;
}

export function renderHtml(map: IssueMap, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? map.lang;
  const t = strings(lang);
  const zone = map.timezone;
  const where = map.region ? `${map.region.name} — ${map.homeRegion.name}` : map.homeRegion.name;
  const tot = map.totals;
  const top = map.issues.slice(0, 10);
  const chartData = {
    hours: tot.perHour.map((b) => b.key.slice(11) + (map.period.from === map.period.to ? '' : ` ${b.key.slice(5, 10)}`)),
    negative: tot.perHour.map((b) => b.negative),
    other: tot.perHour.map((b) => b.count - b.negative),
    issues: top.map((i) => (i.label.length > 48 ? `${i.label.slice(0, 47)}…` : i.label)),
    pos: top.map((i) => i.sentiment.positive),
    neu: top.map((i) => i.sentiment.neutral),
    neg: top.map((i) => i.sentiment.negative),
    labels: { negative: t.negative, other: `${t.positive}/${t.neutral}`, positive: t.positive, neutral: t.neutral },
  };
  const map2 = opts.areas
    ? choroplethSvg(opts.areas, opts.areas.level === 'village' ? map.villages : map.districts, t, lang)
    : tileGrid(map.districts, t, lang);
  const rows = map.issues
    .map(
      (i) =>
        `<tr class="issue" id="${esc(i.id)}"><td>${i.rank}</td><td><b>${esc(i.label)}</b>${i.hoax.flagged ? ` <span class="badge">${esc(t.hoax)}</span>` : ''}<div class="muted small">${esc(i.id)}</div></td><td class="n">${fmtNumber(i.volume, lang)}</td><td>${esc(trendText(i, lang))}</td><td>${sentimentBar(i)}<span class="small">${fmtNumber(i.sentiment.negative, lang)} ${esc(t.negative)}</span></td><td>${esc(i.regions.slice(0, 2).map((r) => r.name).join(', '))}</td></tr><tr class="detail"><td></td><td colspan="5">${issueDetail(i, map, t, lang)}</td></tr>`,
    )
    .join('');
  const outside = map.outside.volume
    ? `<section><h2>${esc(t.outside)}</h2><p>${fmtNumber(map.outside.volume, lang)} ${esc(t.mentions)}</p><details><summary>${esc(t.all)}</summary><ul class="ms">${map.outside.mentions.map((m) => mentionItem(m, zone, t)).join('')}</ul></details></section>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${t.title} ${where} — ${fmtPeriod(map.period, lang)}`)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:20px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px}h4{margin:8px 0 4px}
.muted{color:#666}.small{font-size:12px}.n{text-align:right}
.summary{display:flex;gap:16px;flex-wrap:wrap;margin:12px 0}.summary div{background:#f4f4f2;border-radius:8px;padding:8px 14px}.summary b{display:block;font-size:20px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:20px}.card{border:1px solid #ddd;border-radius:8px;padding:12px}
.chart{position:relative;height:260px}
.choropleth{width:100%;height:auto;max-height:440px}.al{font-size:10px;text-anchor:middle;fill:#222;pointer-events:none}
.legend{font-size:12px;margin-top:6px}.lg{margin-right:10px;white-space:nowrap}.lg i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle;border:1px solid #999}
.tiles{display:grid;gap:4px}.tile{border:1px solid #999;border-radius:4px;padding:6px;min-height:46px;font-size:12px}.tile b{display:block}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3e3e3;padding:6px;vertical-align:top;text-align:left}
tr.detail td{background:#fafafa;border-bottom:2px solid #ccc;font-size:13px}
.kv{display:grid;grid-template-columns:170px 1fr;gap:8px;margin:3px 0}.kv>span{color:#666}
.sbar{display:flex;width:120px;height:10px;border-radius:3px;overflow:hidden;background:#eee;margin-bottom:2px}.sbar i{display:block;height:100%}
.pos{background:#2e9d5b}.neu{background:#b9b9b9}.neg{background:#d6452d}
.s-negative{color:#b71f25}.s-positive{color:#1e7b45}.s-neutral{color:#666}
.badge{background:#b71f25;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.brief{border-left:4px solid #d6452d;padding:4px 12px;margin:8px 0;background:#fff}
blockquote{margin:4px 0 4px 8px;color:#333;font-style:italic}.need{color:#b71f25}
ul.ms{padding-left:18px}ul.ms li{margin:2px 0}.t{font-variant-numeric:tabular-nums;color:#666}
@media (max-width:800px){.grid{grid-template-columns:1fr}.kv{grid-template-columns:1fr}}
@media print{details{display:block}details>summary{display:none}details ul.ms{display:block}.chart{height:220px}main{padding:0}}
</style>
</head>
<body>
<main>
<h1>${esc(t.title)} — ${esc(where)}</h1>
<div class="muted">${esc(t.period)}: ${esc(fmtPeriod(map.period, lang))} (${esc(zoneLabel(zone))}) · ${esc(t.generated)} ${esc(formatLocalMinute(Date.parse(map.generatedAt), zone))}</div>
<div class="summary">
<div><b>${fmtNumber(tot.city, lang)}</b>${esc(t.mentions)}</div>
<div><b>${fmtNumber(tot.issues, lang)}</b>${esc(t.issues)}</div>
<div><b>${fmtNumber(tot.sentiment.negative, lang)}</b>${esc(t.negative)}</div>
<div><b>${fmtNumber(tot.outside, lang)}</b>${esc(t.outsideShort)}</div>
</div>
<div class="grid">
<div class="card"><h2>${esc(t.volumeChart)}</h2><div class="chart"><canvas id="volume"></canvas></div></div>
<div class="card"><h2>${esc(t.choropleth)}</h2>${map2}</div>
</div>
<div class="card" style="margin-top:20px"><h2>${esc(t.sentimentChart)}</h2><div class="chart" style="height:${Math.max(160, 28 * top.length + 60)}px"><canvas id="sentiment"></canvas></div></div>
<section><h2>${esc(t.topIssues)}</h2>
${map.issues.length ? `<table><thead><tr><th>${esc(t.rank)}</th><th>${esc(t.label)}</th><th>${esc(t.volume)}</th><th>${esc(t.trend)}</th><th>${esc(t.sentiment)}</th><th>${esc(t.regions)}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${esc(t.noIssues)}</p>`}
</section>
${outside}
</main>
<script>${chartJsSource()}</script>
<script type="application/json" id="map-data">${scriptJson(chartData)}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('map-data').textContent);
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  new Chart(document.getElementById('volume'), {
    type: 'bar',
    data: { labels: d.hours, datasets: [
      { label: d.labels.negative, data: d.negative, backgroundColor: '#d6452d', stack: 's' },
      { label: d.labels.other, data: d.other, backgroundColor: '#9bb7d4', stack: 's' } ] },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
  new Chart(document.getElementById('sentiment'), {
    type: 'bar',
    data: { labels: d.issues, datasets: [
      { label: d.labels.positive, data: d.pos, backgroundColor: '#2e9d5b' },
      { label: d.labels.neutral, data: d.neu, backgroundColor: '#b9b9b9' },
      { label: d.labels.negative, data: d.neg, backgroundColor: '#d6452d' } ] },
    options: { indexAxis: 'y', maintainAspectRatio: false, scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } }
  });
  document.documentElement.setAttribute('data-charts', 'ready');
})();
</script>
</body>
</html>
`;
}
