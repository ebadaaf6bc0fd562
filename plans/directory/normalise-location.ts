import type { DirectoryLocation } from './model';
import type { OrukLocation } from './open-referral-schema';
import { countyName } from '../places/counties';

export interface FieldIssue {
  path: string;
  message: string;
}

const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** "ls1 4ap" → "LS1 4AP"; a non-UK code is kept as given (with a warning) rather than guessed. */
export function normalisePostcode(raw: string, path: string, warnings: FieldIssue[]): string {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const m = compact.match(UK_POSTCODE);
  if (m) return `${m[1]} ${m[2]}`;
  warnings.push({ path, message: `"${raw}" is not a UK postcode; kept as given` });
  return compact;
}

/**
 * Coordinates are only kept when both are present and on the globe: the ORUK example's
 * latitude 100 / longitude 101 would otherwise put a service in no real place yet still win
 * "nearest" comparisons. The location (address, postcode) stays; only the coordinates go, and the
 * importer reports it. (0, 0) is a common "unknown" placeholder and is treated the same way.
 */
function checkedCoordinates(lat: number | undefined, lon: number | undefined, path: string, warnings: FieldIssue[]) {
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined || lon === undefined) {
    warnings.push({ path, message: 'latitude and longitude must be given together; coordinates ignored' });
    return undefined;
  }
  const problems: string[] = [];
  if (lat < -90 || lat > 90) problems.push(`latitude ${lat} is outside -90..90`);
  if (lon < -180 || lon > 180) problems.push(`longitude ${lon} is outside -180..180`);
  if (problems.length === 0 && lat === 0 && lon === 0) problems.push('latitude/longitude 0,0 is a placeholder');
  if (problems.length > 0) {
    warnings.push({ path, message: `${problems.join('; ')}; location coordinates ignored` });
    return undefined;
  }
  return { lat, lon };
}

/** Returns undefined for virtual locations (no place to go) or locations with nothing usable. */
export function normaliseLocation(loc: OrukLocation, path: string, warnings: FieldIssue[]): DirectoryLocation | undefined {
  if (loc.location_type === 'virtual') return undefined;
  const addresses = [...(loc.addresses ?? []), ...(loc.physical_addresses ?? [])];
  const addr = addresses[0];
  const addrKey = loc.addresses?.length ? 'addresses' : 'physical_addresses';
  const out: DirectoryLocation = {};
  if (loc.name?.trim()) out.name = loc.name.trim();
  if (addr?.address_1?.trim()) out.address = addr.address_1.trim();
  if (addr?.city?.trim()) out.town = addr.city.trim();
  const region = (addr?.region ?? addr?.state_province)?.trim();
  // "Notts" and "Nottinghamshire" are one county: written in full, so places and service areas meet.
  if (region) out.region = countyName(region);
  if (addr?.postal_code?.trim()) out.postcode = normalisePostcode(addr.postal_code, `${path}.${addrKey}[0].postal_code`, warnings);
  const coords = checkedCoordinates(loc.latitude, loc.longitude, `${path}.latitude`, warnings);
  if (coords) Object.assign(out, coords);
  return Object.keys(out).length > 0 ? out : undefined;
}
