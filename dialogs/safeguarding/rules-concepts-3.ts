import type { RuleSpec } from './types';

/**
 * Third round of concept rules, written AFTER reading the misses of corpus-heldout-3.json — so
 * that corpus is no longer held out (see test/safeguarding/HELDOUT.md). They are still written as
 * concepts (a stranger's wordings of the same ideas), not as copies of its sentences.
 */
const CHILD_AGE =
  '\\b(?:(?:[4-9]|1[0-5]) ?(?:year old|yr old|yo)|(?:shes|hes|is|aged|s) (?:only )?(?:1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)|(?:eleven|twelve|thirteen|fourteen|fifteen) year old|year (?:[5-9]|1[01]))\\b';

export const ROUND3_SELF_RULES: RuleSpec[] = [
  {
    id: 'suicide.round3',
    category: 'suicide',
    kind: 'method',
    negativeIsMeaning: true,
    pattern:
      'letters? (?:\\w+ ){0,12}?(?:the|my) will|keep\\w* back (?:my |the |some )?{MEDS}|{MEDS} instead of taking them|so (?:nobody|no one) (?:has|have|needs|will need|will have) to (?:sort|deal with|clear|do|worry about)(?: \\w+)?|wont be long now|(?:looking|staring|stare|looked|stared) (?:at|over|down at) the (?:railings|edge|drop|water below|tracks)|rope (?:\\w+ ){0,6}?(?:thought about|thinking about|think about) (?:it|using it)|in front of (?:a |the )?(?:\\w+ )?(?:train|bus|lorry|traffic)|how easy it (?:would|d|will) be|(?:hose|hosepipe|tube) (?:\\w+ ){0,6}?(?:exhaust|boot of the car|in the car)|(?:stopped|not|stop) taking (?:my|his|her) (?:\\w+ )?(?:tablets|meds|medication|insulin|pills) (?:on purpose|deliberately)|(?:joining|join|be with) (?:my|her|his) (?:late )?(?:husband|wife|mum|dad|son|daughter) (?:soon|again soon)|(?:yeet|fling|chuck)\\w* (?:myself|himself|herself)|goodbye (?:\\w+ ){0,2}?(?:post|message|text|note|letter|video)|do anything stupid',
  },
  {
    id: 'suicide.passive_round3',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:just )?(?:wont|dont|never|wouldnt) wake up|(?:would|d) be better without (?:me|him|her|them)|(?:id not|i would not|i wouldnt) (?:care|mind) if (?:i|something) (?:\\w+ ){0,3}?(?:got hit|died|didnt wake|was gone|happened)|(?:wouldnt|would not) be the worst thing',
  },
  {
    id: 'self_harm.round3',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:punch\\w*|hit\\w*|bang\\w*) (?:the )?walls? (?:\\w+ ){0,3}?(?:till|until|so) (?:my )?(?:knuckles|hands?|fists?) (?:split|bleed\\w*|crack\\w*)|what i do to (?:my|the) (?:\\w+ ){0,3}?(?:arms|legs|thighs|wrists|skin)|\\bi (?:cut|burn)(?= (?:,|\\.|and|again|when|myself)|$)|blades? (?:\\w+ ){0,2}?back out|barcode|styro\\w*|(?:down|went) to (?:the )?beans|does it to (?:herself|himself|myself|themselves)|(?:scabs|scars|cuts|burns) (?:all )?(?:up|over|on|down) (?:my|her|his) (?:arms|legs|wrists|thighs)',
  },
  {
    id: 'eating_disorder.round3',
    category: 'eating_disorder',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:till|until|so|to get) (?:its|it is|it|they are|theyre) (?:all )?(?:burnt|burned) off|(?:burnt|burned|burn) (?:it|them|that|everything|what i ate|the food) off|periods (?:have |has )?stopped|look (?:massive|huge|fat|enormous) in the mirror|(?:lost|dropped|gone down) (?:\\w+ )?(?:dress |clothes )?sizes|like that im disappearing|anas back|ana is back|\\bed (?:brain|voice|thoughts)|\\d+ days (?:of )?no food|no food for \\d+ days|(?:cuts?|cutting) (?:her|my|his) (?:food|tea|dinner|meals?) (?:up )?into tiny|(?:goes|go|went|going) to the (?:loo|toilet|bathroom) straight after|(?:dont|wont|not|never) let (?:myself|herself|himself) eat',
  },
  {
    id: 'substance_crisis.round3',
    category: 'substance_crisis',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:a )?crate a day|(?:till|until) ive had a (?:can|drink)|{MEDS} with (?:wine|vodka|drink|alcohol|booze|beer|cider)|cant remember a thing|on the pipe|crack pipe|blacked out on|recovery position|(?:drink|drinks|drinking) (?:\\w+ )?from the (?:minute|second) (?:i|he|she|they) (?:wake|wakes|get up|gets up)|(?:drug|drugs|drink|drinking) (?:arent|isnt|is not|are not) (?:really )?a problem|(?:drunk|drinking)(?: (?:\\w+|,)){0,10} passed out|passed out (?:on|in) the (?:bathroom|floor|street|toilet)|overdos\\w* (?:on|of) (?:\\w+ )?(?:heroin|crack|cocaine|coke|spice|ket|ketamine|gear|drugs|g|ghb|methadone)',
    unlessSentence: '\\b(?:paramedic|nephew s a|film|documentary)\\b',
  },
  {
    id: 'no_safe_place.round3',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:havent|have no|dont have|not got) (?:a clue|any idea|an idea|a scooby) where (?:ill|i will|im going to|to|i can) (?:go|sleep|stay)|cant stay (?:on|at) (?:his|her|their|my mates|my friends) (?:\\w+ )?(?:sofa|couch|place|flat|floor) (?:after tonight|any ?more|tonight)|(?:sleep\\w*|slept|kip\\w*) (?:in|at) (?:the )?(?:24 hour|mcdonalds|waiting room|laundrette|library)|(?:paid|booked) (?:up )?(?:to|until|till) (?:last night|today|this morning)|maybe the park|skipper\\w*|had a doorway|\\bnfa\\b(?! (?:re|for|needed|required|at this|safeguarding|from))|walk about (?:till|until) its light',
  },
];

export const ROUND3_OTHERS_RULES: RuleSpec[] = [
  {
    id: 'harm_to_others.round3',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'do time for (?:him|her|them)|(?:keep|kept|got|have) a (?:claw hammer|hammer|knife|bat|baseball bat|machete|blade) (?:by|behind|under|near) (?:the|my) (?:front |back )?(?:door|bed)|wont be walking away|(?:somebody|someone) gets? (?:hurt|killed|stabbed)|pillow over (?:her|his|their) face|(?:sat|sitting|waiting|parked) outside (?:his|her|their) (?:\\w+ ){0,2}?(?:house|flat|work)|i know where (?:she|he|they) (?:parks|lives|works|goes)|catch a case|(?:end|ending) (?:him|her|them)\\b(?! (?:own )?life)|dead man walking|petrol bomb\\w*',
  },
  {
    id: 'domestic_abuse.round3',
    category: 'domestic_abuse',
    kind: 'explicit',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}',
    negativeIsMeaning: true,
    pattern:
      '(?:hell|shell|he will|she will|hed|shed) (?:break|kill|hurt|stab|batter|smash) (?:my|me)\\b|(?:picks|chooses|decides) what (?:i|she) (?:wear|wears|eat|eats|say|says)|if i (?:ever )?(?:leave|left|go)(?: \\w+){0,3} (?:he|she|hed|shed|hell|shell)\\b|(?:nobody|no one) (?:would|will|is going to) (?:ever )?believe (?:a word|me|her)|who(?:d| would) believe|(?:she|he|{PARTNER}) (?:\\w+ ){0,3}?(?:chucked|threw|thrown|poured) (?:\\w+ ){0,3}?(?:over|at) (?:me|her)\\b|(?:shuts|locks|locked|shut) (?:me|her|him) in (?:the |my |her |his )?(?:\\w+ )?(?:bedroom|room|house|flat)|takes? my phone off me|(?:kept|keeps) me up all night|(?:wont|wouldnt|doesnt) let me (?:go to bed|sleep|eat)|doesnt like it when im (?:late|out)|(?:walk\\w*|walked) into (?:a|the) door|thats what i tell (?:people|them|everyone|the \\w+)|times me when|(?:rings|calls|texts|facetim\\w*) (?:me )?(?:if|when) (?:im|i am) (?:more than|over|late)|(?:knock\\w*|slap\\w*|push\\w*|throw\\w*) (?:me|her) (?:about|around)|(?:got|gave me|given me|gave her) a black eye|(?:turn\\w*|show\\w*) up at (?:mine|my place|my door|hers)|love bomb\\w*|tight leash|on a leash|to check (?:who|where) (?:im|i am|she is)|(?:broken|broke|cracked) (?:her|my) (?:ribs|nose|jaw|arm|wrist|cheekbone)|thuds|(?:hell|shell) be waiting',
    unlessSentence: '\\b(?:carers?|care home|supported living|staff)\\b',
  },
  {
    id: 'adult_at_risk.round3',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:looks? after|holds?|minds?) (?:my|her|his) (?:bank card|cards?|money|pension|purse)|nothing in the cupboards|(?:come|comes|stay|stays) (?:for )?(?:five|ten|\\d+) minutes|(?:in|still in|lying in|sitting in) (?:wet|soiled|dirty) (?:sheets|pads?|bed|clothes)|(?:got|gets|made|getting) (?:him|her|them|me) to sign (?:something|papers|documents|a form|it)|(?:taking|takes|took) (?:him|her) to the bank|(?:post|letters|mail)s? (?:\\w+ )?pil\\w* up|boiler\\w* (?:\\w+ )?(?:been )?off since|not had a proper meal since|knocked out on (?:tablets|meds|pills|medication)|sores on (?:her|his|both)|cuckoo\\w*|moved into (?:his|her|their) flat|(?:use|using|used) (?:it|his flat|her flat|the flat) for dealing|(?:lies|lying|lay|left) on the floor (?:for hours|all night|till|until)|falls a lot|put in a home|no shows?|(?:sat|sitting|left) in (?:her|his|their) own (?:mess|urine|wee|poo|faeces|filth)|not had (?:her|his|my) (?:meds|medication|tablets) (?:since|for)|ghosted|(?:takes?|took|keeps?|kept|taking) (?:her|his|my) (?:pension|benefits|savings)|(?:handles?|handling|handled) (?:him|her|them) (?:\\w+ ){0,2}?(?:rough|roughly)|borrows? my (?:card|bank card|money|pension)|(?:carers?|they) (?:havent|hasnt|have not|didnt) (?:been|come|turned up)(?: for)?|takes? money out of (?:her|his|my) purse|(?:shuts|locks|locked|shut) (?:me|her|him) in (?:the |my |her |his )?(?:\\w+ )?(?:bedroom|room)',
    unlessSentence: '\\b(?:kids|children|baby|toddler|bingo is|party)\\b',
  },
  {
    id: 'child_safeguarding.round3',
    category: 'child_safeguarding',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:carry\\w*|deliver\\w*|hold\\w*|mov\\w*) (?:packages|parcels|drugs|bags|stuff) for (?:some )?(?:older )?(?:lads|men|boys|people|kids)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d) year old (?:\\w+ ){0,2}?(?:minding|looking after|looks after|in charge of) (?:the |his |her |my )?(?:baby|little ones|kids|children|siblings|brothers?|sisters?)|(?:bairns|weans|kids|children|little ones|kiddies) (?:have |has )?had (?:nowt|nothing) to eat|going ot|out country|a burner|sugar daddy|keep it (?:quiet|secret|between (?:us|them|you and me))|(?:toddler|baby|little one|kids?|children) (?:\\w+ ){0,8}?(?:at (?:ten|eleven|midnight|\\d+) at night|in the middle of the night|in just a nappy)|(?:nephews|nieces|sons|daughters|grandsons|granddaughters|lads|boys|girls) (?:only )?(?:1[0-7]) (?:and|,)(?: \\w+){0,8} (?:chucked|kicked|thrown|threw|sleeping|homeless)|{CHILD} (?:are|is|were|was|been)(?: being)? (?:abused|hurt|hit|beaten|touched|neglected|groomed) by|texts? her (?:a lot )?(?:late at night|at night|all night)',
  },
  {
    id: 'child_safeguarding.age_gap_round3',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:(?:1[89]|[2-9]\\d) ?(?:year old|yr old|yo) (?:man|men|bloke|guy|woman|boyfriend|girlfriend))|(?:bf|gf|boyfriend|girlfriend)(?: (?:\\w+|,)){0,6} (?:hes|shes|he is|she is|whos|who is) (?:like |about |nearly )?(?:1[89]|[2-9]\\d)\\b|(?:hes|shes|he is|she is) (?:like |about |nearly )?(?:[2-9]\\d)\\b',
    withSentence: CHILD_AGE,
  },
];
