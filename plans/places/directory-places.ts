import type { DirectoryIndex } from '../directory/build-index';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { geoNamesGreatBritain } from './geonames';
import { smallPlacesGreatBritain } from './geonames-small-places';
import { learnTownAliases, type TownAliases } from './home-areas';

/**
 * The gazetteer for an indexed directory, built on first use and kept with the index: GeoNames
 * for Great Britain plus the directory's own towns and postcode districts, then GeoNames' smaller
 * places (geonames-small-places.ts) where neither has them. Services should have
 * been through prepareDirectory first, so only checked coordinates teach places.
 */
const cache = new WeakMap<DirectoryIndex, Gazetteer>();
/** The directory's two-name towns (home-areas.ts), kept with the gazetteer built from the same services. */
const aliasCache = new WeakMap<Gazetteer, TownAliases>();

/**
 * prepareDirectory builds this very gazetteer (same GeoNames, same checked locations) while it
 * indexes an imported directory: keep it rather than build it a second time on the first turn.
 */
export function rememberPlaces(index: DirectoryIndex, gazetteer: Gazetteer): void {
  cache.set(index, gazetteer);
  aliasCache.set(gazetteer, learnTownAliases(index.services));
}

export function placesForDirectory(index: DirectoryIndex): Gazetteer {
  let g = cache.get(index);
  if (!g) {
    g = buildGazetteer(geoNamesGreatBritain(), index.services, smallPlacesGreatBritain());
    cache.set(index, g);
    aliasCache.set(g, learnTownAliases(index.services));
  }
  return g;
}

/** Other names of the directory's towns; empty for a gazetteer built without a directory. */
export function townAliasesOf(gazetteer: Gazetteer): TownAliases {
  return aliasCache.get(gazetteer) ?? new Map();
}
