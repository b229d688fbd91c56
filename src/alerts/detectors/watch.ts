// Watch: any negative mention of a watched name or phrase (the mayor, a programme). Calm once none
// came for resolveAfter.
export interface WatchParams {
  minCount: number;
}

export interface WatchVerdict {
  firing: boolean;
  calm: boolean;
  level: number;
}

/** `negatives`: in the window; `fresh`: in the last resolveAfter. */
export function watchVerdict(negatives: number, fresh: number, p: WatchParams): WatchVerdict {
  return { firing: negatives >= p.minCount, calm: fresh === 0, level: negatives };
}
