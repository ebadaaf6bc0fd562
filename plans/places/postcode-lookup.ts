import { parsePostcode } from './place-names';

/**
 * The optional online postcode lookup (off unless WMA_POSTCODE_LOOKUP_URL is set): a full
 * postcode becomes its own point instead of its district's centre, and a postcode district the
 * imported directory does not know becomes that district's centre. It speaks the postcodes.io
 * API (ONS Postcode Directory data): GET {base}/postcodes/{postcode} and GET {base}/outcodes/
 * {outcode}, each answering { status: 200, result: { latitude, longitude } } or 404.
 *
 * Answers are cached (a postcode's centre does not change between calls; misses too, so a bad
 * postcode is asked about once). Any failure — timeout, network, an unexpected answer — leaves the
 * place to the offline gazetteer: the lookup can only add a point, never block a plan. Nothing is
 * logged here: a full postcode identifies a household.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

export interface PostcodeLookup {
  /** Points for the postcodes in an area answer, keyed as resolvePlace reads them (full postcode, or outward code). */
  pointsFor(areaText: string | null): Promise<ReadonlyMap<string, LatLon>>;
}

export interface PostcodeLookupOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Oldest entries are dropped beyond this. */
  maxCached?: number;
}

const answerOf = (body: unknown): LatLon | null => {
  const r = (body as { result?: { latitude?: unknown; longitude?: unknown } } | null)?.result;
  if (typeof r?.latitude !== 'number' || typeof r.longitude !== 'number') return null;
  if (!Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) return null;
  return { lat: r.latitude, lon: r.longitude };
};

export function createPostcodeLookup(o: PostcodeLookupOptions): PostcodeLookup {
  const base = o.baseUrl.replace(/\/+$/, '');
  const get = o.fetch ?? fetch;
  const timeoutMs = o.timeoutMs ?? 2000;
  const maxCached = o.maxCached ?? 10_000;
  /** null: the service said there is no such postcode. */
  const cache = new Map<string, LatLon | null>();

  async function ask(path: 'postcodes' | 'outcodes', code: string): Promise<LatLon | null | undefined> {
    const key = `${path}/${code}`;
    if (cache.has(key)) return cache.get(key);
    try {
      const res = await get(`${base}/${path}/${encodeURIComponent(code)}`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
      const found = res.status === 404 ? null : res.ok ? answerOf(await res.json()) : undefined;
      if (found === undefined) return undefined;
      if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
      cache.set(key, found);
      return found;
    } catch {
      // Timeout or network failure: not cached, so a later plan tries again.
      return undefined;
    }
  }

  return {
    async pointsFor(areaText) {
      const points = new Map<string, LatLon>();
      for (const part of (areaText ?? '').split(/[,;/]+/)) {
        const pc = parsePostcode(part);
        if (!pc) continue;
        const exact = pc.full ? await ask('postcodes', pc.full) : undefined;
        if (exact && pc.full) points.set(pc.full, exact);
        else {
          const district = await ask('outcodes', pc.outward);
          if (district) points.set(pc.outward, district);
        }
      }
      return points;
    },
  };
}
