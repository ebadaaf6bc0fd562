import type { DirectoryService } from '../directory/model';
import { haversineKm } from '../directory/geo';
import { englishRegionOfCounty } from './counties';
import { authorityNames, regionOfCouncilNames, type HomeAuthority } from './authorities';
import { outwardIn, placeKey, townNames } from './place-names';

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
  const aliases = new Map<string, Set<string>>();
  // Town key → the postcode districts its located records are in.
  const districtsOfTown = new Map<string, Set<string>>();
  const link = (key: string, other: string) => {
    const set = aliases.get(key) ?? new Set<string>();
    set.add(other);
    aliases.set(key, set);
  };
  for (const s of services)
    for (const l of s.locations) {
      const names = townNames(l.town);
      // "Derry/Londonderry" in one field: the two names are one town, whatever the postcode.
      for (const a of names) for (const b of names) if (a !== b) link(placeKey(a), b);
      const outward = l.postcode ? outwardIn(l.postcode) : null;
      if (!outward || l.lat === undefined || l.lon === undefined) continue;
      const towns = byDistrict.get(outward) ?? new Map<string, Seen>();
      for (const town of names) if (!towns.has(placeKey(town))) towns.set(placeKey(town), { name: town, lat: l.lat, lon: l.lon });
      byDistrict.set(outward, towns);
    }
  for (const [outward, towns] of byDistrict) {
    const list = [...towns];
    // A postcode district typed alone ("PO4") is in the towns the directory's records there name: a
    // service limited to "Portsmouth" is for the person in PO4 (round 6b; before, a postcode answer
    // met no service area at all but a nation).
    for (const [k, t] of list) {
      link(placeKey(outward), t.name);
      const seen = districtsOfTown.get(k) ?? new Set<string>();
      seen.add(outward);
      districtsOfTown.set(k, seen);
    }
    for (const [ka, a] of list) for (const [kb, b] of list) if (ka !== kb && haversineKm(a.lat, a.lon, b.lat, b.lon) <= SAME_TOWN_KM) link(ka, b.name);
  }
  // And the reverse: a town is in the district its records give, so "Robin Hood's Bay" is in YO22
  // for an area written as postcode districts (postcode-areas.ts, round 7). Only a town whose
  // records are all in one district: "Leeds" (LS1 … LS29) is not in each of them, and a person who
  // typed it would otherwise be taken for a resident of "LS1–LS9" though they live in Garforth
  // (LS25) — an exact 'yes' (review r29). Such a person's district stays unknown (other rules).
  for (const [k, districts] of districtsOfTown) if (districts.size === 1) link(k, [...districts][0]!);
  return new Map([...aliases].map(([k, v]) => [k, [...v]]));
}

/**
 * The place used, what was typed, its county (region), the region of England that county is in
 * (a service for "the East Midlands" is for a Matlock person), and every other name the directory
 * gives that town.
 */
export function homeAreasFor(aliases: TownAliases, placeLabel: string, typed: string | null, region?: string, authority?: HomeAuthority): string[] {
  const names = [placeLabel.replace(/\s*\(.*\)$/, ''), ...(typed ?? '').split(/[,;/()]+/)];
  if (region) names.push(region);
  // The council's own name ("Kirklees", "North Lincolnshire", "Craven"), and its region when the
  // council says more than the address's county: Barton's addresses say "Lincolnshire" (East
  // Midlands), but North Lincolnshire is in Yorkshire and the Humber (authorities.ts).
  const council = authorityNames(authority);
  names.push(...council);
  const english = regionOfCouncilNames(council) ?? (region ? englishRegionOfCounty(region) : null);
  if (english) names.push(english);
  for (const n of [...names]) names.push(...(aliases.get(placeKey(n)) ?? []));
  return [...new Set(names.map((x) => x.trim()).filter((x) => placeKey(x).length > 1))];
}
