// B-cubed precision, recall and F1 of a clustering against labels (Bagga & Baldwin 1998): per item,
// the share of its predicted cluster that shares its label, and the share of its label's items that
// share its predicted cluster; averaged over items. Items missing from either side are ignored.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(k);
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(k);
  }
  let precision = 0;
  let recall = 0;
  for (const k of items) {
    const p = predicted.get(k)!;
    const g = gold.get(k)!;
    const pc = byPred.get(p)!;
    const gc = byGold.get(g)!;
    const both = pc.filter((x) => gold.get(x) === g).length;
    precision += both / pc.length;
    recall += both / gc.length;
  }
  const n = items.length || 1;
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, items: items.length };
}
