// Gazetteer keys as a token trie, so the matcher extends a candidate name word by word with one Map
// lookup on the token's own (already hashed) lower-case string, instead of building "kota baru
// selatan" by concatenation and hashing each new string twice (key map and prefix set).
import type { KeyEntry } from './gazetteer.js';

export interface TrieNode {
  /** The places whose key ends here. */
  entry?: KeyEntry;
  /** Next tokens of longer keys; absent when no key continues. */
  next?: Map<string, TrieNode>;
}

export function buildTrie(byKey: ReadonlyMap<string, KeyEntry>): Map<string, TrieNode> {
  const root = new Map<string, TrieNode>();
  for (const [key, entry] of byKey) {
    let level = root;
    let node: TrieNode | undefined;
    for (const tok of key.split(' ')) {
      node = level.get(tok);
      if (!node) level.set(tok, (node = {}));
      level = node.next ??= new Map();
    }
    node!.entry = entry;
  }
  // Drop the empty child maps created at key ends, so "has children" is just `next !== undefined`.
  const prune = (m: Map<string, TrieNode>): void => {
    for (const n of m.values()) {
      if (n.next && n.next.size === 0) n.next = undefined;
      else if (n.next) prune(n.next);
    }
  };
  prune(root);
  return root;
}
