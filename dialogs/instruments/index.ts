import { MHLC_A } from './mhlc';
import { ONS4 } from './ons4';
import type { Instrument } from './types';
import { UCLA3 } from './ucla3';

export type { Instrument, InstrumentItem, InstrumentResponse } from './types';

/** The validated instruments a script may include by id. They cannot be reworded or rescored. */
export const INSTRUMENTS: Record<Instrument['id'], Instrument> = {
  ons4: ONS4,
  mhlc_a: MHLC_A,
  ucla3: UCLA3,
};
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as Array<Instrument['id']>;
export type InstrumentId = Instrument['id'];
