/**
 * Real UK towns/boroughs with approximate centre coordinates (WGS84) and postcode areas, so
 * synthetic directories cluster like real ones: dense in cities, sparse in between.
 * Weights roughly follow population so Leeds has more services than Truro.
 */
export interface Place {
  town: string;
  lat: number;
  lon: number;
  postcodeDistricts: readonly string[];
  weight: number;
}

export const UK_PLACES: readonly Place[] = [
  { town: 'Leeds', lat: 53.7997, lon: -1.5492, postcodeDistricts: ['LS1', 'LS6', 'LS7', 'LS8', 'LS9', 'LS11', 'LS12'], weight: 8 },
  { town: 'Bradford', lat: 53.796, lon: -1.7594, postcodeDistricts: ['BD1', 'BD3', 'BD5', 'BD7', 'BD8'], weight: 5 },
  { town: 'Sheffield', lat: 53.3811, lon: -1.4701, postcodeDistricts: ['S1', 'S2', 'S3', 'S6', 'S8', 'S11'], weight: 6 },
  { town: 'Manchester', lat: 53.4808, lon: -2.2426, postcodeDistricts: ['M1', 'M4', 'M13', 'M14', 'M16', 'M40'], weight: 8 },
  { town: 'Liverpool', lat: 53.4084, lon: -2.9916, postcodeDistricts: ['L1', 'L4', 'L6', 'L8', 'L15'], weight: 6 },
  { town: 'Birmingham', lat: 52.4862, lon: -1.8904, postcodeDistricts: ['B5', 'B10', 'B11', 'B12', 'B21', 'B29'], weight: 10 },
  { town: 'Newcastle upon Tyne', lat: 54.9783, lon: -1.6178, postcodeDistricts: ['NE1', 'NE4', 'NE6'], weight: 4 },
  { town: 'Hackney', lat: 51.545, lon: -0.0553, postcodeDistricts: ['E5', 'E8', 'E9', 'N16'], weight: 4 },
  { town: 'Islington', lat: 51.5362, lon: -0.1033, postcodeDistricts: ['N1', 'N7', 'N19'], weight: 3 },
  { town: 'Tower Hamlets', lat: 51.5203, lon: -0.0293, postcodeDistricts: ['E1', 'E3', 'E14'], weight: 4 },
  { town: 'Lewisham', lat: 51.4452, lon: -0.0209, postcodeDistricts: ['SE4', 'SE6', 'SE13'], weight: 3 },
  { town: 'Croydon', lat: 51.3762, lon: -0.0982, postcodeDistricts: ['CR0', 'CR7'], weight: 4 },
  { town: 'Bristol', lat: 51.4545, lon: -2.5879, postcodeDistricts: ['BS1', 'BS2', 'BS3', 'BS5', 'BS16'], weight: 5 },
  { town: 'Nottingham', lat: 52.9548, lon: -1.1581, postcodeDistricts: ['NG1', 'NG3', 'NG7'], weight: 4 },
  { town: 'Leicester', lat: 52.6369, lon: -1.1398, postcodeDistricts: ['LE1', 'LE2', 'LE4', 'LE5'], weight: 4 },
  { town: 'Hull', lat: 53.7676, lon: -0.3274, postcodeDistricts: ['HU1', 'HU3', 'HU5', 'HU9'], weight: 3 },
  { town: 'York', lat: 53.959, lon: -1.0815, postcodeDistricts: ['YO1', 'YO10', 'YO24', 'YO31'], weight: 2 },
  { town: 'Wakefield', lat: 53.683, lon: -1.4977, postcodeDistricts: ['WF1', 'WF2'], weight: 2 },
  { town: 'Huddersfield', lat: 53.6458, lon: -1.785, postcodeDistricts: ['HD1', 'HD2', 'HD5'], weight: 2 },
  { town: 'Halifax', lat: 53.7248, lon: -1.8658, postcodeDistricts: ['HX1', 'HX3'], weight: 2 },
  { town: 'Doncaster', lat: 53.5228, lon: -1.1285, postcodeDistricts: ['DN1', 'DN2', 'DN4'], weight: 2 },
  { town: 'Barnsley', lat: 53.5526, lon: -1.4797, postcodeDistricts: ['S70', 'S71'], weight: 2 },
  { town: 'Rotherham', lat: 53.4326, lon: -1.3635, postcodeDistricts: ['S60', 'S65'], weight: 2 },
  { town: 'Norwich', lat: 52.6309, lon: 1.2974, postcodeDistricts: ['NR1', 'NR2', 'NR3'], weight: 2 },
  { town: 'Cambridge', lat: 52.2053, lon: 0.1218, postcodeDistricts: ['CB1', 'CB4'], weight: 2 },
  { town: 'Oxford', lat: 51.752, lon: -1.2577, postcodeDistricts: ['OX1', 'OX4'], weight: 2 },
  { town: 'Plymouth', lat: 50.3755, lon: -4.1427, postcodeDistricts: ['PL1', 'PL4', 'PL5'], weight: 2 },
  { town: 'Exeter', lat: 50.7184, lon: -3.5339, postcodeDistricts: ['EX1', 'EX4'], weight: 2 },
  { town: 'Truro', lat: 50.2632, lon: -5.051, postcodeDistricts: ['TR1'], weight: 1 },
  { town: 'Cardiff', lat: 51.4816, lon: -3.1791, postcodeDistricts: ['CF10', 'CF11', 'CF24'], weight: 3 },
  { town: 'Swansea', lat: 51.6214, lon: -3.9436, postcodeDistricts: ['SA1', 'SA5'], weight: 2 },
  { town: 'Glasgow', lat: 55.8642, lon: -4.2518, postcodeDistricts: ['G1', 'G3', 'G31', 'G42'], weight: 6 },
  { town: 'Edinburgh', lat: 55.9533, lon: -3.1883, postcodeDistricts: ['EH1', 'EH6', 'EH11'], weight: 4 },
  { town: 'Aberdeen', lat: 57.1497, lon: -2.0943, postcodeDistricts: ['AB10', 'AB24'], weight: 2 },
  { town: 'Belfast', lat: 54.5973, lon: -5.9301, postcodeDistricts: ['BT1', 'BT7', 'BT12'], weight: 3 },
  { town: 'Southampton', lat: 50.9097, lon: -1.4044, postcodeDistricts: ['SO14', 'SO15'], weight: 2 },
  { town: 'Portsmouth', lat: 50.8198, lon: -1.088, postcodeDistricts: ['PO1', 'PO4'], weight: 2 },
  { town: 'Brighton', lat: 50.8225, lon: -0.1372, postcodeDistricts: ['BN1', 'BN2'], weight: 2 },
  { town: 'Reading', lat: 51.4543, lon: -0.9781, postcodeDistricts: ['RG1', 'RG30'], weight: 2 },
  { town: 'Coventry', lat: 52.4068, lon: -1.5197, postcodeDistricts: ['CV1', 'CV2', 'CV6'], weight: 3 },
  { town: 'Stoke-on-Trent', lat: 53.0027, lon: -2.1794, postcodeDistricts: ['ST1', 'ST4', 'ST6'], weight: 2 },
  { town: 'Derby', lat: 52.9225, lon: -1.4746, postcodeDistricts: ['DE1', 'DE22', 'DE23'], weight: 2 },
  { town: 'Preston', lat: 53.7632, lon: -2.7031, postcodeDistricts: ['PR1', 'PR2'], weight: 2 },
  { town: 'Blackburn', lat: 53.7486, lon: -2.4875, postcodeDistricts: ['BB1', 'BB2'], weight: 2 },
  { town: 'Bolton', lat: 53.5769, lon: -2.4282, postcodeDistricts: ['BL1', 'BL3'], weight: 2 },
  { town: 'Sunderland', lat: 54.9069, lon: -1.3838, postcodeDistricts: ['SR1', 'SR4'], weight: 2 },
  { town: 'Middlesbrough', lat: 54.5742, lon: -1.235, postcodeDistricts: ['TS1', 'TS3'], weight: 2 },
  { town: 'Carlisle', lat: 54.8925, lon: -2.9329, postcodeDistricts: ['CA1', 'CA2'], weight: 1 },
  { town: 'Lincoln', lat: 53.2307, lon: -0.5406, postcodeDistricts: ['LN1', 'LN2'], weight: 1 },
  { town: 'Ipswich', lat: 52.0567, lon: 1.1482, postcodeDistricts: ['IP1', 'IP4'], weight: 2 },
  { town: 'Northampton', lat: 52.2405, lon: -0.9027, postcodeDistricts: ['NN1', 'NN3'], weight: 2 },
  { town: 'Milton Keynes', lat: 52.0406, lon: -0.7594, postcodeDistricts: ['MK9', 'MK6'], weight: 2 },
  { town: 'Luton', lat: 51.8787, lon: -0.42, postcodeDistricts: ['LU1', 'LU2'], weight: 2 },
  { town: 'Gloucester', lat: 51.8642, lon: -2.2382, postcodeDistricts: ['GL1', 'GL4'], weight: 1 },
  { town: 'Bath', lat: 51.3811, lon: -2.359, postcodeDistricts: ['BA1', 'BA2'], weight: 1 },
  { town: 'Wolverhampton', lat: 52.5862, lon: -2.1288, postcodeDistricts: ['WV1', 'WV10'], weight: 2 },
];
