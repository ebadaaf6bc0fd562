/** Town centres and postcode districts for the tuning directories (approximate, ±1 km; from memory). */
export interface Town {
  lat: number;
  lon: number;
  pc: string;
  county: string;
  region: string;
}
const t = (lat: number, lon: number, pc: string, county: string, region = county): Town => ({ lat, lon, pc, county, region });

export const TOWNS: Record<string, Town> = {
  Truro: t(50.263, -5.051, 'TR1', 'Cornwall'),
  Falmouth: t(50.154, -5.071, 'TR11', 'Cornwall'),
  Penzance: t(50.118, -5.537, 'TR18', 'Cornwall'),
  'St Ives': t(50.211, -5.48, 'TR26', 'Cornwall'),
  Camborne: t(50.213, -5.3, 'TR14', 'Cornwall'),
  Redruth: t(50.233, -5.226, 'TR15', 'Cornwall'),
  Newquay: t(50.415, -5.075, 'TR7', 'Cornwall'),
  Bodmin: t(50.47, -4.718, 'PL31', 'Cornwall'),
  'St Austell': t(50.34, -4.79, 'PL25', 'Cornwall'),
  Liskeard: t(50.455, -4.465, 'PL14', 'Cornwall'),
  Launceston: t(50.637, -4.36, 'PL15', 'Cornwall'),
  Bude: t(50.829, -4.543, 'EX23', 'Cornwall'),
  Helston: t(50.101, -5.274, 'TR13', 'Cornwall'),
  Wadebridge: t(50.517, -4.835, 'PL27', 'Cornwall'),
  Hayle: t(50.186, -5.42, 'TR27', 'Cornwall'),
  Mousehole: t(50.083, -5.538, 'TR19', 'Cornwall'),
  Boscastle: t(50.685, -4.693, 'PL35', 'Cornwall'),
  Plymouth: t(50.3755, -4.1427, 'PL1', 'Devon'),
  Manchester: t(53.4808, -2.2426, 'M1', 'Greater Manchester'),
  'Moss Side': t(53.459, -2.247, 'M14', 'Greater Manchester'),
  Levenshulme: t(53.444, -2.191, 'M19', 'Greater Manchester'),
  Wythenshawe: t(53.392, -2.264, 'M22', 'Greater Manchester'),
  Salford: t(53.4875, -2.2901, 'M6', 'Greater Manchester'),
  Oldham: t(53.5409, -2.1114, 'OL1', 'Greater Manchester'),
  Rochdale: t(53.6097, -2.1561, 'OL16', 'Greater Manchester'),
  Bolton: t(53.5769, -2.4282, 'BL1', 'Greater Manchester'),
  Wigan: t(53.5451, -2.6325, 'WN1', 'Greater Manchester'),
  Stockport: t(53.4106, -2.1575, 'SK1', 'Greater Manchester'),
  Bury: t(53.5933, -2.2966, 'BL9', 'Greater Manchester'),
  Ramsbottom: t(53.6479, -2.3168, 'BL0', 'Greater Manchester'),
  Preston: t(53.7632, -2.7031, 'PR1', 'Lancashire'),
  Blackburn: t(53.7486, -2.4875, 'BB1', 'Lancashire'),
  Burnley: t(53.7893, -2.2405, 'BB11', 'Lancashire'),
  Lancaster: t(54.0466, -2.8007, 'LA1', 'Lancashire'),
  Clitheroe: t(53.8711, -2.3916, 'BB7', 'Lancashire'),
  Chorley: t(53.653, -2.6327, 'PR7', 'Lancashire'),
  Garstang: t(53.9009, -2.7745, 'PR3', 'Lancashire'),
  Slaidburn: t(53.9667, -2.4333, 'BB7', 'Lancashire'),
};
