import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../plans/directory/csv';
import { DirectoryImportError, importCsvText, importDirectoryText } from '../../plans/directory/import';
import { loadDirectory } from '../../plans/directory/load';
import { SAMPLES } from './helpers';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('rejects an unterminated quote with the line it started on', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow('unterminated quoted field starting on line 2');
  });
});

describe('CSV import (flat Open Referral layout)', () => {
  const r = loadDirectory(`${SAMPLES}services.csv`);

  it('imports every row of the sample', () => {
    expect(r.format).toBe('csv');
    expect(r.rejected).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.services.map((s) => s.id)).toEqual(['csv-001', 'csv-002', 'csv-003', 'csv-004', 'csv-005']);
  });

  it('maps columns to the model: place, access, languages, terms, schedule, cost', () => {
    const knit = r.services[0]!;
    expect(knit.locations).toEqual([{ name: 'Beeston Library', address: 'Town Street', town: 'Leeds', postcode: 'LS11 8PN', lat: 53.777, lon: -1.564 }]);
    expect(knit.accessibility).toEqual({ wheelchair: true, hearingLoop: true, notes: ['Step-free entrance', 'Hearing loop at the counter'] });
    expect(knit.taxonomyTerms).toEqual(['Social groups', 'Arts and crafts']);
    expect(knit.needAreas).toEqual(['loneliness', 'mental_wellbeing']);
    expect(knit.schedules).toEqual([{ day: 'wednesday', frequency: 'weekly', opens: '14:00', closes: '16:00' }]);
    expect(knit.cost).toBe('free');

    const greenGym = r.services[1]!;
    expect(greenGym.cost).toBe('free'); // cost_amount 0
    expect(greenGym.minAge).toBe(16);
    expect(greenGym.schedules.map((s) => s.day)).toEqual(['tuesday', 'saturday']);
    expect(greenGym.supportedFirstVisit).toBe(true);

    const circle = r.services[2]!;
    expect(circle.cost).toBe('low'); // £1.50
    expect(circle.languages).toEqual(['English', 'Urdu', 'Punjabi']);

    const phoneLine = r.services[3]!;
    expect(phoneLine.attendance).toEqual({ inPerson: false, online: false, phone: true });
    expect(phoneLine.locations).toEqual([]);
    expect(phoneLine.contact.phone).toBe('0808 157 0204');
    expect(r.services[4]!.status).toBe('defunct');
  });

  it('rejects malformed rows naming the CSV column, and keeps the good ones', () => {
    const bad = loadDirectory(`${SAMPLES}malformed-services.csv`);
    expect(bad.services.map((s) => s.id)).toEqual(['m-001', 'm-006']);
    expect(bad.rejected).toEqual([
      { index: 1, id: 'm-002', path: 'column name', message: 'is required' },
      { index: 2, id: 'm-003', path: 'column latitude', message: 'expected a number, got "north"' },
      { index: 3, id: 'm-004', path: 'line 5', message: 'expected 8 fields, got 9' },
      { index: 4, id: 'm-005', path: 'column status', message: expect.stringContaining('expected one of') },
    ]);
    // Latitude 95 parses as a number but is off the globe: the service stays, without coordinates.
    expect(bad.warnings).toEqual([{ index: 5, id: 'm-006', path: 'column latitude', message: 'latitude 95 is outside -90..90; location coordinates ignored' }]);
    expect(bad.services[1]!.locations).toEqual([{ town: 'Leeds', postcode: 'LS1 4AP' }]);
  });

  it('refuses a file without the required columns, or with a broken quote, as a whole', () => {
    expect(() => importCsvText('id,title\n1,x\n')).toThrow('missing required column "name"');
    expect(() => importDirectoryText('id,name,status\n1,"x,active\n')).toThrow(DirectoryImportError);
    expect(() => importCsvText('')).toThrow('empty');
  });
});
