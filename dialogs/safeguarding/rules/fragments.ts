/**
 * Pattern fragments used by more than one risk category's rules (the others keep theirs beside
 * the rules that use them). Regex source over normalised text, interpolated into rule patterns.
 */

/** Medicines people overdose on or misuse; shared with the suicide rules (medicines set aside). */
export const MEDS_RE =
  '(?:paracetamol|tablets|pills|meds|medication|medicine|painkillers|co codamol|cocodamol|codeine|tramadol|diazepam|valium|zopiclone|sleeping pills|sleeping tablets|morphine|oxycodone|benzos|antidepressants)';
/** A child's age said in the message: the speaker's own ("im 13") or a child's ("my sons 15", "15yo dtr"). */
export const CHILD_AGE_UNDER_18 =
  '\\b(?:(?:im|i am|shes|hes|she is|he is|theyre|aged|age|sons|daughters|son is|daughter is|dtr|kids|grandsons|granddaughters|nieces|nephews) (?:only |just |nearly |about )?(?:[4-9]|1[0-7]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b(?! (?:stone|st|foot|ft|feet|inches|cm|of us|of them|kg|kilos|pounds|lbs|quid|minutes|mins|hours|hrs|days|weeks|months|times|pm|am|oclock|percent|miles|years? (?:ago|married|together|sober|clean)))|(?:[4-9]|1[0-7]) ?(?:yo|yrs?|year old|years old)\\b|(?:four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old)';
/** Men who run a dealing operation from someone's home (cuckooing). */
export const CUCKOO =
  '\\b(?:(?:men|lads|people|dealers|guys|blokes|lot|them|they) (?:who|that) (?:run|use|deal|sell|work|operate) (?:\\w+ )?(?:from|out of|in) (?:there|here|my (?:flat|place|house)|the (?:flat|house|place))|(?:taken|took|take|taking) over (?:my|the|his|her) (?:flat|place|house|home)|(?:keep|keeps|kept|keeping|stash\\w*|store\\w*|hide|hides|hiding) (?:their|his|her|the) (?:stuff|gear|drugs|bags|packages|parcels|phones) (?:\\w+ )?(?:in|at) (?:my|his|her) (?:flat|place|house|room|home)|(?:using|use|used|uses) (?:my|his|her) (?:flat|place|house|home) (?:to|for|as) (?:deal|sell|a base|stash)|cuckoo\\w*|dealing (?:from|out of) (?:my|his|her|the) (?:flat|place|house))';
