// DOM helpers of the dashboard. Every text, crawled or not, goes in through text nodes (never
// innerHTML), links only to http(s) addresses and always with rel="noopener noreferrer".
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('no inline handlers');
    el.setAttribute(k, v === true ? '' : v);
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/** An external link: the text as text, the address only when it is http(s). */
export function link(href: string | undefined, text: string): HTMLElement {
  let ok = false;
  try {
    const u = new URL(href ?? '', location.href);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) return h('span', {}, text);
  return h('a', { href: href!, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function toast(msg: string): void {
  const t = document.getElementById('toast')!;
  t.textContent = msg;
  t.hidden = false;
  setTimeout(() => (t.hidden = true), 2500);
}
