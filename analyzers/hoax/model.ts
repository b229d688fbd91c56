// The shipped hoax classifier: binary logistic regression over hashed features, stored as the
// non-zero slots only (JSON, rebuilt by `scripts/train-hoax.ts`). Loaded lazily once per process.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SparseVector } from '../shared/sparse.js';

export interface HoaxModel {
  /** Format version of this file. */
  format: 1;
  bits: number;
  bias: number;
  /** Non-zero weight slots and their weights (log-odds of "hoax"). */
  slots: number[];
  weights: number[];
  /** What produced it: data, command, date, CV figures. */
  meta: Record<string, unknown>;
}

export interface LoadedHoaxModel {
  bits: number;
  bias: number;
  dense: Float32Array;
  meta: Record<string, unknown>;
}

export const MODEL_PATH = fileURLToPath(new URL('./model/hoax-model.json', import.meta.url));

export function denseModel(m: HoaxModel): LoadedHoaxModel {
  const dense = new Float32Array(1 << m.bits);
  for (let i = 0; i < m.slots.length; i++) dense[m.slots[i]] = m.weights[i];
  return { bits: m.bits, bias: m.bias, dense, meta: m.meta };
}

let cached: LoadedHoaxModel | null | undefined;

/** The shipped model, or null when it has not been built (the analyzer then uses indicators only). */
export function loadHoaxModel(path = MODEL_PATH): LoadedHoaxModel | null {
  if (path === MODEL_PATH && cached !== undefined) return cached;
  const m = existsSync(path) ? denseModel(JSON.parse(readFileSync(path, 'utf8')) as HoaxModel) : null;
  if (path === MODEL_PATH) cached = m;
  return m;
}

export function hoaxLogit(model: LoadedHoaxModel, x: SparseVector): number {
  let z = model.bias;
  for (let i = 0; i < x.idx.length; i++) z += model.dense[x.idx[i]] * x.val[i];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
