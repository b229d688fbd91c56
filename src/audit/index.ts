// Owned-channel audit: pure functions over Mention[] (audit.ts) and their renderings (format.ts).
export * from './audit.js';
export * from './format.js';
export { percentile, median } from './stats.js';
export { addWorkingDays, localDate, localMidnight } from './working-days.js';
