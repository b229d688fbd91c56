export * from './types.js';
export * from './errors.js';
export * from './ids.js';
export * from './log.js';
export * from './config.js';
