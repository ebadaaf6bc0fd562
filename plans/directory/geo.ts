/** Great-circle distance and a fixed lat/lon grid for "services near here" without a scan. */

const EARTH_RADIUS_KM = 6371.0088;
/** Also a lower bound on distance per degree of latitude apart: haversine ≥ R·|Δlat|. */
export const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;
const toRad = (d: number) => (d * Math.PI) / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Cells of 0.1° latitude × 0.1° longitude (≈ 11 km × 7 km in England). A radius query visits the
 * cells overlapping the radius' bounding box, so every point within the radius is guaranteed to
 * be returned (plus some outside it, which the caller filters by exact distance).
 */
export const GRID_CELL_DEGREES = 0.1;

const cellKey = (row: number, col: number) => row * 4000 + col; // col ∈ [0, 3600)
const rowOf = (lat: number) => Math.floor((lat + 90) / GRID_CELL_DEGREES);
const colOf = (lon: number) => Math.floor(((((lon + 180) % 360) + 360) % 360) / GRID_CELL_DEGREES);

export class SpatialGrid {
  private readonly cells = new Map<number, number[]>();

  add(lat: number, lon: number, item: number): void {
    const key = cellKey(rowOf(lat), colOf(lon));
    const bucket = this.cells.get(key);
    if (bucket) bucket.push(item);
    else this.cells.set(key, [item]);
  }

  /** The buckets to visit for a radius, or undefined when the box is too large to be worth it. */
  bucketsWithin(lat: number, lon: number, radiusKm: number, maxCells = 2500): number[][] | undefined {
    return this.keysWithin(lat, lon, radiusKm, maxCells)?.map((key) => this.cells.get(key)!);
  }

  /** Each non-empty cell once, to build per-cell data (the matcher's packed records). */
  entries(): IterableIterator<[number, number[]]> {
    return this.cells.entries();
  }

  /** Keys of the non-empty cells overlapping the radius' box, or undefined when it is too large. */
  keysWithin(lat: number, lon: number, radiusKm: number, maxCells = 2500): number[] | undefined {
    const dLat = (radiusKm / KM_PER_DEGREE_LAT) * 1.01;
    const maxAbsLat = Math.min(89.9, Math.abs(lat) + dLat);
    const dLon = Math.min(180, (radiusKm / (KM_PER_DEGREE_LAT * Math.cos(toRad(maxAbsLat)))) * 1.01);
    const r0 = rowOf(Math.max(-90, lat - dLat));
    const r1 = rowOf(Math.min(89.999, lat + dLat));
    const cols = Math.min(Math.ceil((2 * dLon) / GRID_CELL_DEGREES) + 2, 3600);
    if ((r1 - r0 + 1) * cols > maxCells) return undefined;
    const c0 = colOf(lon - dLon);
    const out: number[] = [];
    for (let r = r0; r <= r1; r++) {
      for (let i = 0; i < cols; i++) {
        const key = cellKey(r, (c0 + i) % 3600);
        if (this.cells.has(key)) out.push(key);
      }
    }
    return out;
  }
}

/**
 * A distance no point of the lat/lon box can be closer than (km): the haversine formula with the
 * latitude and longitude gaps to the box and the box's most poleward cosine, each of which can
 * only make the true distance larger. For the matcher's block bounds (record-blocks.ts).
 */
export function minKmToBox(lat: number, lon: number, minLat: number, maxLat: number, minLon: number, maxLon: number): number {
  const dLat = Math.max(0, minLat - lat, lat - maxLat);
  // The box spans `span` degrees east of minLon; how far east of minLon the point is, mod 360.
  const span = maxLon - minLon;
  const east = (((lon - minLon) % 360) + 360) % 360;
  const dLon = span >= 360 || east <= span ? 0 : Math.min(east - span, 360 - east);
  const cosMax = Math.cos(toRad(Math.max(Math.abs(lat), Math.abs(minLat), Math.abs(maxLat))));
  const a = Math.sin(toRad(dLat) / 2) ** 2 + cosMax * cosMax * Math.sin(toRad(dLon) / 2) ** 2;
  // Less a hair, so rounding can never put the bound above a record's own haversineKm.
  return Math.max(0, 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a))) - 1e-9);
}
