import type { RuleSpec } from './types';

/**
 * National baseline: risks from or to other people, and having nowhere safe to sleep.
 * Who did what to whom decides the category: a partner or ex hurting someone is domestic abuse,
 * a carer or relative exploiting an older or disabled adult is an adult at risk, anyone hurting a
 * child is child safeguarding, and the person intending harm is harm to others.
 */
const INTENT =
  '(?:going to|ill|i will|i (?:want|wanted|need|needed|plan|planning|am tempted|was tempted|feel like i want) to|i (?:could|would|might)(?: just)?|id|i feel like i (?:could|might|will|want to)|(?:thoughts?|thinking|think|thought|dreams?|dreaming|fantasi\\w*) (?:of|about)|urges? to|i keep (?:thinking about|wanting to)|hed|shed|hes going to|shes going to|he will|she will|he wants to|she wants to|threaten\\w* to)(?: (?:never|not|ever))?';

export const HARM_TO_OTHERS_RULES: RuleSpec[] = [
  {
    id: 'harm_to_others.intent',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: `${INTENT} (?:really |actually |seriously )?(?:kill\\w*|murder\\w*|stab\\w*|strangl\\w*|shoot\\w*|batter\\w*|throttl\\w*|hurt\\w*|harm\\w*|attack\\w*|beat\\w*(?: up)?|punch\\w*|smother\\w*|suffocat\\w*|knif\\w*|glass|sort out|do in|smash (?:his|her|their) (?:face|head)) {PERSON_OBJ}`,
  },
  { id: 'harm_to_others.threat', category: 'harm_to_others', kind: 'explicit', pattern: 'threaten\\w* to (?:kill|stab|hurt|shoot|batter|attack|beat up|burn) (?:someone|somebody|people|him|her|them|his|her|their|the|a)' },
  {
    id: 'harm_to_others.weapon',
    category: 'harm_to_others',
    kind: 'method',
    pattern: '(?:get|got|getting|carry\\w*|bought|buy\\w*|take|taking|bring\\w*|have) (?:a |my |the )?(?:knife|blade|gun|machete|weapon|baseball bat|hammer) (?:\\w+ ){0,6}?(?:him|her|them|sort|where (?:he|she|they) lives?|use it|on (?:him|her|them))',
  },
  { id: 'harm_to_others.revenge', category: 'harm_to_others', kind: 'explicit', pattern: 'make (?:him|her|them|\\w+) pay for what|get (?:my )?revenge|get back at (?:him|her|them)' },
  { id: 'harm_to_others.someone_hurt', category: 'harm_to_others', kind: 'explicit', pattern: '(?:someone|somebody)(?:s| is)? (?:going to|will) get (?:\\w+ )?(?:hurt|killed|stabbed)' },
  {
    id: 'harm_to_others.lash_out',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: 'lash\\w* out (?:at|on) (?:him|her|them|people|someone|my \\w+|the \\w+)|i (?:\\w+ )?(?:hit|hurt|attacked|stabbed|punched|assaulted|beat up|beaten up|glassed) (?:anyone|someone|somebody|people|a man|a woman|him|her|them)',
  },
];

export const DOMESTIC_ABUSE_RULES: RuleSpec[] = [
  {
    id: 'domestic_abuse.violence',
    category: 'domestic_abuse',
    kind: 'explicit',
    // "beats me at cards" and "hit me up" are masked as benign before this runs. The words between
    // subject and verb cannot hold another actor ("if he comes round I'll batter him").
    pattern: '(?:{PARTNER}|{FAMILY}|he|she|hes|shes) (?:(?!(?:i|ill|im|id|ive|we|{CHILD_ABUSER})\\b)\\w+ ){0,8}?{VIOLENCE} (?:{FIRST_OR_THIRD}|my (?:mum|dad|sister|brother))\\b(?! (?:at|in) (?:cards|chess|scrabble|darts|golf|games?|pool|tennis|football|quiz))',
  },
  {
    id: 'domestic_abuse.partner_harms_children',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:my |her |his )?{PARTNER} (?:\\w+ ){0,3}?{VIOLENCE} (?:my|our|the|her|his) (?:kids|children|son|daughter|baby|little ones)',
  },
  {
    id: 'domestic_abuse.stalking',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:{PARTNER}|he|she) (?:\\w+ ){0,3}?(?:turn\\w* up|show\\w* up|follow\\w*|stalk\\w*|watch\\w*|wait\\w* outside) (?:\\w+ ){0,2}?(?:my|me|her) ?(?:house|home|door|flat|work|everywhere)?',
  },
  {
    id: 'domestic_abuse.violence_to_partner',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:lash\\w* out at|hit|hits|hitting|slap\\w*|punch\\w*|push\\w*|beat\\w*|hurt\\w*|kick\\w*|abus\\w*|threaten\\w*|control\\w*|strangl\\w*|chok\\w*) (?:my|his|her) {PARTNER}',
  },
  { id: 'domestic_abuse.passive', category: 'domestic_abuse', kind: 'explicit', pattern: '(?:abused|hit|beaten|hurt|attacked|raped|assaulted|controlled|threatened|bullied|strangled) by (?:my |her |his |their )?{PARTNER}' },
  {
    id: 'domestic_abuse.named',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: 'abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex)|domestic (?:abuse|violence)|coercive\\w*|controlling (?:relationship|partner|husband|wife|boyfriend|girlfriend|man|woman)',
  },
  {
    id: 'domestic_abuse.abuse_generic',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:its|it is|is)(?: not)? abuse|being abused|(?:abuses|abused|abusing) me',
    unlessSentence: '\\b(?:financial\\w*|carers?|care home|staff|money|pension|savings|dementia)\\b',
  },
  {
    id: 'domestic_abuse.fear',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:scared|afraid|frightened|terrified|fear\\w*) (?:of )?(?:my {PARTNER}|him|her|what (?:he|she)(?:ll| will| might| would)? do|going home|(?:his|her) temper)',
  },
  {
    id: 'domestic_abuse.control',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:have to|got to|need to|must) ask (?:his |her |him |for )?(?:permission|if i can)|(?:not allowed|wont let (?:me|her|him)|doesnt let (?:me|her|him)|never lets (?:me|her|him)|wouldnt let (?:me|her|him)) (?:to )?(?:see|visit|contact|phone|call|talk to|speak to|leave|go out|have|keep|spend|use|work|get a job)(?: (?:my|her|his|the) (?:own )?(?:friends|family|mum|dad|sister|brother|kids|children|money|phone|bank|card|wages|benefits|house|flat))?',
  },
  { id: 'domestic_abuse.eggshells', category: 'domestic_abuse', kind: 'explicit', pattern: 'walk\\w* on egg ?shells' },
  {
    id: 'domestic_abuse.threats',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:he|she|{PARTNER}) (?:said|says|told me|warned)(?: me)? (?:thered|there would|there will|theres going to|i(?:d| would| will|ll)) be (?:consequences|trouble|hell to pay|sorry)|(?:nobody|no one) (?:would|will|is going to)? ?believe (?:me|her|you)',
  },
  {
    id: 'domestic_abuse.monitoring',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:he|she|{PARTNER}) (?:\\w+ ){0,3}?(?:checks?|checking|goes through|reads?|tracks?|tracking|monitors?) (?:all )?(?:my|her) (?:phone|messages|texts|emails|location|bank|spending)|(?:know|knowing|track\\w*|check\\w*) where (?:i am|im|i go|ive been|she is|shes) (?:all the time|every minute|constantly|24 7)|(?:controls?|takes?|took|has taken|keeps?) (?:all )?(?:my|her) (?:money|bank card|bank cards|cards|wages|benefits|passport)(?:,? and gives (?:me|her) pocket money)?|gives (?:me|her) pocket money',
    unlessSentence: '\\b(?:carer|carers|son|daughter|nephew|niece|grandson|granddaughter|neighbour|lady|dementia)\\b',
  },
  {
    id: 'domestic_abuse.rage',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:he|she|{PARTNER}) (?:\\w+ ){0,3}?(?:smash\\w*|throw\\w*|threw|break\\w*|punch\\w*|kick\\w*) (?:things|stuff|doors|walls|plates|holes in|the place|my (?:phone|things|stuff))|(?:he|she|{PARTNER}) (?:\\w+ )?kicks? off (?:at|on) (?:me|her|him|us)',
  },
];

export const ADULT_AT_RISK_RULES: RuleSpec[] = [
  {
    id: 'adult_at_risk.financial',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '{CARER} (?:\\w+ ){0,4}?(?:take|takes|taken|took|taking|steal\\w*|stole|stolen|has|had|have|got|keeps?|kept|control\\w*|manag\\w*|spend\\w*|spent|use\\w*|using) (?:\\w+ ){0,2}?(?:my|his|her|their|all my|all his|all her) (?:\\w+ )?(?:money|pension|savings|bank|cards?|cash|benefits|account|purse|wallet)|(?:given|gave|give|giving|lent|lend\\w*|loan\\w*) (?:him|her|them|\\w+) (?:all|most) (?:of )?(?:my|his|her) (?:savings|money|pension|cash)|financial(?:ly)? abus\\w*|scam\\w*|conned|fleeced|swindled|exploit\\w*',
  },
  {
    id: 'adult_at_risk.vulnerable_exploited',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern: '(?:dementia|alzheimers|learning disabilit\\w*|learning difficult\\w*|lacks? capacity)(?: \\w+){0,12} (?:tak\\w*|took|steal\\w*|stole|money|cards?|pension|bank|hit\\w*|hurt\\w*|push\\w*|shout\\w*)',
  },
  {
    id: 'adult_at_risk.mistreatment',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:carer|carers|care worker|care workers|home care|staff|nurse|nurses|nephew|niece|grandson|granddaughter|son|daughter|the home|care home) (?:\\w+ ){0,4}?(?:hit|hits|slap\\w*|push\\w*|shov\\w*|rough|shout\\w*|scream\\w*|swear\\w*|call\\w* (?:me|him|her) names|bull\\w*|ignor\\w*|lock\\w*|abus\\w*|hurt\\w*|pinch\\w*|tie\\w*|restrain\\w*) (?:\\w+ ){0,2}?(?:me|her|him|them|my mum|my dad)\\b(?! (?:at|in) (?:cards|chess|scrabble|darts|games?))',
  },
  { id: 'adult_at_risk.neglect', category: 'adult_at_risk', kind: 'explicit', pattern: 'neglect\\w*(?! (?:\\w+ ){0,2}(?:kids|children|child|baby|babies))' },
  {
    id: 'adult_at_risk.left_soiled',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern: '(?:leave|left|leaves|leaving) (?:me|him|her|them|my \\w+) (?:in|without) (?:a |the )?(?:wet|soiled|dirty) (?:bed|pads?|clothes|sheets)|(?:wet|soiled) (?:bed|pads?|sheets|clothes) (?:all day|all night|for hours)',
  },
  {
    id: 'adult_at_risk.self_neglect',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:not|stopped|havent been|cant be bothered|given up|no longer) (?:\\w+ )?(?:looking after|taking care of|caring for) (?:myself|my self|himself|herself)|stopped (?:washing|bathing|cooking|cleaning|getting dressed|changing (?:my|his|her) clothes)|(?:havent|not|no) (?:\\w+ ){0,2}?(?:washed|bathed|showered|changed (?:my|his|her) clothes|had (?:the |any )?heating on|had (?:any )?(?:heating|hot water|electric\\w*|gas)) (?:\\w+ ){0,2}?(?:in|for|all) (?:weeks|months|ages|winter|a month)|(?:house|flat|home|place) is (?:full of|piled with|covered in|overrun with) (?:rubbish|junk|bags|mess|mould|filth|dirt|rats|mice)|post is piling up|proper meal (?:in|for) (?:a |over a )?(?:weeks?|months?|ages|month)',
    unlessSentence: '\\b(?:kids|children|child|baby|babies)\\b',
  },
  {
    id: 'adult_at_risk.stopped_eating',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Not eating to lose weight is an eating disorder (eating_disorder rules); otherwise self-neglect.
    pattern: '(?:stopped|given up) eating|(?:not|havent been|hardly|barely) eating (?:properly|at all|anything)',
    unlessSentence: '\\b(?:weight|calories|fat|thin|skinny|diet\\w*|kids|children)\\b',
  },
  {
    id: 'adult_at_risk.stranded',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern: '(?:cant|cannot|unable to) (?:get|make it) (?:\\w+ ){0,4}?(?:to the toilet|to the loo|to the commode|washed|dressed)|(?:nobody|no one) (?:comes|helps|checks on (?:me|him|her)|has been|came)(?: to help)?',
    negativeIsMeaning: true,
  },
];

export const CHILD_RULES: RuleSpec[] = [
  {
    id: 'child_safeguarding.harm_child',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '(?:hit\\w*|smack\\w*|slap\\w*|beat\\w*|punch\\w*|kick\\w*|hurt\\w*|shak\\w*|burn\\w*|bruis\\w*|batter\\w*|abus\\w*|touch\\w*|throw\\w*|threw|harm\\w*) (?:\\w+ ){0,2}?(?:my|the|his|her|their|our) {CHILD}\\b',
  },
  {
    id: 'child_safeguarding.child_harmed',
    category: 'child_safeguarding',
    kind: 'explicit',
    // "my daughter's partner hits her" is about an adult daughter: domestic abuse, not this rule.
    pattern: '{CHILD}(?!s? {PARTNER}\\b) (?:\\w+ ){0,8}?(?:hurts?|hits?|hitting|beats?|smacks?|touch\\w*|abus\\w*|kicks?|punch\\w*|burns?) (?:her|him|them)\\b',
  },
  {
    id: 'child_safeguarding.adult_abuser',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '{CHILD_ABUSER} (?:\\w+ ){0,2}?(?:touch\\w*|molest\\w*|abus\\w*|rap\\w*|interfer\\w* with|hurts?|hits?|beats?|smacks?) (?:me|her|him|them)\\b',
  },
  { id: 'child_safeguarding.injuries', category: 'child_safeguarding', kind: 'explicit', pattern: '{CHILD} (?:\\w+ ){0,3}?(?:has|had|got|gets|with|covered in) (?:\\w+ )?(?:bruises|bruising|burns|marks|injuries|a black eye|welts)' },
  {
    id: 'child_safeguarding.witness',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '{CHILD} (?:\\w+ ){0,2}?(?:see|saw|seen|sees|hear|heard|hears|witness\\w*) (?:\\w+ ){0,4}?(?:everything|it all|the fights?|the rows|him hit\\w*|her hit\\w*|the violence|the abuse|him kick\\w*)',
  },
  {
    id: 'child_safeguarding.left_alone',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:leave|left|leaves|leaving) (?:the |my |our |her |his |their )?{CHILD} (?:\\w+ ){0,2}?(?:alone|on (?:their|his|her) own|unattended|home alone|by themselves)|{CHILD} (?:are|is|were|was|get|gets|being) (?:\\w+ )?left (?:\\w+ )?(?:alone|on (?:their|his|her) own|home alone|unattended|by themselves)',
  },
  {
    id: 'child_safeguarding.young_carer',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '(?:\\d|1[0-3]|ten|eleven|twelve|thirteen) year old (?:\\w+ ){0,2}?(?:looks? after|looking after|minds?|minding|babysit\\w*|in charge of) (?:the |his |her |my )?(?:little ones|baby|kids|children|siblings|brothers?|sisters?|younger)',
  },
  {
    id: 'child_safeguarding.hungry',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '{CHILD} (?:\\w+ ){0,3}?(?:go|goes|going|went) to (?:school|bed) (?:hungry|without (?:food|breakfast|dinner|tea|a meal))|{CHILD} (?:havent|hasnt|have not|has not|not) (?:eaten|had (?:a |any )?(?:proper )?(?:meal|food)) (?:\\w+ ){0,2}?(?:days|since)|no food for (?:the|my) {CHILD}',
  },
  {
    id: 'child_safeguarding.grooming',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '(?:older|grown|adult) (?:man|men|woman|boy|guy|lad|bloke|lads)(?: \\w+){0,6} (?:my |our |her |his |a )?(?:\\d{1,2} year old|daughter|son|girl|boy|kids?|child|niece|nephew)|(?:im|i am) (?:only )?(?:1[0-7]|\\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b(?: ,)?(?: \\w+){0,8} (?:boyfriend|girlfriend|man|bloke|older|sex|staying at|living with|run away|ran away|kicked out)',
  },
];

export const NO_SAFE_PLACE_RULES: RuleSpec[] = [
  { id: 'no_safe_place.homeless', category: 'no_safe_place', kind: 'explicit', pattern: 'homeless\\w*|rough sleep\\w*|sleep\\w* rough|slept rough|sofa surf\\w*|couch surf\\w*' },
  {
    id: 'no_safe_place.nowhere',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:nowhere|no where|no place|noplace|(?:havent|dont|have not|do not|aint) (?:got )?(?:anywhere|any where|a place|a bed)) (?:safe )?(?:to|i can) (?:sleep|stay|go|live|kip|crash|lay my head|be)|(?:no|without a|need a|find a) (?:\\w+ )?(?:bed|roof|room|place to stay) (?:for (?:me |us |the night )?)?(?:tonight|this evening)',
  },
  { id: 'no_safe_place.evicted', category: 'no_safe_place', kind: 'explicit', pattern: 'evicted|eviction|kicked out|thrown out|chucked out|locked out|turfed out|changed the locks' },
  {
    id: 'no_safe_place.street',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: '(?:sleep\\w*|slept|staying|stay|living|live|lives|ended up|end up) (?:out )?on the streets?|(?:stuff|things|belongings|bags) (?:\\w+ )?(?:is |are )?(?:on|in) the street',
  },
  {
    id: 'no_safe_place.makeshift',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|stay\\w*|living|live|lives|kip\\w*) (?:in|on|at|under) (?:my |a |the |his |her )?(?:car|van|tent|night bus|buses|bus station|bench|doorway|park|station|stairwell|shed|a and e)|(?:staying|sleeping|kipping|crashing) (?:on|at) (?:a |my |his |her )?(?:mates|friends|sisters|brothers|someones) (?:sofa|couch|floor|settee)',
  },
  { id: 'no_safe_place.cant_go_home', category: 'no_safe_place', kind: 'explicit', negativeIsMeaning: true, pattern: '(?:cant|cannot|can not|not safe to) go (?:back )?home(?: tonight)?|(?:not safe|unsafe) (?:to (?:go|stay|be) )?(?:at )?home' },
  { id: 'no_safe_place.left_housing', category: 'no_safe_place', kind: 'explicit', pattern: '(?:leave|left|kicked out of|thrown out of|evicted from|lost) (?:my |the )?(?:hostel|refuge|shelter|supported housing|b and b|accommodation)' },
];
