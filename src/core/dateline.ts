// A news lead's dateline, shared by the issue map (the city named there is where the reporter filed,
// not where the story is) and the entity analyzer (its outlet and city are no party to the story).

/**
 * A news lead's dateline ("AMBON, KOMPAS.com -", "Piru (ANTARA) -", "KBRN, Ambon:"): where the
 * reporter filed, not where the story is. Up to five capitalised words, an optional "(AGENCY)", then a
 * dash or colon.
 */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.]*,?\s+){0,4}\p{Lu}[\p{L}.]*,?\s*(?:\([^)\n]{2,30}\)\s*)?(?:[-–—]\s|:\s)/u;
export function withoutDateline(body: string): string {
  const m = DATELINE.exec(body);
  return m ? body.slice(m[0].length) : body;
}
