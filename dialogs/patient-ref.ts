import type { PatientRef } from './engine/types';

/**
 * NHS number check digit (Modulus 11): weights 10..2 over the first nine digits; 11 − (sum mod 11),
 * where 11 means 0 and 10 means the number is invalid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

export function maskNhsNumber(digits: string): string {
  return `*** *** ${digits.slice(6)}`;
}

/** Local pseudonymous references: short, no spaces, so they cannot carry a name or an address. */
const LOCAL_REF = /^[A-Za-z][A-Za-z0-9-]{2,23}$/;

export type PatientRefResult = { ok: true; patient: PatientRef } | { ok: false; message: string };

export function parsePatientRef(raw: string): PatientRefResult {
  const text = raw.trim();
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length !== 10) return { ok: false, message: `An NHS number has 10 digits; that has ${digits.length}. Please check it.` };
    if (!isValidNhsNumber(digits))
      return { ok: false, message: "That is not a valid NHS number (its check digit doesn't match). Please check the number with the referral." };
    return { ok: true, patient: { kind: 'nhs_number', value: digits, masked: maskNhsNumber(digits) } };
  }
  if (LOCAL_REF.test(text)) {
    const masked = `${text.slice(0, 2)}${'*'.repeat(Math.max(1, text.length - 4))}${text.slice(-2)}`;
    return { ok: true, patient: { kind: 'local', value: text, masked } };
  }
  return {
    ok: false,
    message:
      'Please give a 10-digit NHS number or a local reference (3–24 letters, digits or hyphens, starting with a letter, e.g. SP-2041). Do not use names.',
  };
}
