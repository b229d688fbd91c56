// Compact, JSON-safe storage of a hashed linear model: only slots with a non-negligible weight are
// kept, slot numbers as base64 varint deltas and weights as base64 little-endian int16 quantized per
// class. A 3-class model over 2^18 slots shrinks from 3 MB of floats to ~1–2 MB of JSON that diffs
// as one line and loads in milliseconds.
import type { LinearModel } from './logreg.js';

export interface EncodedLinearModel {
  encoding: 'sparse-int16-v1';
  classes: string[];
  dim: number;
  bias: number[];
  /** Per-class dequantization scale: weight = int16 × scale. */
  scales: number[];
  /** Number of stored slots. */
  count: number;
  /** base64 of varint-encoded gaps between successive stored slots. */
  slots: string;
  /** base64 of int16 LE, slot-major (for each stored slot, one value per class). */
  weights: string;
}

export function encodeLinearModel(m: LinearModel, pruneBelow = 1e-4): EncodedLinearModel {
  const k = m.classes.length;
  const scales = m.classes.map((_, c) => {
    let max = 0;
    for (let j = 0; j < m.dim; j++) max = Math.max(max, Math.abs(m.weights[c * m.dim + j]));
    return max > 0 ? max / 32767 : 1;
  });
  const slotBytes: number[] = [];
  const kept: number[] = [];
  let prev = 0;
  for (let j = 0; j < m.dim; j++) {
    let keep = false;
    for (let c = 0; c < k; c++) if (Math.abs(m.weights[c * m.dim + j]) >= pruneBelow) keep = true;
    if (!keep) continue;
    let gap = j - prev;
    prev = j;
    while (gap >= 0x80) {
      slotBytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    slotBytes.push(gap);
    kept.push(j);
  }
  const w = new Int16Array(kept.length * k);
  kept.forEach((j, n) => {
    for (let c = 0; c < k; c++) w[n * k + c] = Math.round(m.weights[c * m.dim + j] / scales[c]);
  });
  return {
    encoding: 'sparse-int16-v1',
    classes: m.classes,
    dim: m.dim,
    bias: Array.from(m.bias),
    scales,
    count: kept.length,
    slots: Buffer.from(slotBytes).toString('base64'),
    weights: Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64'),
  };
}

export function decodeLinearModel(e: EncodedLinearModel): LinearModel {
  if (e.encoding !== 'sparse-int16-v1') throw new Error(`unknown model encoding ${String(e.encoding)}`);
  const k = e.classes.length;
  const weights = new Float32Array(k * e.dim);
  const slotBytes = Buffer.from(e.slots, 'base64');
  const wb = Buffer.from(e.weights, 'base64');
  const w = new Int16Array(wb.buffer.slice(wb.byteOffset, wb.byteOffset + wb.byteLength));
  if (w.length !== e.count * k) throw new Error('corrupt model: weight count mismatch');
  let pos = 0;
  let slot = 0;
  for (let n = 0; n < e.count; n++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = slotBytes[pos++];
      if (b === undefined) throw new Error('corrupt model: slot stream ended early');
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    slot += gap;
    if (slot >= e.dim) throw new Error('corrupt model: slot out of range');
    for (let c = 0; c < k; c++) weights[c * e.dim + slot] = w[n * k + c] * e.scales[c];
  }
  return { classes: e.classes, dim: e.dim, weights, bias: Float32Array.from(e.bias) };
}
