import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../../plans/directory/model';
import { authorityAreaCovers, authorityAt } from '../../plans/places/authorities';
import { homeAreasFor, learnTownAliases } from '../../plans/places/home-areas';
import { districtsAmong, postcodeAreaCovers } from '../../plans/places/postcode-areas';
import { service } from './fixtures';

/**
 * Review r29 of s15g's council tables (plans/places/authorities.ts). Real places and points;
 * invented service areas.
 */
const at = (lat: number, lon: number) => authorityAt(lat, lon);

describe('a district code GeoNames gives a place in another council is not its district', () => {
  it.each([
    // Rochdale (metropolitan) is filed with Lancashire's Rossendale code; Rawtenstall is in Rossendale.
    ['Rossendale Borough Council', at(53.616, -2.155), false],
    ['Rossendale Borough Council', at(53.7, -2.288), true],
    // Halesowen (Dudley) carries Worcestershire's Bromsgrove code.
    ['Bromsgrove District Council', at(52.449, -2.05), false],
    ['Bromsgrove District Council', at(52.336, -2.06), true],
    // Dorridge (Solihull) carries Warwickshire's Warwick code; Kenilworth is in Warwick District.
    ['Warwick District Council', at(52.372, -1.754), false],
    ['Warwick District Council', at(52.348, -1.581), true],
    // Aldridge (Walsall) carries Staffordshire's Lichfield code.
    ['Lichfield District Council', at(52.606, -1.918), false],
    ['Lichfield District Council', at(52.683, -1.826), true],
    // Sandwell is still its own council, though most of its places carry stray codes.
    ['Sandwell', at(52.519, -1.995), true],
  ] as const)('%s covers %o: %s', (area, home, covers) => {
    expect(home).toBeDefined();
    expect(authorityAreaCovers(area, home)).toBe(covers);
  });

  it('the person in Rochdale has no district; the one in Rawtenstall has Rossendale’s', () => {
    expect(at(53.616, -2.155)?.district).toBeUndefined();
    expect(at(53.7, -2.288)?.district).toBe('30UM');
  });
});

describe('ICBs in Cumbria since 1 April 2024', () => {
  const penrith = at(54.664, -2.752);
  const carlisle = at(54.891, -2.933);
  const kendal = at(54.327, -2.746);
  it('Eden (Penrith) is Lancashire and South Cumbria’s, with the rest of Westmorland and Furness', () => {
    expect(authorityAreaCovers('NHS Lancashire and South Cumbria ICB', penrith)).toBe(true);
    expect(authorityAreaCovers('NHS North East and North Cumbria ICB', penrith)).toBe(false);
    expect(authorityAreaCovers('NHS Lancashire and South Cumbria ICB', kendal)).toBe(true);
  });
  it('Cumberland (Carlisle) is North East and North Cumbria’s', () => {
    expect(authorityAreaCovers('NHS North East and North Cumbria ICB', carlisle)).toBe(true);
    expect(authorityAreaCovers('NHS Lancashire and South Cumbria ICB', carlisle)).toBe(false);
  });
});

describe('combined county authorities', () => {
  it('"East Midlands Combined County Authority" is Derby, Derbyshire, Nottingham and Nottinghamshire, not Leicester', () => {
    expect(authorityAreaCovers('East Midlands Combined County Authority', at(52.954, -1.158))).toBe(true);
    expect(authorityAreaCovers('East Midlands Combined County Authority', at(52.636, -1.133))).toBe(false);
  });
});

describe('a town is in a postcode district only when all its records are', () => {
  const at = (id: string, town: string, postcode: string, lat: number, lon: number): DirectoryService => {
    const s = service({ id, name: `${town} group ${id}`, description: 'Tea.', needAreas: ['loneliness'], lat, lon, postcode });
    return { ...s, locations: s.locations.map((l) => ({ ...l, town })) };
  };
  const aliases = learnTownAliases([
    at('a', 'Leeds', 'LS1 4AP', 53.797, -1.548),
    at('b', 'Leeds', 'LS25 1AA', 53.792, -1.381),
    at('c', "Robin Hood's Bay", 'YO22 6WY', 54.434, -0.535),
  ]);
  it('"Leeds" (LS1 and LS25 in the directory) is in neither, so "LS1–LS9" does not decide for a person who typed it', () => {
    const home = homeAreasFor(aliases, 'Garforth', 'Garforth, Leeds');
    expect(districtsAmong(home)).toEqual([]);
    expect(postcodeAreaCovers('LS1–LS9', districtsAmong(home))).toBeNull();
  });
  it('a town with one district is still in it', () => {
    expect(districtsAmong(homeAreasFor(aliases, "Robin Hood's Bay", 'Robin Hoods Bay'))).toEqual(['YO22']);
  });
});
