import { describe, expect, it } from 'vitest';
import { csvField } from '../../reports/csv';

/**
 * Issue 19, finding 7: the report CSV's formula guard let `-1+HYPERLINK(…)`, `+…` and leading
 * tabs through. Spreadsheets (Excel, LibreOffice, Google Sheets) start a formula on =, +, -, @,
 * and also after leading whitespace or with the full-width forms; tab and CR start "DDE" payloads.
 */
const neutralised = (field: string) => {
  // Unquote as a CSV reader would, then the first character must be the apostrophe.
  const v = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
  return v.startsWith("'");
};

describe('CSV formula guard', () => {
  it.each([
    '=1+1',
    '=HYPERLINK("https://evil.example","x")',
    '-1+HYPERLINK("https://evil.example")',
    '+1+cmd|" /C calc"!A0',
    '+SUM(A1:A9)',
    '-2-3',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    '\tplain',
    ' =1+1',
    '\u3000=1+1',
    '\uFF1D1+1',
    '\uFF0B1',
    '\uFF0D1+1',
    '\uFF20SUM(A1)',
    '+1.2.3',
  ])('neutralises %j', (value) => {
    expect(neutralised(csvField(value)), JSON.stringify(csvField(value))).toBe(true);
  });

  it.each(['+1.2', '-1.3', '-0.5', '+12', '12', '37%', '-4%', '<5', '[c]', '–', 'Social isolation', 'a, "b"', '1e3'])('keeps %j as published', (value) => {
    const out = csvField(value);
    expect(neutralised(out)).toBe(false);
    const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
    expect(unquoted).toBe(value);
  });
});
