// One line about the store for people: Elasticsearch unreachable, and how many mentions wait in the
// local outbox (they are kept, and sent when the cluster answers again).
import type { StoreHealth } from '../core/types.js';
import type { Lang } from './i18n.js';
import { terminalSafe } from './terminal.js';

export function storeHealthLine(h: StoreHealth, lang: Lang): string {
  const id = lang === 'id';
  const detail = h.detail ? ` (${terminalSafe(h.detail)})` : '';
  const wait = h.waiting
    ? id
      ? `${h.waiting} berita menunggu di outbox lokal dan dikirim saat kluster kembali`
      : `${h.waiting} mention${h.waiting === 1 ? '' : 's'} wait in the local outbox and are sent when the cluster is back`
    : '';
  if (!h.reachable) return `${id ? 'Elasticsearch tidak terjangkau' : 'Elasticsearch unreachable'}${detail}${wait ? `: ${wait}` : ''}\n`;
  return wait ? `${id ? 'Elasticsearch' : 'Elasticsearch'}: ${wait}\n` : '';
}
