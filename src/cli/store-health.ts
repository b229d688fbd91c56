// One line about the store for people: Elasticsearch unreachable, and what waits in the local outbox
// — mentions, and correction rewrites (a correction or its undo not yet applied to the mention's
// document), said separately — kept, and sent when the cluster answers again.
import type { StoreHealth } from '../core/types.js';
import type { Lang } from './i18n.js';
import { terminalSafe } from './terminal.js';

function waitingParts(h: StoreHealth, id: boolean): string[] {
  const parts: string[] = [];
  if (h.waiting) parts.push(id ? `${h.waiting} berita` : `${h.waiting} mention${h.waiting === 1 ? '' : 's'}`);
  const c = h.waitingCorrections ?? 0;
  if (c) parts.push(id ? `${c} koreksi` : `${c} correction${c === 1 ? '' : 's'}`);
  return parts;
}

export function storeHealthLine(h: StoreHealth, lang: Lang): string {
  const id = lang === 'id';
  const detail = h.detail ? ` (${terminalSafe(h.detail)})` : '';
  const parts = waitingParts(h, id);
  const one = (h.waiting ?? 0) + (h.waitingCorrections ?? 0) === 1;
  const wait = parts.length
    ? id
      ? `${parts.join(', ')} menunggu di outbox lokal dan dikirim saat kluster kembali`
      : one
        ? `${parts[0]} waits in the local outbox and is sent when the cluster is back`
        : `${parts.join(', ')} wait in the local outbox and are sent when the cluster is back`
    : '';
  if (!h.reachable) return `${id ? 'Elasticsearch tidak terjangkau' : 'Elasticsearch unreachable'}${detail}${wait ? `: ${wait}` : ''}\n`;
  return wait ? `Elasticsearch: ${wait}\n` : '';
}
