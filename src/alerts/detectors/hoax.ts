// Spreading hoax: a claim (a flagged mention's best-matching debunk, or its story cluster) carried by
// at least minSources distinct outlets or accounts within the window. Calm once no new carrier took
// it up for resolveAfter.
export interface HoaxParams {
  minSources: number;
}

export interface HoaxVerdict {
  firing: boolean;
  calm: boolean;
  level: number;
}

/** `carriers`: distinct carriers first seen within the window; `fresh`: within resolveAfter. */
export function hoaxVerdict(carriers: number, fresh: number, p: HoaxParams): HoaxVerdict {
  const firing = carriers >= p.minSources;
  return { firing, calm: fresh === 0, level: carriers };
}
