import type { DirectoryIndex } from '../directory/build-index';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { geoNamesGreatBritain } from './geonames';

/**
 * The gazetteer for an indexed directory, built on first use and kept with the index: GeoNames
 * for Great Britain plus the directory's own towns and postcode districts. Services should have
 * been through prepareDirectory first, so only checked coordinates teach places.
 */
const cache = new WeakMap<DirectoryIndex, Gazetteer>();

export function placesForDirectory(index: DirectoryIndex): Gazetteer {
  let g = cache.get(index);
  if (!g) {
    g = buildGazetteer(geoNamesGreatBritain(), index.services);
    cache.set(index, g);
  }
  return g;
}
