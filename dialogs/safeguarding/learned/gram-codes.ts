/**
 * Short character n-grams as small integers, and two open-addressing tables over them (issue 22).
 *
 * The learned layer's 'clauses' model reads every 3-, 4- and 5-character piece of each clause
 * ("xc:" features, features.ts): some 180 per ordinary sentence. As strings each one was a new
 * string to build, hash, add to a Set and look up in a Map of 35,000 keys — most of the layer's
 * time and much of its garbage. Over the letters normalised text is made of, a gram of up to five
 * characters is one number below 41^5 (a Smi), so the same reading needs no string at all.
 *
 * A gram's code is its characters as digits 1..40 of a base-41 numeral (no digit is 0), so grams of
 * different lengths never share a code and `gramCode` is one-to-one: two grams have the same code
 * exactly when they are the same string. A gram with any other character has no code (-1); callers
 * keep such grams as strings, so the distinct features counted are the same either way.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ~.,';
const BASE = ALPHABET.length + 1;
/** The digit of each ASCII character, 0 for a character outside the alphabet. */
const DIGIT = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i + 1;

/** Longest gram with a code: 41^5 − 1 < 2^30, so every code is a small integer. */
export const MAX_CODED_LENGTH = 5;

/** The digit of one UTF-16 code unit, 0 when it has none. */
export const gramDigit = (code: number): number => (code < 128 ? DIGIT[code]! : 0);

/** Appends one character's digit to a code: `extendCode(extendCode(0, 'a'), 'b')` is the code of "ab". */
export const extendCode = (code: number, digit: number): number => code * BASE + digit;

/**
 * The code of a gram of 1..5 characters of the alphabet, or -1. With `start`, of the gram that is
 * `gram` from that index on (no substring is built: the learned layer codes ~35,000 prefixed
 * feature names at start-up, issue 22).
 */
export function gramCode(gram: string, start = 0): number {
  const length = gram.length - start;
  if (length <= 0 || length > MAX_CODED_LENGTH) return -1;
  let code = 0;
  for (let i = start; i < gram.length; i++) {
    const d = gramDigit(gram.charCodeAt(i));
    if (d === 0) return -1;
    code = extendCode(code, d);
  }
  return code;
}

const slotOf = (code: number, mask: number): number => (Math.imul(code, 0x9e3779b1) >>> 0) & mask;

/**
 * Code → non-negative value, for a table built once (the weights of one model). Each slot is a
 * key and its value side by side in one array, so a lookup reads one cache line, not two.
 */
export class CodeMap {
  /** Per slot: code + 1 (0 for an empty slot), then the value. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** Room for `capacity` entries at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  set(code: number, value: number): void {
    if (this.count * 2 >= this.mask + 1) throw new Error('CodeMap is full');
    for (let slot = slotOf(code, this.mask); ; slot = (slot + 1) & this.mask) {
      const key = this.slots[2 * slot]!;
      if (key === 0) {
        this.slots[2 * slot] = code + 1;
        this.slots[2 * slot + 1] = value;
        this.count++;
        return;
      }
      if (key === code + 1) {
        this.slots[2 * slot + 1] = value;
        return;
      }
    }
  }

  /** The value stored for `code`, or -1. */
  get(code: number): number {
    const slots = this.slots;
    for (let slot = slotOf(code, this.mask); ; slot = (slot + 1) & this.mask) {
      const key = slots[2 * slot]!;
      if (key === code + 1) return slots[2 * slot + 1]!;
      if (key === 0) return -1;
    }
  }
}

/** Distinct codes a CodeSet holds before it grows: an ordinary message has a few hundred. */
const CODE_SET_ROOM = 1024;

/**
 * A reusable set of codes for one message: `add` says whether a code is new, and the distinct codes
 * are `codes[0..size)` in the order first added. Grows as needed; `clear` keeps its memory.
 */
export class CodeSet {
  private keys = new Int32Array(2 * CODE_SET_ROOM);
  private mask = 2 * CODE_SET_ROOM - 1;
  codes = new Int32Array(CODE_SET_ROOM);
  size = 0;

  clear(): void {
    if (this.codes.length > CODE_SET_ROOM) {
      // A very long message grew it: back to the usual room rather than clearing the larger arrays every time.
      this.keys = new Int32Array(2 * CODE_SET_ROOM);
      this.mask = 2 * CODE_SET_ROOM - 1;
      this.codes = new Int32Array(CODE_SET_ROOM);
    } else if (this.size > 0) this.keys.fill(0);
    this.size = 0;
  }

  add(code: number): boolean {
    for (let slot = slotOf(code, this.mask); ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot]!;
      if (key === code + 1) return false;
      if (key === 0) {
        if (this.size === this.codes.length) {
          this.grow();
          return this.add(code);
        }
        this.keys[slot] = code + 1;
        this.codes[this.size++] = code;
        return true;
      }
    }
  }

  /** Twice the room, the codes so far re-slotted. */
  private grow(): void {
    const codes = new Int32Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
    this.keys = new Int32Array(codes.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < this.size; i++) {
      const code = codes[i]!;
      let slot = slotOf(code, this.mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = code + 1;
    }
  }
}
