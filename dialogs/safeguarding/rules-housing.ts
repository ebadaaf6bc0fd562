import type { RuleSpec } from './types';

/** National baseline: no safe place to sleep tonight (rough sleeping, eviction, sofa surfing, unsafe home). */
export const NO_SAFE_PLACE_RULES: RuleSpec[] = [
  {
    id: 'no_safe_place.homeless',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: 'homeless\\w*|rough sleep\\w*|sleep\\w* rough|slept rough|sofa surf\\w*|couch surf\\w*',
  },
  {
    id: 'no_safe_place.nowhere',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:nowhere|no where|no place|noplace|(?:havent|dont|have not|do not|aint) (?:got )?(?:anywhere|any where|a place|a bed)) (?:safe )?(?:to|i can) (?:sleep|stay|go|live|kip|crash|lay my head|be)|(?:no|without a|need a|find a) (?:\\w+ )?(?:bed|roof|room|place to stay) (?:for (?:me |us |the night )?)?(?:tonight|this evening)',
  },
  {
    id: 'no_safe_place.no_home',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: '(?:got|have|with|ive) no (?:home|fixed abode|roof over (?:my|our) heads?|address)|no fixed abode',
  },
  {
    id: 'no_safe_place.evicted',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      'evicted|eviction|(?:kicked|thrown|chucked|turfed|threw|kick|throw|chuck|locked) (?:me |him |her |us |them )?out|changed the locks(?! (?:after|because of|following) (?:the|a|our) (?:break in|burglary))',
  },
  {
    id: 'no_safe_place.street',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|staying|stay|living|live|lives|ended up|end up) (?:out )?on the streets?|(?:stuff|things|belongings|bags) (?:\\w+ )?(?:is |are )?(?:on|in) the street',
  },
  {
    id: 'no_safe_place.makeshift',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|stay\\w*|living|live|lives|kip\\w*) (?:in|on|at|under) (?:my |a |the |his |her )?(?:\\w+ )?(?:car|van|tent|night bus|buses|bus station|bench|doorway|park|car park|station|stairwell|shed|a and e|beach|floor|field|woods|underpass|porch|cemetery|churchyard|graveyard|subway)\\b(?! (?:on holiday|for the holiday))|(?:staying|sleeping|kipping|crashing) (?:on|at) (?:a |my |his |her )?(?:mates|friends|sisters|brothers|someones) (?:sofa|couch|floor|settee)',
    unlessSentence:
      '\\b(?:road trip|camping|festival|glastonbury|holiday|best (?:weekend|night|time)|scouts|guides|cubs|brownies|dofe|duke of edinburgh|on the way to|long drive|journey)\\b',
  },
  {
    id: 'no_safe_place.cant_go_home',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern: '(?:cant|cannot|can not|not safe to) go (?:back )?home(?: tonight)?|(?:not safe|unsafe) (?:to (?:go|stay|be) )?(?:at )?home',
  },
  {
    id: 'no_safe_place.left_housing',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: '(?:leave|left|kicked out of|thrown out of|evicted from|lost) (?:my |the )?(?:hostel|refuge|shelter|supported housing|b and b|accommodation)',
  },
];
