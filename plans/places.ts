/**
 * A SMALL, hand-kept table of approximate centres (WGS84) for the postcode districts and towns
 * the shipped sample directory covers (Leeds, Bradford/Shipley/Keighley, Sheffield, Hackney) plus
 * a few West/North Yorkshire neighbours, so "LS6" or "Headingley" can be turned into a point for
 * distance matching. It is not a gazetteer: an area not listed gives no location, and matching
 * then simply ignores distance (and says so). A production deployment would load the ONS
 * Postcode Directory instead. Coordinates are district/town centroids to ~1 km.
 */
export interface Point {
  lat: number;
  lon: number;
}

const DISTRICTS: Readonly<Record<string, Point>> = {
  LS1: { lat: 53.797, lon: -1.548 },
  LS2: { lat: 53.803, lon: -1.545 },
  LS3: { lat: 53.802, lon: -1.566 },
  LS4: { lat: 53.812, lon: -1.588 },
  LS5: { lat: 53.82, lon: -1.6 },
  LS6: { lat: 53.819, lon: -1.578 },
  LS7: { lat: 53.823, lon: -1.533 },
  LS8: { lat: 53.825, lon: -1.51 },
  LS9: { lat: 53.797, lon: -1.51 },
  LS10: { lat: 53.77, lon: -1.535 },
  LS11: { lat: 53.78, lon: -1.555 },
  LS12: { lat: 53.795, lon: -1.59 },
  LS13: { lat: 53.807, lon: -1.63 },
  LS14: { lat: 53.826, lon: -1.46 },
  LS15: { lat: 53.8, lon: -1.45 },
  LS16: { lat: 53.85, lon: -1.59 },
  LS17: { lat: 53.86, lon: -1.53 },
  LS21: { lat: 53.905, lon: -1.692 },
  LS28: { lat: 53.795, lon: -1.665 },
  BD1: { lat: 53.795, lon: -1.752 },
  BD3: { lat: 53.8, lon: -1.73 },
  BD5: { lat: 53.785, lon: -1.755 },
  BD7: { lat: 53.783, lon: -1.78 },
  BD8: { lat: 53.803, lon: -1.775 },
  BD18: { lat: 53.833, lon: -1.777 },
  BD21: { lat: 53.867, lon: -1.906 },
  S1: { lat: 53.38, lon: -1.472 },
  S3: { lat: 53.392, lon: -1.468 },
  S5: { lat: 53.418, lon: -1.455 },
  S6: { lat: 53.4, lon: -1.505 },
  E5: { lat: 51.558, lon: -0.055 },
  E8: { lat: 51.545, lon: -0.065 },
  E9: { lat: 51.545, lon: -0.04 },
  N16: { lat: 51.562, lon: -0.077 },
  WF1: { lat: 53.683, lon: -1.497 },
  YO1: { lat: 53.959, lon: -1.082 },
  YO21: { lat: 54.486, lon: -0.615 },
  HG1: { lat: 53.992, lon: -1.541 },
};

const TOWNS: Readonly<Record<string, Point>> = {
  leeds: { lat: 53.7997, lon: -1.5492 },
  headingley: { lat: 53.8196, lon: -1.5787 },
  chapeltown: { lat: 53.823, lon: -1.533 },
  harehills: { lat: 53.813, lon: -1.515 },
  armley: { lat: 53.797, lon: -1.59 },
  beeston: { lat: 53.778, lon: -1.56 },
  kirkstall: { lat: 53.816, lon: -1.603 },
  pudsey: { lat: 53.795, lon: -1.665 },
  otley: { lat: 53.905, lon: -1.692 },
  bradford: { lat: 53.796, lon: -1.7594 },
  shipley: { lat: 53.833, lon: -1.777 },
  keighley: { lat: 53.867, lon: -1.906 },
  sheffield: { lat: 53.3811, lon: -1.4701 },
  hackney: { lat: 51.545, lon: -0.0553 },
  'stoke-newington': { lat: 51.562, lon: -0.077 },
  wakefield: { lat: 53.683, lon: -1.4977 },
  harrogate: { lat: 53.992, lon: -1.541 },
  york: { lat: 53.959, lon: -1.0815 },
  whitby: { lat: 54.486, lon: -0.615 },
};

/** "LS6", "ls6 3", "LS6 3HN", "Headingley, Leeds" → a point, or null when the table has no entry. */
export function locateArea(text: string | null): Point | null {
  if (!text) return null;
  const cleaned = text.trim().toUpperCase();
  const district = /\b([A-Z]{1,2}\d[A-Z\d]?)(?:\s*\d[A-Z]{0,2})?\b/.exec(cleaned)?.[1];
  if (district && DISTRICTS[district]) return DISTRICTS[district];
  for (const word of text.toLowerCase().split(/[^a-z-]+/)) if (word && TOWNS[word]) return TOWNS[word];
  return null;
}
