import { haversineKm } from '../directory/geo';

/**
 * Estuaries crossed only at a few fixed points. Straight-line distance is wrong across one:
 * Barton-upon-Humber is 9.6 km from central Hull as the crow flies, but the only way over without a
 * boat is the Humber Bridge, and by it the trip is 13 km or more (the set 9 author measured every
 * such pair the same way, RESULTS.md §25). So a venue across an estuary is as far as the shortest
 * way round: person → one end of a crossing → its span → the other end → venue (each leg a
 * straight line, so still an under-estimate of the road), or round the estuary's head. A person
 * who says they will not go over the bridge or the water (reach.ts `noCrossing`) gets no venue
 * across it at all.
 *
 * What is configured: each estuary's course (its middle, from the head to the sea, drawn as a
 * line: a straight line between two places that meets it is a trip across the water) and its
 * fixed crossings. Only the Humber so far — the estuaries with bridges or tunnels a few km apart
 * (Severn, Mersey, Forth, Tay, Thames below Dartford) need their own crossings listed before
 * they are added; ferry islands are islands.ts.
 */
export interface Estuary {
  name: string;
  /** [lat, lon] points along the middle of the water, head first. */
  course: ReadonlyArray<readonly [number, number]>;
  /** Fixed crossings: the two ends and the span between them (km). The head is a crossing of span 0. */
  crossings: ReadonlyArray<{ name: string; a: readonly [number, number]; b: readonly [number, number]; km: number }>;
}

export const ESTUARIES: readonly Estuary[] = [
  {
    name: 'Humber',
    course: [
      [53.7, -0.72], // Trent Falls, where the Ouse and the Trent meet
      [53.712, -0.6], // off Brough
      [53.716, -0.45], // under the Humber Bridge
      [53.722, -0.36], // off Hull's waterfront
      [53.728, -0.3], // off Hull's docks
      [53.712, -0.23], // off Paull
      [53.65, -0.11], // off Sunk Island
      [53.61, -0.02], // off Grimsby
      [53.58, 0.1], // Spurn Point
    ],
    crossings: [
      { name: 'the Humber Bridge', a: [53.7225, -0.449], b: [53.709, -0.452], km: 2.2 },
      // Round the head: the Ouse and Trent bridges at Goole and Keadby.
      { name: 'round the estuary by Goole', a: [53.7, -0.87], b: [53.7, -0.87], km: 0 },
    ],
  },
];

/** Each estuary's box, widened: a trip with both ends outside it is not checked (the common case). */
const MARGIN_DEG = 0.6;
const boxes = ESTUARIES.map((e) => ({
  estuary: e,
  minLat: Math.min(...e.course.map((p) => p[0])) - MARGIN_DEG,
  maxLat: Math.max(...e.course.map((p) => p[0])) + MARGIN_DEG,
  minLon: Math.min(...e.course.map((p) => p[1])) - MARGIN_DEG,
  maxLon: Math.max(...e.course.map((p) => p[1])) + MARGIN_DEG,
}));

/** Orientation of c relative to the line a→b (lon as x, lat as y: fine over a few tens of km). */
const side = (a: readonly [number, number], b: readonly [number, number], c: readonly [number, number]) =>
  Math.sign((b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]));

function segmentsCross(p: readonly [number, number], q: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): boolean {
  return side(p, q, a) !== side(p, q, b) && side(a, b, p) !== side(a, b, q);
}

/** The estuary a straight trip from `from` to `to` crosses, if any. */
export function estuaryBetween(from: { lat: number; lon: number }, to: { lat: number; lon: number }): Estuary | null {
  for (const box of boxes) {
    const inBox = (p: { lat: number; lon: number }) => p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
    if (!inBox(from) && !inBox(to)) continue;
    const p = [from.lat, from.lon] as const;
    const q = [to.lat, to.lon] as const;
    const c = box.estuary.course;
    for (let i = 1; i < c.length; i++) if (segmentsCross(p, q, c[i - 1]!, c[i]!)) return box.estuary;
  }
  return null;
}

/**
 * The trip in km: straight when no estuary lies between; else the shortest way over a crossing
 * (either end first: the legs are straight lines, so the shorter pairing is the fair one), or
 * Infinity when the person will not cross.
 */
export function tripKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }, noCrossing = false): number {
  const straight = haversineKm(from.lat, from.lon, to.lat, to.lon);
  const e = estuaryBetween(from, to);
  if (!e) return straight;
  if (noCrossing) return Infinity;
  let best = Infinity;
  for (const x of e.crossings) {
    const ab = haversineKm(from.lat, from.lon, x.a[0], x.a[1]) + x.km + haversineKm(x.b[0], x.b[1], to.lat, to.lon);
    const ba = haversineKm(from.lat, from.lon, x.b[0], x.b[1]) + x.km + haversineKm(x.a[0], x.a[1], to.lat, to.lon);
    best = Math.min(best, ab, ba);
  }
  return Math.max(straight, best);
}

/** For the plan's search note: the estuary within `radiusKm` of home, or null. */
export function estuaryNear(lat: number, lon: number, radiusKm: number): Estuary | null {
  for (const e of ESTUARIES) if (e.course.some(([a, b]) => haversineKm(lat, lon, a, b) <= radiusKm)) return e;
  return null;
}
