import type { CostBand } from './model';

/**
 * Cost band from Open Referral fee data. cost_options amounts are the most reliable signal, so
 * they win over free text; `fees` / `fees_description` wording is the fallback. "Low" is what a
 * link worker would call affordable: up to £5 a session, donations, or concessions alongside a
 * charge — so a person with a cost barrier is not shown £35 counselling as if it were free.
 */
export const LOW_COST_MAX_POUNDS = 5;

export interface CostInput {
  amounts: readonly number[];
  texts: readonly string[];
}

const FREE_TEXT = /\bfree\b(?! (parking|wifi|wi-fi|tea|refreshments))|no charge|no cost|without charge/;
const LOW_TEXT = /donation|pay what you (can|feel)|subsidi[sz]ed|concession|small charge|low[- ]cost|reduced rate/;
const POUNDS = /£\s?(\d+(?:\.\d{1,2})?)/g;

function bandForAmount(max: number, min: number): CostBand {
  if (max <= 0) return 'free';
  if (min <= 0) return 'low'; // free for some (e.g. concessions), paid for others
  return max <= LOW_COST_MAX_POUNDS ? 'low' : 'paid';
}

export function deriveCost({ amounts, texts }: CostInput): CostBand {
  const valid = amounts.filter((a) => Number.isFinite(a) && a >= 0);
  if (valid.length > 0) return bandForAmount(Math.max(...valid), Math.min(...valid));
  const joined = texts.join(' ').toLowerCase();
  const pounds = [...joined.matchAll(POUNDS)].map((m) => Number(m[1]));
  if (pounds.length > 0) {
    const band = bandForAmount(Math.max(...pounds), Math.min(...pounds));
    // "Free for carers, £8 otherwise" — some people pay nothing.
    return band === 'paid' && (FREE_TEXT.test(joined) || LOW_TEXT.test(joined)) ? 'low' : band;
  }
  // "Free (donations welcome)" is free; "by donation" alone is low.
  if (FREE_TEXT.test(joined)) return 'free';
  if (LOW_TEXT.test(joined)) return 'low';
  return 'unknown';
}
