import type { RuleSpec } from './types';

/**
 * Concept rules (issue 16): harm from or to other people described in everyday words — threats
 * in idiom, coercive control told as ordinary routine, money taken from an older person by
 * someone close, neglect by paid carers, self-neglect, and the indirect signs of a child being
 * sexually exploited (age gaps, gifts, secrecy, night-time visits, going missing).
 */
const TARGET = '(?:him|her|them|his|that \\w+|the \\w+|my \\w+|someone|somebody)';
const I_WILL = '(?:ill|i will|im going to|im gonna|i am going to|going to|gonna|i could|id|i would|i swear|im)';

export const THREAT_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'harm_to_others.idiom',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: `${I_WILL} (?:\\w+ ){0,2}?(?:put ${TARGET} in (?:the )?(?:hospital|the ground|a wheelchair|an early grave)|wring (?:his|her|their) necks?|knock (?:his|her|their) (?:block|head|teeth) off|do ${TARGET} in|sort ${TARGET} out|(?:torch|burn|petrol bomb) (?:his|her|their) (?:car|house|flat|place)|make sure (?:he|she|they) (?:never|cant) walks?|break (?:his|her|their) (?:legs|neck|jaw|arms)|(?:shank|merk|bottle|glass|stab|smoke|bury|kill) (?:him|her|them|someone|somebody)|(?:go|going) round (?:there )?(?:with (?:a|my) (?:bat|knife|hammer|blade|mates))|(?:brick|bottle|petrol) through (?:his|her|their) (?:window|door|letterbox)|have (?:him|her|them) done in|smash (?:his|her|their) (?:face|head) in)|(?:knife|bat|hammer|blade) (?:\\w+ ){0,4}?(?:where (?:he|she|they) lives?|round (?:there|his|hers))|(?:getting|get|gets) a (?:brick|bottle|petrol bomb) through (?:his|her|their) (?:window|door)|(?:\\bhell|\\bshell|theyll) be sorry(?: \\w+){0,4} (?:ill|i will)|(?:gonna|going to) (?:shank|merk|stab|bottle|glass|do) (?:him|her|them)(?: on sight)?|(?:shank|merk)\\w* (?:him|her|them|someone)`,
  },
];

export const COERCIVE_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'domestic_abuse.routine_control',
    category: 'domestic_abuse',
    kind: 'explicit',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}',
    negativeIsMeaning: true,
    pattern:
      '(?:he|she|{PARTNER}) (?:\\w+ ){0,2}?(?:has|keeps|holds|took|takes) (?:my|her) (?:bank card|cards?|money|wages|phone|passport|keys)(?: \\w+){0,4} (?:gives?|gave|allows?|lets?) (?:me|her) (?:\\w+ ){0,2}?(?:pounds?|quid|a week|a day|pocket money|\\d+)|(?:gives?|allows?) (?:me|her) (?:\\w+ ){0,1}?(?:ten|twenty|fifty|\\d+) (?:pounds?|quid) a (?:week|month|day)|(?:have to|must|got to|need to) (?:ask|tell|text|check with) (?:him|her|my {PARTNER})(?: \\w+){0,3} (?:before|if|whenever|every time) (?:i|she) (?:go|goes|leave|leaves|see|sees|spend|spends|buy)|(?:tracks?|tracking|follows?) (?:\\w+ ){0,2}?(?:where (?:i am|i go|im|she is|she goes)|my location|my phone)(?: \\w+){0,4}|(?:app|tracker) on (?:my|her) (?:phone|car)|(?:tells?|decides?|chooses?) (?:me|her) what (?:to|i can|she can) (?:wear|eat|say|spend|watch)|(?:have to|must|make me) (?:change|get changed) if (?:he|she) (?:doesnt|does not|dont) like|(?:grabbed|grabs|had|held|pinned|put his hands (?:round|around)) (?:me|her) (?:by|round|around) (?:the|my|her) (?:throat|neck|hair|arms?)|(?:hands?|arm) (?:round|around) (?:my|her) (?:throat|neck)|(?:makes?|made|forces?|forced) (?:me|her) (?:have sex|do sexual|sleep with him)|(?:takes?|took|keeps?) (?:my|her) (?:wages|benefits|pension)(?: \\w+){0,4} (?:account for|every penny|receipts)|account for every (?:penny|pound|minute)|(?:not allowed|never allowed) (?:to )?(?:have )?(?:my|her) own (?:money|bank|account|phone|friends)',
    unlessSentence: '\\b(?:carer|carers|nephew|niece|grandson|granddaughter|dementia|son|daughter)\\b',
  },
];

export const ADULT_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'adult_at_risk.financial_concept',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:made|make|makes|got|get|gets|getting|pressur\\w*|persuad\\w*|talked|forced) (?:me|him|her|mum|dad|my (?:mum|dad|nan|grandad|gran)) (?:in)?to (?:sign (?:over|away)|change (?:my|his|her) will|withdraw|take out|hand over|transfer|lend|remortgage)|sign\\w* over (?:the|my|his|her) (?:house|home|flat|savings|bungalow)|(?:getting|gets|got) (?:him|her|them|me) to (?:withdraw|take out) (?:cash|money)|(?:withdraw\\w*|take\\w* out) (?:cash|money) (?:for (?:him|her|them) )?every (?:week|day|time)|(?:using|spending|drinking|taking|uses|spends) (?:all )?(?:mums|dads|nans|grandads|grans|her|his) (?:money|pension|savings|benefits)(?: \\w+){0,3}|(?:i|she|he) (?:never )?(?:dont|doesnt|never) see (?:any )?(?:of )?(?:it|my pension|the money)|(?:taken over|took over|in charge of) (?:my|his|her) (?:pension|money|bank|finances|account)|no money left for (?:the )?(?:gas|electric|food|heating|bills)|change (?:her|his|my) will',
    unlessSentence: '\\b(?:i asked him to|i asked her to|shows me the statements|power of attorney|because i asked)\\b',
  },
  {
    id: 'adult_at_risk.carer_neglect_concept',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:carers?|care workers?|staff|the home|home care|agency) (?:\\w+ ){0,4}?(?:only (?:stay|stays|come|comes)|leave|leaves|left|dont|doesnt|never) (?:\\w+ ){0,6}?(?:five|ten|\\d+) minutes|(?:carers?|care workers?|staff|the home) (?:\\w+ ){0,4}?(?:leave|leaves|left) (?:her|him|them|mum|dad) (?:in|on) (?:a |her |his )?(?:wet|soiled|dirty|bed|pad)|(?:bed ?sores|pressure sores|sores) (?:\\w+ ){0,4}?(?:nobody|no one|the home|carers|staff|left)|(?:left|leave|leaves) (?:\\w+ ){0,2}?in bed all day(?: \\w+){0,3}|(?:shout\\w*|swear\\w*) at (?:my )?(?:dad|mum|him|her|residents)(?: \\w+){0,4} (?:rough\\w*|handle\\w*)|handl\\w* (?:him|her|them|my \\w+) roughly|(?:dont|doesnt|never) give (?:her|him|them) (?:any )?(?:food|water|drink|meals|meds|medication)|nobody comes to help (?:him|her|me)|(?:hasnt|havent|not) eaten properly in (?:days|weeks)',
  },
  {
    id: 'adult_at_risk.self_neglect_concept',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:flat|house|home|place|room) (?:is )?(?:\\w+ ){0,2}?(?:full of|piled with) (?:rubbish|junk|bags)|no food in the (?:fridge|house|flat|cupboards?)|(?:living|lives|live) in squalor|squalor|(?:havent|not|hasnt) (?:eaten|changed (?:my|his|her) clothes|washed) (?:\\w+ ){0,2}?(?:for|in) (?:days|weeks|ages)(?: \\w+){0,8} (?:cant be bothered|heating|no food|lie in bed|just lie|in bed)|(?:heating|electric|gas)\\w* (?:\\w+ ){0,2}?(?:off|cut off) (?:\\w+ ){0,2}?(?:all|for) (?:week|weeks|winter)(?: \\w+){0,3}|(?:wont|will not|refuses? to) let (?:anyone|anybody|nobody|people) in|just lie in bed (?:all day)?|stopped (?:washing|looking after)',
    unlessSentence: '\\b(?:kids|children|child|baby|babies|weight|thin|thinner)\\b',
  },
];

export const CHILD_CONCEPT_RULES: RuleSpec[] = [
  {
    id: 'child_safeguarding.exploitation_signs',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:\\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen) ?(?:year old|yr old|yo)? (?:\\w+ ){0,3}?(?:has|got|with|seeing|dating) (?:a |an )?(?:(?:1[89]|[2-9]\\d) ?(?:year old|yr old|yo)?|older|grown) (?:boyfriend|girlfriend|man|bloke|guy|lad|woman)|(?:man|men|bloke|guy|lads?) (?:\\w+ ){0,2}?(?:in (?:his|their) (?:twenties|thirties|forties|fifties|20s|30s|40s|50s)|(?:1[89]|[2-9]\\d))(?: \\w+){0,8} (?:my |our |her |his |a )?(?:\\d{1,2} ?year ?old|daughter|son|niece|nephew|girl|boy)|(?:buy\\w*|bought|giv\\w*|gave) (?:my |our |her |his )?(?:\\d{1,2} ?(?:year old )?)?(?:daughter|son|niece|nephew|girl|boy|kids?) (?:\\w+ ){0,2}?(?:phones?|trainers|gifts|presents|money|drink|weed|vapes?)|(?:goes|going|went|gets|got|getting) (?:off )?(?:in|into) cars with (?:older )?(?:men|lads|strangers|a man)|(?:going|goes|gone|went) missing (?:for )?(?:days|nights|overnight|again)(?: \\w+){0,8}|comes? (?:back|home) (?:at \\d|with (?:money|new clothes|cash|phones?|gifts))|(?:our|their|a) (?:little )?secret|(?:uncle|stepdad|dad|grandad|man|boyfriend|he) (?:\\w+ ){0,2}?(?:goes|went|going|comes|creeps|sneaks) (?:in|into) (?:her|his|their) (?:room|bedroom|bed) (?:at night|in the night|when)|asking (?:her|him|them|my \\w+) for (?:pictures|photos|pics|nudes)|(?:carry|carrying|deliver\\w*|hold\\w*) (?:packages|parcels|drugs|bags|stuff) for (?:older|some) (?:lads|men|boys|people)|county lines|groom\\w*|sexual\\w* (?:abus\\w*|exploit\\w*)|(?:abus\\w*|molest\\w*|touch\\w*) (?:my|her|his) (?:little )?(?:niece|nephew|brother|sister|grandson|granddaughter|stepdaughter|stepson)|(?:hits?|beats?|hurts?|smacks?) my (?:little|baby|younger) (?:brother|sister)|(?:kids|children) (?:are |were )?(?:\\w+ ){0,2}?(?:left|alone) (?:\\w+ ){0,3}?(?:all weekend|at night|overnight|no food)|(?:terrified|scared|frightened) of being (?:alone|left) with (?:him|her|uncle|stepdad)|(?:im|i am|shes|hes|she is|he is|daughters|sons|nieces|nephews|granddaughters|grandsons) (?:only )?(?:1[0-5]|thirteen|fourteen|fifteen) (?:and|,) (?:\\w+ ){0,2}?(?:seeing|dating|with) (?:a )?(?:man|bloke|guy)(?: \\w+){0,3} (?:whos|who is) (?:[2-9]\\d)',
    unlessSentence: '\\b(?:from her year|from his year|netball|surprise party|birthday present)\\b',
  },
];
