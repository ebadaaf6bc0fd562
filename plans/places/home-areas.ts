import type { DirectoryService } from '../directory/model';
import { haversineKm } from '../directory/geo';
import { outwardIn, placeKey } from './place-names';

/**
 * The words a service area may use for where the person lives. One town often has two names —
 * Abertawe and Swansea, Casnewydd and Newport, Derry and Londonderry — and a service limited to
 * "Swansea" is for the person who typed "Abertawe". The directory teaches which names are one
 * place: two town names its records give in the same postcode district, whose records lie within
 * SAME_TOWN_KM of each other. (Nearness alone is not enough: Gateshead is 1.5 km from Newcastle's
 * centre, yet a Newcastle council service is not for Gateshead; they never share a district.)
 */
export const SAME_TOWN_KM = 3;

/** Town key → the other names of that town, learnt from one directory. */
export type TownAliases = ReadonlyMap<string, readonly string[]>;

interface Seen {
  name: string;
  lat: number;
  lon: number;
}

export function learnTownAliases(services: readonly DirectoryService[]): TownAliases {
  // District → town key → the first located record naming it there.
  const byDistrict = new Map<string, Map<string, Seen>>();
  for (const s of services)
    for (const l of s.locations) {
      const town = l.town?.split(',')[0]?.trim();
      const outward = l.postcode ? outwardIn(l.postcode) : null;
      if (!town || !outward || l.lat === undefined || l.lon === undefined) continue;
      const towns = byDistrict.get(outward) ?? new Map<string, Seen>();
      const key = placeKey(town);
      if (key && !towns.has(key)) towns.set(key, { name: town, lat: l.lat, lon: l.lon });
      byDistrict.set(outward, towns);
    }
  const aliases = new Map<string, Set<string>>();
  for (const towns of byDistrict.values()) {
    const list = [...towns];
    for (const [ka, a] of list)
      for (const [kb, b] of list) {
        if (ka === kb || haversineKm(a.lat, a.lon, b.lat, b.lon) > SAME_TOWN_KM) continue;
        const set = aliases.get(ka) ?? new Set<string>();
        set.add(b.name);
        aliases.set(ka, set);
      }
  }
  return new Map([...aliases].map(([k, v]) => [k, [...v]]));
}

/** The place used, what was typed, its region, and every other name the directory gives that town. */
export function homeAreasFor(aliases: TownAliases, placeLabel: string, typed: string | null, region?: string): string[] {
  const names = [placeLabel.replace(/\s*\(.*\)$/, ''), ...(typed ?? '').split(/[,;/()]+/)];
  if (region) names.push(region);
  for (const n of [...names]) names.push(...(aliases.get(placeKey(n)) ?? []));
  return [...new Set(names.map((x) => x.trim()).filter((x) => placeKey(x).length > 1))];
}
