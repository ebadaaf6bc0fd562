import { haversineKm } from '../directory/geo';
import { tripKm } from './estuaries';

/**
 * Islands reached only by ferry, plane or hovercraft. Straight-line distance is wrong across the
 * water: Ryde is 8 km from Southsea and Lymington 8 km from Freshwater, but each is a ferry away,
 * and a link worker does not send an island resident to a mainland group (or the reverse) because
 * the map says it is near. An in-person venue counts as in reach only on the person's own side.
 *
 * What is configured: the inhabited UK islands (and the Isle of Man) with no bridge or causeway
 * to the mainland and a venue that could plausibly be "near" something across the water, each as
 * a rough outline (lat, lon corners, drawn inside the coast with a margin from the opposite
 * shore). Islands joined by a bridge (Anglesey, Skye, Portsea, Hayling, Sheppey, Walney, Canvey)
 * are mainland for this purpose. The Outer Hebrides are one group (causeways join most of them).
 * An outline that is too rough only matters within a few km of a coast, where a venue across
 * the water would otherwise look near.
 */
export interface Island {
  name: string;
  /** [lat, lon] corners of the outline, in order. */
  outline: ReadonlyArray<readonly [number, number]>;
}

export const FERRY_ISLANDS: readonly Island[] = [
  {
    name: 'Isle of Wight',
    outline: [
      [50.681, -1.553], // Totland
      [50.709, -1.527], // Fort Victoria (Hurst Castle, 2 km across, stays outside)
      [50.707, -1.497], // Yarmouth
      [50.73, -1.42], // Hamstead
      [50.757, -1.322], // Gurnard
      [50.77, -1.3], // Cowes
      [50.764, -1.283], // East Cowes
      [50.742, -1.215], // Wootton Creek
      [50.744, -1.16], // Ryde pier
      [50.722, -1.1], // Seaview
      [50.69, -1.065], // Bembridge
      [50.665, -1.095], // Culver Down
      [50.65, -1.15], // Sandown
      [50.628, -1.17], // Shanklin
      [50.592, -1.205], // Ventnor
      [50.573, -1.297], // St Catherine's Point
      [50.605, -1.37], // Atherfield
      [50.655, -1.48], // Compton
      [50.665, -1.52], // Freshwater Bay
      [50.66, -1.59], // The Needles
    ],
  },
  { name: 'Isles of Scilly', outline: box(49.85, 50.0, -6.5, -6.2) },
  { name: 'Orkney', outline: box(58.7, 59.45, -3.5, -2.3) },
  { name: 'Shetland', outline: box(59.45, 60.95, -1.85, -0.65) },
  {
    name: 'Outer Hebrides',
    outline: [
      [58.55, -6.2],
      [58.27, -6.05],
      [58.0, -6.3],
      [57.85, -6.6],
      [57.6, -7.05],
      [57.3, -7.15],
      [57.0, -7.3],
      [56.75, -7.6],
      [56.75, -7.8],
      [57.3, -7.65],
      [57.7, -7.7],
      [58.25, -7.15],
      [58.55, -6.4],
    ],
  },
  { name: 'Arran', outline: box(55.42, 55.73, -5.42, -5.03) },
  { name: 'Isle of Man', outline: box(54.04, 54.42, -4.83, -4.3) },
];

function box(minLat: number, maxLat: number, minLon: number, maxLon: number): Array<[number, number]> {
  return [
    [minLat, minLon],
    [maxLat, minLon],
    [maxLat, maxLon],
    [minLat, maxLon],
  ];
}

interface Prepared {
  island: Island;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

const prepared: readonly Prepared[] = FERRY_ISLANDS.map((island) => ({
  island,
  minLat: Math.min(...island.outline.map((p) => p[0])),
  maxLat: Math.max(...island.outline.map((p) => p[0])),
  minLon: Math.min(...island.outline.map((p) => p[1])),
  maxLon: Math.max(...island.outline.map((p) => p[1])),
}));

/** Ray casting: is the point inside the outline? */
function inside(lat: number, lon: number, outline: Island['outline']): boolean {
  let hit = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [yi, xi] = outline[i]!;
    const [yj, xj] = outline[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/**
 * The ferry island a point is on, or null for the mainland. The bounding boxes rule out almost
 * every point with four comparisons each, so this is cheap enough to ask per venue per query.
 */
export function islandAt(lat: number, lon: number): string | null {
  for (const p of prepared) {
    if (lat < p.minLat || lat > p.maxLat || lon < p.minLon || lon > p.maxLon) continue;
    if (inside(lat, lon, p.island.outline)) return p.island.name;
  }
  return null;
}

/**
 * Nearest of the venues on the person's side of the water, in km (across an estuary, by its
 * crossings); Infinity when every mapped venue is across the sea from it (so no in-person, home-visit or "local service" distance rule admits it);
 * undefined without coordinates on either side (as nearestKm).
 */
export function nearestSameSideKm(
  locations: ReadonlyArray<{ lat?: number | undefined; lon?: number | undefined }>,
  from: { lat: number; lon: number } | undefined,
  side: string | null,
  noCrossing = false,
): number | undefined {
  if (!from) return undefined;
  let best: number | undefined;
  for (const l of locations) {
    if (l.lat === undefined || l.lon === undefined) continue;
    // Across an estuary: the way round by its crossings (estuaries.ts), or never for a person who will not cross.
    const d = islandAt(l.lat, l.lon) === side ? tripKm(from, { lat: l.lat, lon: l.lon }, noCrossing) : Infinity;
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/**
 * What the plan tells the link worker about the water, for a person searched in person within
 * `radiusKm`: on an island, that only its own venues count; on the mainland (or another island),
 * which ferry islands lie within the radius and are not counted. Null when no water is near.
 */
export function waterNote(lat: number, lon: number, radiusKm: number): string | null {
  const home = islandAt(lat, lon);
  if (home) return `Home is on the ${home}: only venues on the island count as in reach; a ferry crossing is not counted as near.`;
  // The outline's corners stand for its coast: close enough for a note, and never nearer than the shore.
  const near = FERRY_ISLANDS.filter((i) => i.outline.some(([a, b]) => haversineKm(lat, lon, a, b) <= radiusKm)).map((i) => i.name);
  return near.length ? `Venues on the ${near.join(' and the ')}, across the water, are not counted as in reach.` : null;
}
