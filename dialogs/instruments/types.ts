/** A validated instrument: wording, response options and citation are fixed by its authors. */
export interface InstrumentItem {
  /** Stable key; the engine's question id is `${instrument.id}.${key}`. */
  key: string;
  text: string;
}

export interface InstrumentResponse {
  kind: 'scale' | 'choice';
  /** For 'scale': inclusive integer range with anchor labels. */
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  /** For 'choice': ordered options with their scoring value. */
  options?: Array<{ value: number | string; label: string }>;
}

export interface InstrumentItemGroup {
  response: InstrumentResponse;
  items: InstrumentItem[];
  /** Per-item anchors that differ from the group's (ONS4 anxiety). */
  anchors?: Record<string, { minLabel: string; maxLabel: string }>;
}

export interface Instrument {
  id: 'ons4' | 'mhlc_a' | 'ucla3';
  name: string;
  /** Shown in the product wherever the instrument is asked, summarised or exported. */
  citation: string;
  intro?: string;
  groups: InstrumentItemGroup[];
  /** Validated wording must be asked of the person themself, never a proxy. */
  notes?: string;
}
