import { parsePostcode } from './place-names';

/**
 * A service area written as postcode districts: "YO11, YO12, YO14", "HU1–HU9", "DL8, DL10 and
 * DL11", "BD1 to BD5". Such an area is exact: it covers the person whose postcode district is in
 * it and nobody else, however near (Robin Hood's Bay, YO22, is 20 km from Scarborough's YO11 but
 * not in "YO11, YO12, YO14"; Beverley's HU17 is not in "HU1–HU9"). Before round 7 these names met
 * no rule but "near the venues of services limited to the same area" (RESULTS.md §25).
 */
const TOKEN = /^([A-Z]{1,2})(\d{1,2})$/;

/** The districts the area lists, or null when it is not (only) a list or range of postcode districts. */
export function postcodeDistrictList(area: string): Set<string> | null {
  const parts = area
    .toUpperCase()
    .split(/\s*(?:,|;|\/|\band\b|&)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out = new Set<string>();
  for (const part of parts) {
    const range = /^([A-Z]{1,2}\d{1,2})\s*(?:[-–—]|\bTO\b)\s*([A-Z]{1,2}\d{1,2})$/.exec(part);
    if (range) {
      const a = TOKEN.exec(range[1]!);
      const b = TOKEN.exec(range[2]!);
      if (!a || !b || a[1] !== b[1] || Number(a[2]) > Number(b[2]) || Number(b[2]) - Number(a[2]) > 99) return null;
      for (let n = Number(a[2]); n <= Number(b[2]); n++) out.add(`${a[1]}${n}`);
      continue;
    }
    if (!TOKEN.test(part)) return null;
    out.add(part);
  }
  return out;
}

/** The postcode districts among the person's home areas ("YO22", "hu3"), upper-cased. */
export function districtsAmong(homeAreas: readonly string[]): string[] {
  const out: string[] = [];
  for (const h of homeAreas) {
    const p = parsePostcode(h);
    if (p && !p.full && !p.sector && TOKEN.test(p.outward)) out.push(p.outward);
  }
  return out;
}

/** true / false for a postcode-district area when the person's district is known; null otherwise. */
export function postcodeAreaCovers(area: string, homeDistricts: readonly string[]): boolean | null {
  // Most people's home areas hold no postcode district: then the area is not parsed at all (this
  // runs for every area of every candidate service).
  if (homeDistricts.length === 0) return null;
  const list = postcodeDistrictList(area);
  if (!list) return null;
  return homeDistricts.some((d) => list.has(d));
}
