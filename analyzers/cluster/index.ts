// Near-duplicate story clustering (see clusterer.ts). The pipeline keeps one StoryClusterer per
// process, warms it with recent mentions at start (assign is cheap), and stores the returned id as
// meta.clusterId on every mention.
export { StoryClusterer, bandKeys, clusterKeys, signatureSimilarity, storySignature } from './clusterer.js';
export type { StoryClustererOptions, StorySignature } from './clusterer.js';
export { warmClusterer, type WarmOptions } from './warm.js';
export { clusterTokens, shingleHashes } from './shingles.js';
export { estimateJaccard, minhashSignature } from './minhash.js';
