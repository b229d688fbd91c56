// Durations as people write them in the config ("15m", "1h", "30s", "1d", or minutes as a number).

/** "5m", "1h", "90s", "1d" or a number of minutes → minutes. */
export function parseEvery(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(value);
  if (!m) throw new Error(`expected a duration like "15m", "1h" or "30s", got "${value}"`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 'm').toLowerCase();
  return unit === 's' ? n / 60 : unit === 'h' ? n * 60 : unit === 'd' ? n * 1440 : n;
}
