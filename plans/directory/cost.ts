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

// "Am ddim" and "dim tâl" are Welsh for free and no charge (bilingual directories write them alone).
const FREE_TEXT = /\bfree\b(?! (parking|wifi|wi-fi|tea|refreshments))|no charge|no cost|no fees?\b|without charge|\bam ddim\b|\bdim t[aâ]l\b/;
/**
 * Payment the person chooses, down to nothing: nobody is turned away for not paying, so for a
 * person with a cost barrier these are free (every evaluation set's ground truth agrees).
 * "By donation" alone stays low: it may mean a donation is expected.
 */
const OPTIONAL_PAYMENT =
  /donations? (welcome|appreciated|optional|gratefully received)|pay (as|what) you (can|feel|wish|like)|pay-as-you-feel|suggested donation|voluntary (donation|contribution)/;
const LOW_TEXT = /donation|subsidi[sz]ed|concession|small (charge|fee)|low[- ]cost|reduced rate|sliding scale|means[- ]tested/;
/**
 * A charge written without a pound figure: "Monthly fee of 18% of your repayment", "charges
 * apply", "subscription". Read as paid, never as "cost not stated" (which a cost barrier may let
 * through for the link worker to check).
 */
const CHARGE_TEXT =
  /\bfees?\b|\bcosts? apply|\bcharged at\b|\bpayable\b|\d\s?%|\bcharges? (apply|made|payable)|\bchargeable\b|\bsubscription\b|\bmembership fee|\bprices?\b|\bper (session|hour|week|month|class|term|visit|night|day|mile)\b/;
/** "£5", "£ 5.50", "5 pounds", "GBP 5", "5 GBP". */
const POUNDS = /(?:£|\bgbp)\s?(\d+(?:\.\d{1,2})?)|(\d+(?:\.\d{1,2})?)\s?(?:pounds?|gbp)\b/g;
/** "45p a mile", "Coffee 80p": pence, as pounds. */
const PENCE = /(?:^|[^\d.£])(\d{1,2})\s?p\b/g;

function bandForAmount(max: number, min: number): CostBand {
  if (max <= 0) return 'free';
  if (min <= 0) return 'low'; // free for some (e.g. concessions), paid for others
  return max <= LOW_COST_MAX_POUNDS ? 'low' : 'paid';
}

export function deriveCost({ amounts, texts }: CostInput): CostBand {
  const valid = amounts.filter((a) => Number.isFinite(a) && a >= 0);
  if (valid.length > 0) return bandForAmount(Math.max(...valid), Math.min(...valid));
  const joined = texts.join(' ').toLowerCase();
  // "Suggested donation £2": the figure is a suggestion, not a charge.
  const charged = joined.replace(/suggested donation(?: of)? £\s?\d+(?:\.\d{1,2})?|£\s?\d+(?:\.\d{1,2})? suggested donation/g, 'suggested donation');
  const pounds = [...[...charged.matchAll(POUNDS)].map((m) => Number(m[1] ?? m[2])), ...[...charged.matchAll(PENCE)].map((m) => Number(m[1]) / 100)];
  if (pounds.length > 0) {
    const band = bandForAmount(Math.max(...pounds), Math.min(...pounds));
    // "Free for carers, £8 otherwise" — some people pay nothing.
    return band === 'paid' && (FREE_TEXT.test(joined) || LOW_TEXT.test(joined)) ? 'low' : band;
  }
  // "Free (donations welcome)" and "pay as you feel" are free; "by donation" alone is low.
  if (FREE_TEXT.test(joined) || OPTIONAL_PAYMENT.test(joined)) return 'free';
  if (LOW_TEXT.test(joined)) return 'low';
  if (CHARGE_TEXT.test(joined)) return 'paid';
  return 'unknown';
}

/**
 * A price written only in the description ("Classes from £12", "Drop-in £9.50", "Sessions £50"),
 * for a record whose fee fields say nothing ("See description", or no `fees` at all). Before round
 * 5b such a record was "cost not stated", which a cost barrier lets through with a "Check:", and a
 * £9.50 Pilates class reached a person who said nothing she had to pay for (RESULTS.md §15). Only
 * a figure in a charge's words counts; a sentence about money the person may get or owe ("grants
 * from £500", "claim up to £3,000") is not a price.
 */
const DESCRIPTION_PRICE =
  /\b(?:from|costs?|charges?|sessions?|classes|class|drop-in|fees?|prices?|tickets?|entry|membership)\s(?:is |are |of |at )?£\s?(\d+(?:\.\d{1,2})?)|£\s?(\d+(?:\.\d{1,2})?)\s?(?:per|a|an|each)\s(?:session|class|hour|week|month|term|visit|appointment|lesson|course)\b/g;
const MONEY_TO_THE_PERSON = /grants?|benefits?|claim|debts?|owed|owe|awards?|fund|bursar|sav(e|ing)|worth|income|loans?|bills?|arrears|refund/;

export function costFromDescription(description: string): CostBand {
  const prices: number[] = [];
  for (const sentence of description.toLowerCase().split(/(?<=[.!?;])\s+/)) {
    if (MONEY_TO_THE_PERSON.test(sentence)) continue;
    for (const m of sentence.matchAll(DESCRIPTION_PRICE)) prices.push(Number(m[1] ?? m[2]));
  }
  if (prices.length === 0) return 'unknown';
  return bandForAmount(Math.max(...prices), Math.min(...prices));
}
