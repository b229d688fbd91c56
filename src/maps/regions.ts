// Kemendagri codes as the map uses them: "15.71.03.1010" (kelurahan) lies in "15.71.03" (kecamatan),
// "15.71" (kota) and "15" (province). Pure string arithmetic, so no gazetteer is needed here.

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

export function levelOf(code: string): RegionLevel {
  const n = code.split('.').length;
  return n === 1 ? 'province' : n === 2 ? 'regency' : n === 3 ? 'district' : 'village';
}

/** "15.71.03.1010" → ["15", "15.71", "15.71.03", "15.71.03.1010"]. */
export function ancestorsOf(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** True when `code` is `area` or lies inside it. */
export function within(code: string, area: string): boolean {
  // code.startsWith(area + '.') without making that string (called per pair of nodes).
  return code === area || (code.length > area.length && code.charCodeAt(area.length) === 46 && code.startsWith(area));
}

/** One contains the other (or they are the same). */
export function related(a: string, b: string): boolean {
  return within(a, b) || within(b, a);
}

/** The district (kecamatan) code of a district or village code, else undefined. */
export function districtOf(code: string): string | undefined {
  const parts = code.split('.');
  return parts.length >= 3 ? parts.slice(0, 3).join('.') : undefined;
}
