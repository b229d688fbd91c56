// The home city's choropleth on the issue map page: kecamatan (kelurahan when the boundary file has
// them) coloured by the day's negative mentions. Geometry (/api/geo/areas: the boundaries the HTML
// map uses, simplified and projected on the server) and counts with their colours (/api/geo/counts,
// the same scale) come from the API; this only draws them as SVG elements through DOM calls (names
// are set as text, colours as attributes: nothing for the CSP to block). Without a boundary file a
// tile grid. Hover, focus or tap shows an area's figures; a click (or Enter) selects it and lists
// its mentions of the day below, with a link to the full mentions list filtered by its code.
import { get, qs } from './api.js';
import { clear, h } from './dom.js';
import { getLang, num } from './i18n.js';
import { mentionRow } from './mention-row.js';
import type { Meta, MentionView } from './types.js';
import { w } from './words-geo-eval.js';

interface GeoAreas { level: 'district' | 'village' | null; width: number; height: number; areas: { code: string; name: string; d: string; label: [number, number] | null }[] }
interface AreaCount { code: string; name: string; count: number; negative: number; fill: string }
interface GeoCounts { period: { from: string; to: string }; level: 'district' | 'village'; max: number; legend: { fill: string; min: number }[]; areas: AreaCount[] }

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

const figures = (c: AreaCount): string => `${c.name} (${c.code}): ${num(c.negative)} ${w().negative} / ${num(c.count)} ${w().mentions}`;

function legend(counts: GeoCounts): HTMLElement {
  const box = h('div', { class: 'geo-legend', 'data-testid': 'geo-legend' }, `${w().legend}: `);
  counts.legend.forEach((step, i) => {
    const swatch = h('i');
    swatch.style.background = step.fill; // CSSOM, not a style attribute: allowed by the CSP
    box.append(h('span', {}, swatch, i === 0 ? '0' : `≥ ${num(step.min)}`));
  });
  return box;
}

export function choroplethCard(meta: Meta, day: string): HTMLElement {
  const body = h('div', { class: 'geo-body' }, h('p', { class: 'meta' }, '…'));
  const info = h('p', { class: 'geo-info', 'aria-live': 'polite', 'data-testid': 'geo-info' }, w().mapHint);
  const listBox = h('div', { class: 'geo-mentions', 'data-testid': 'geo-mentions', hidden: true });
  const card = h('section', { class: 'card geo', 'data-testid': 'choropleth' }, h('h2', {}, w().mapTitle), body, info, listBox);
  void draw(meta, day, body, info, listBox).catch((e: Error) => {
    clear(body);
    body.append(h('p', { class: 'error', role: 'alert' }, e.message));
  });
  return card;
}

async function draw(meta: Meta, day: string, body: HTMLElement, info: HTMLElement, listBox: HTMLElement): Promise<void> {
  const [areas, counts] = await Promise.all([get<GeoAreas>('/api/geo/areas'), get<GeoCounts>(`/api/geo/counts${qs({ date: day, lang: getLang() })}`)]);
  const by = new Map(counts.areas.map((c) => [c.code, c]));
  let selected: Element | undefined;
  let current: AreaCount | undefined;
  const select = (el: Element, c: AreaCount) => {
    selected?.classList.remove('selected');
    el.classList.add('selected');
    selected = el;
    current = c;
    info.textContent = figures(c);
    void listArea(meta, day, c, listBox);
  };
  const wire = (el: HTMLElement | SVGElement, c: AreaCount) => {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', figures(c));
    el.dataset.code = c.code;
    el.dataset.count = String(c.count);
    el.dataset.negative = String(c.negative);
    // A mouse shows an area's figures while over it and the selected one's after; a touch selects
    // (on a touch screen a tap's left-over pointer must not show another area's figures).
    const hovers = (e: Event) => (e as PointerEvent).pointerType === 'mouse' && matchMedia('(hover: hover)').matches;
    el.addEventListener('pointerenter', (e) => {
      if (hovers(e)) info.textContent = figures(c);
    });
    el.addEventListener('pointerleave', (e) => {
      if (hovers(e)) info.textContent = current ? figures(current) : w().mapHint;
    });
    el.addEventListener('focus', () => (info.textContent = figures(c)));
    el.addEventListener('click', () => select(el, c));
    el.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
        e.preventDefault();
        select(el, c);
      }
    });
  };
  clear(body);
  if (areas.level && areas.areas.length) {
    const root = svg('svg', { viewBox: `0 0 ${areas.width} ${areas.height}`, class: 'geo-map', role: 'group', 'aria-label': `${w().mapTitle} (${areas.level === 'village' ? w().village : w().district})` });
    const shapes = svg('g');
    const labels = svg('g', { class: 'geo-labels', 'aria-hidden': 'true' });
    for (const a of areas.areas) {
      const c = by.get(a.code) ?? { code: a.code, name: a.name, count: 0, negative: 0, fill: counts.legend[0]?.fill ?? '#eee' };
      const p = svg('path', { d: a.d, fill: c.fill, class: 'geo-area' });
      p.append(svg('title', {}, figures(c)));
      wire(p, c);
      shapes.append(p);
      if (a.label) labels.append(svg('text', { x: String(a.label[0]), y: String(a.label[1]), class: 'geo-label' }, c.name));
    }
    root.append(shapes, labels);
    body.append(root);
  } else if (counts.areas.length) {
    body.append(h('p', { class: 'meta' }, w().tileNote));
    const grid = h('div', { class: 'geo-tiles' });
    for (const c of counts.areas) {
      const tile = h('div', { class: 'geo-tile geo-area', title: figures(c) }, h('b', {}, c.name), h('span', {}, `${num(c.negative)} / ${num(c.count)}`));
      tile.style.background = c.fill;
      wire(tile, c);
      grid.append(tile);
    }
    body.append(grid);
  } else {
    body.append(h('p', { class: 'meta' }, w().noAreas));
    return;
  }
  body.append(legend(counts));
}

async function listArea(meta: Meta, day: string, c: AreaCount, box: HTMLElement): Promise<void> {
  const filter = { region: c.code, from: day, to: day };
  const list = h('ul', { class: 'plain', 'data-testid': 'geo-mention-list', 'data-region': c.code });
  clear(box);
  box.hidden = false;
  box.append(h('h3', {}, `${w().areaMentions} ${c.name}`), list, h('p', {}, h('a', { href: `#/sebutan${qs(filter)}`, 'data-testid': 'geo-open-list' }, w().openList)));
  const r = await get<{ items: MentionView[] }>(`/api/mentions${qs({ ...filter, limit: 50 })}`);
  if (list.dataset.region !== c.code || !list.isConnected) return; // another area was chosen meanwhile
  if (!r.items.length) list.append(h('li', { class: 'meta' }, w().noMentions));
  for (const m of r.items) list.append(mentionRow(m, meta.timezone, () => void listArea(meta, day, c, box)));
  list.dataset.loaded = 'true';
}
