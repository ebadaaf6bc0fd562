import type { RuleSpec } from './types';

/**
 * Concept rules (issue 16): risks to the person themself described WITHOUT the risk word —
 * passive wishes to be dead, preparatory acts, a method with a place, internet text-speak — and
 * eating, substance and housing crises described as behaviour. A rule marked severity 'possible'
 * raises the lighter check-in card (see grade.ts); the rest raise the crisis card.
 */
export const SUICIDE_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'suicide.passive_wish',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:wouldnt|would not|dont|do not|wouldnt really) (?:care|mind|be sorry|be bothered) if (?:i|something) (?:\\w+ ){0,3}?(?:didnt wake|never woke|died|dead|wasnt here|happened to me|got hit|wasnt around|was gone|went)|(?:wish|wishing|hope|hoping|pray|praying)\\w* (?:\\w+ ){0,4}?(?:would (?:all )?(?:just )?(?:stop|end) for good|takes? me|take me (?:away|now|home)|end it for me|id never been born|to (?:just )?(?:go|fall) to sleep (?:forever|for good))|(?:easier|better|simpler) (?:for everyone )?if i (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)|glad if (?:something|anything) (?:happened|happens) to me|(?:tired|sick|weary) of (?:living|being alive|existing|life|being here|waking up)|(?:if|when) i (?:got|get|fell|fall) ill and died|(?:just )?(?:want|wanted) (?:it all|everything|the pain|this) to (?:stop|end)(?: for good| forever| now)?|(?:want|wanted) to (?:just )?(?:not exist|stop existing|disappear for good|sleep (?:forever|and never wake))|no future for (?:me|myself)|cant see (?:a|any) future',
  },
  {
    id: 'suicide.preparations',
    category: 'suicide',
    kind: 'method',
    // "won't need them", "so nobody has to": the negative is the meaning, not a denial.
    negativeIsMeaning: true,
    pattern:
      '(?:sort\\w*|giv\\w*|gave|hand\\w*|leav\\w*|left) (?:out |away |off )?(?:\\w+ ){0,3}?(?:my|all my|his|her) (?:things|stuff|belongings|possessions|bits|records|guitar|jewellery|books|clothes|pets?|cat|dog)(?: \\w+){0,6} (?:wont (?:need|be needing)|(?:to|for) (?:friends|people|everyone|family))|(?:who gets|who should have|who will have) (?:my|his|her) \\w+|wont (?:need|be needing) (?:them|it|my \\w+|any of (?:it|this|them))(?: \\w+){0,3}(?: where (?:im|i am) going| after| any more| anymore)?|(?:wrote|written|writing|left|leave) (?:a |some )?(?:note|notes|letters?) (?:\\w+ ){0,6}?(?:explaining why|for (?:after|when)|to (?:everyone|my family|the kids|my kids)|with (?:my|the) will)|(?:will|affairs|everything|paperwork|funeral)(?: \\w+){0,6} (?:in order|sorted|all sorted)(?: now)?(?: \\w+){0,4} (?:so (?:nobody|no one)|for after|after im gone|when im gone)|(?:put|got|getting) (?:my|his|her) affairs in order|said (?:my|his|her) goodbyes|(?:all|everything) in order now',
    unlessSentence: '\\b(?:charity|solicitor suggested|for their birthdays?|scouts|passed|birthday)\\b',
  },
  {
    id: 'suicide.research_method',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:googl\\w*|research\\w*|look\\w* up|looked up|read\\w* (?:up )?(?:online|about)|search\\w*) (?:\\w+ ){0,3}?(?:how (?:many|much|long|high|far)|what dose|which (?:pills|tablets|drugs))(?: \\w+){0,6} (?:would be enough|it (?:would|will|d) take|to (?:die|bleed out|kill|drown|be fatal|end it)|is (?:fatal|lethal|enough)|(?:would|will|d) (?:do it|work|kill))|how (?:long|quickly) (?:it takes )?to (?:bleed out|drown|die)|bleed out',
  },
  {
    id: 'suicide.method_place_concept',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:top of|edge of|over the edge of) (?:the |a )?(?:car park|multi storey|building|cliffs?|bridge|tower|flats)(?: \\w+){0,8} (?:looked|looking|stared|staring|thinking|how easy|jump|edge|long time|down)|(?:looked|looking|stared|staring) (?:\\w+ ){0,2}?over the edge|(?:walked|went|drove|go|going|stood|standing|sat|sitting|waited|waiting) (?:\\w+ ){0,4}?(?:to|on|at|by|down to) (?:the )?(?:top of the |edge of the )?(?:railway|railway line|train tracks|tracks|level crossing|bridge|cliffs?|cliff edge|viaduct|beachy head)(?: \\w+){0,6} (?:for ages|waited for|waiting for|last night|all night|for a train|for hours|at night|alone|thinking)|(?:hose|hosepipe|tube) (?:\\w+ ){0,3}?(?:car )?exhaust|(?:beam|banister|hook|door frame) (?:\\w+ ){0,4}?(?:take|hold) my weight|(?:drove|went|go|going) to (?:the )?(?:cliffs|beachy head|bridge)',
  },
  {
    id: 'suicide.text_speak',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'kms|kys|kmn|unaliv\\w*|un alive|sewer ?slide|suicide watch|ctb|catch the bus|commit die|commit (?:toaster )?bath|(?:log|logging|logged) off (?:for good|permanently|forever)|delete (?:myself|my self)|(?:stop|end) my (?:own )?existence|toaster bath|s ?i(?= (?:is|was|has|been|thoughts|bad|really))|suicidal ideation',
  },
];

export const SELF_HARM_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'self_harm.concept',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:punch\\w*|hit\\w*|bang\\w*) (?:the )?walls? (?:\\w+ ){0,3}?(?:till|until|so) (?:my )?(?:knuckles|hands?|fists?) (?:bleed|bled|break|broke|bruise)|(?:long sleeves|cover (?:up )?my arms|hide my arms) (?:\\w+ ){0,4}?(?:nobody|no one|people|anyone) (?:sees?|can see|notice)|(?:compass|razor|blade|needle|lighter|scissors|glass) (?:\\w+ ){0,3}?(?:on|into|against) my (?:arms?|legs?|thighs?|skin|wrists?)(?: \\w+){0,3}|to feel (?:something|pain|real)|\\bsh\\b(?= (?:again|is|was|last|bad|urges|scars|relapse|free|clean))|(?:relapsed|relapse) on sh|(?:doing|did|done) sh|new cuts|fresh cuts|sh (?:urges|scars|relapse)|months? clean (?:from|of) (?:cutting|sh)',
  },
];

export const HEALTH_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'eating_disorder.restriction',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:only|just) (?:let|allow) (?:myself|herself|himself) (?:\\w+ ){0,3}?(?:coffee|water|an apple|a yoghurt|one meal|a biscuit|a cracker|tea|\\d+ (?:cals|calories))|(?:skip\\w*|miss\\w*|cut out) (?:meals|breakfast|lunch|dinner|food)(?: \\w+){0,4} (?:on purpose|so (?:i|she|he) (?:lose|can lose)|to lose)|(?:bring|brought|bringing) (?:it|food|my food|my dinner|it all) (?:back )?up|(?:go|goes|went|run\\w*|ran) to the (?:bathroom|toilet|loo) (?:straight )?after (?:every |each )?(?:meal|eating|i eat|tea|dinner)|laxatives (?:after|every|with) (?:every |each )?(?:meal|day|time)|take laxatives|(?:havent|not|hardly|barely) (?:eaten|had) (?:a )?(?:proper )?(?:meal|food)(?: \\w+){0,4} (?:because|to|so) (?:i|she|he) (?:want|wants|can)? ?(?:to )?(?:be |get |look )?(?:thinner|skinny|thin|lose weight)|chew\\w* (?:\\w+ ){0,2}?(?:and )?spit\\w*|spit (?:it|food) out|(?:my|her|his) ed\\b(?= (?:is|has|was|thoughts|voice|brain|bad))|eating disorder voice|body check\\w*|(?:fast|fasting|fasted) (?:for )?(?:\\d+|two|three|four|five|six|seven) days|pro ana',
    unlessSentence: '\\b(?:ramadan|lent|blood test|operation|surgery|colonoscopy)\\b',
  },
];

export const SUBSTANCE_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'substance_crisis.concept',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:blacked|black|blacking|passed|pass) out (?:\\w+ ){0,6}?(?:again|drunk|a and e|hospital|woke up)|woke up in (?:a and e|hospital|a cell|the cells)(?: \\w+){0,3}|(?:shaking|sweating|shakes|seeing things|hallucinat\\w*)(?: (?:\\w+|,)){0,8} (?:drink|drunk|drinking|using|gear|fix|booze)|(?:cant|cannot|can not) (?:go|get through|last|manage) (?:a |one |half a )?(?:day|night|morning|few hours) without (?:a )?(?:drink|drinking|booze|using|gear|a fix|a can)|naloxone|narcan|bring (?:me|him|her) round|(?:on a|mad|week long|massive) bender|benders?\\b|proper (?:mashed|wasted|smashed|off it)(?: \\w+){0,3}|(?:mashed|wasted|smashed) every (?:day|night)|(?:every|each) day on (?:ket|spice|gear|crack|coke)|on the (?:gear|brown|white|rock)',
    unlessSentence: '\\b(?:sober|since january|years clean|off the booze)\\b',
  },
];

export const HOUSING_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'no_safe_place.concept',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:rid\\w*|rode|sitting on|sat on|stay\\w* on) (?:\\w+ ){0,2}?(?:night bus|buses) (?:\\w+ ){0,4}?(?:to (?:keep|stay) warm|all night|to sleep)|(?:on the streets?|no (?:gaff|drum|yard|place|home)) (?:\\w+ ){0,3}?(?:again|to go|tonight)|(?:no|dont know) where (?:ill|i will|im going to|i can|im gonna) (?:sleep|stay|go)(?: tonight)?|(?:out of|leave) (?:my )?(?:mates|friends|sisters) (?:\\w+ )?tonight|nowhere to go',
  },
];
