import type { RuleSpec } from './types';

/**
 * Fifth round, written AFTER reading the two explicit statements of corpus-heldout-5.json the
 * rules missed (set 5 is now tuned; see test/safeguarding/HELDOUT.md). Explicit statements must
 * raise the crisis card, which the learned layer never does, so each gap is closed here as its
 * concept — taking too much / mixing drink with downers; a child left alone — not as the sentence.
 */

/** Drink or drugs named anywhere in the message. */
const SUBSTANCE_IN_MESSAGE =
  '\\b(?:drink\\w*|drunk|drank|alcohol|booze|vodka|cider|wine|beer|lager|whisky|gin|rum|spirits|pills|tablets|meds|diazepam|valium|benzos|xanax|tramadol|codeine|methadone|heroin|spice|gear|drugs|using)\\b';
const DRINK = '(?:vodka|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|beer|lager|booze|alcohol|drink|cans)';
/** Downers that are dangerous with drink: the combination is what makes an overdose. */
const DOWNERS =
  '(?:diazepam|valium|benzos|xanax|tramadol|codeine|methadone|heroin|zopiclone|pregabalin|gabapentin|sleeping (?:pills|tablets)|morphine|oxycodone)';
/** Under 16, as a child would say it about themselves or a sibling. */
const CHILD_AGE =
  '\\b(?:im|i am|hes|shes|he is|she is|(?:my )?(?:brother|sister) is|aged?) (?:[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\\b';

export const ROUND5_RULES: RuleSpec[] = [
  {
    id: 'substance_crisis.taken_too_much',
    category: 'substance_crisis',
    kind: 'explicit',
    // "I've taken way too much" (said of drink or drugs), drink on top of downers, and the body
    // going numb or unresponsive after using: an overdose in progress, whatever the words.
    pattern: `(?:ive|i have|i|hes|he has|shes|she has|theyve|they have) (?:just )?(?:taken|took|swallowed|necked|done|had) (?:way |far |much |a lot |loads )?too (?:much|many)(?! (?:sugar|salt|cake|chocolate|coffee|food|sun|work|on))|${DRINK}(?: \\w+| ,){0,8}? (?:and|with|plus|on top of) (?:a load of |loads of |some |a few |a handful of |all )?(?:my |me |her |his )?${DOWNERS}|(?:cant|cannot) (?:feel|move) (?:my|me) (?:hands|legs|arms|feet|face|fingers|body)`,
    withMessage: SUBSTANCE_IN_MESSAGE,
  },
  {
    id: 'child_safeguarding.left_alone',
    category: 'child_safeguarding',
    kind: 'explicit',
    // Children left to fend for themselves — for a weekend, overnight, with no food in.
    pattern:
      '(?:leav\\w*|left|leaves) (?:me and my (?:brother|sister|brothers|sisters)|my (?:brother|sister) and me|us kids|the kids|the children|the baby|the little ones|us|me|them|him|her)(?: \\w+){0,2}? (?:on (?:our|my|their|his|her) own|home alone|alone|by (?:ourselves|myself|themselves|himself|herself))(?: \\w+)?(?: (?:all (?:weekend|night|day)|for (?:days|the weekend|hours|the night|two days|three days)|overnight|at night|every (?:night|weekend))| , no food)',
    withMessage: `${CHILD_AGE}|\\b(?:kids|children|the baby|little ones|my (?:brother|sister))\\b`,
  },
];
