import type { RuleSpec } from './types';

/**
 * National baseline: risks from or to other people (children: rules-children.ts).
 * Who did what to whom decides the category: a partner or ex hurting someone is domestic abuse,
 * a carer or relative exploiting an older or disabled adult is an adult at risk, anyone hurting a
 * child is child safeguarding, and the person intending harm is harm to others.
 */
const INTENT =
  '(?:going to|ill|i will|i (?:want|wanted|need|needed|plan|planning|am tempted|was tempted|feel like i want) to|i (?:could|would|might)(?: just)?|id|i feel like i (?:could|might|will|want to)|(?:thoughts?|thinking|think|thought|dreams?|dreaming|fantasi\\w*) (?:of|about)|urges? to|i keep (?:thinking about|wanting to)|hed|shed|hes going to|shes going to|he will|she will|hell|shell|theyll|he wants to|she wants to|threaten\\w* to|says (?:he|she)ll)(?: (?:never|not|ever))?(?: \\w+){0,2}?';

export const HARM_TO_OTHERS_RULES: RuleSpec[] = [
  {
    id: 'harm_to_others.intent',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: `${INTENT} (?:really |actually |seriously |just )?(?:(?:kill\\w*|murder\\w*|stab\\w*|strangl\\w*|shoot\\w*|batter\\w*|throttl\\w*|hurt\\w*|harm\\w*|attack\\w*|beat\\w*(?: up)?|punch\\w*|smother\\w*|suffocat\\w*|knif\\w*|glass|sort out|do in|run over|poison\\w*|burn\\w*|lay (?:a finger|hands) on) {PERSON_OBJ}|(?:smash|kick|cave|bash|knock) (?:his|her|their|someones|your) (?:face|head|teeth)(?: in)?)`,
  },
  {
    id: 'harm_to_others.threat',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: 'threaten\\w* to (?:kill|stab|hurt|shoot|batter|attack|beat up|burn) (?:someone|somebody|people|him|her|them|his|her|their|the|a)',
  },
  {
    id: 'harm_to_others.weapon',
    category: 'harm_to_others',
    kind: 'method',
    pattern:
      '(?:get|got|getting|bought|buy\\w*|take|taking|bring\\w*|have) (?:a |my |the )?(?:knife|blade|gun|machete|weapon|baseball bat|hammer) (?:\\w+ ){0,6}?(?:him|her|them|sort|where (?:he|she|they) lives?|use it|on (?:him|her|them))|carr(?:y|ies|ying|ied) (?:a |my |the )?(?:knife|blade|gun|machete|weapon|blade)',
  },
  {
    id: 'harm_to_others.revenge',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: 'make (?:him|her|them|\\w+) pay for what|get (?:my )?revenge|get back at (?:him|her|them)',
  },
  {
    id: 'harm_to_others.someone_hurt',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: '(?:someone|somebody)(?:s| is)? (?:going to|will) get (?:\\w+ )?(?:hurt|killed|stabbed)',
  },
  {
    id: 'harm_to_others.lash_out',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'lash\\w* out (?:at|on) (?:him|her|them|people|someone|my \\w+|the \\w+)|i (?:\\w+ ){0,2}?(?:hit|hurt|attacked|stabbed|punched|assaulted|beat up|beaten up|glassed) (?:anyone|someone|somebody|people|a (?:man|woman|lad|bloke|guy|stranger)|him|her|them)',
  },
];

export const DOMESTIC_ABUSE_RULES: RuleSpec[] = [
  {
    id: 'domestic_abuse.violence',
    category: 'domestic_abuse',
    kind: 'explicit',
    // "beats me at cards" and "hit me up" are masked as benign before this runs. The words between
    // subject and verb cannot hold another actor ("if he comes round I'll batter him").
    // "She's kicked me out" is being put out (no_safe_place), not a kick; "locked me out of" still counts.
    pattern:
      '(?:{PARTNER}|{FAMILY}|he|she|hes|shes) (?:(?!(?:i|ill|im|id|ive|we|{CHILD_ABUSER})\\b)\\w+ ){0,8}?{VIOLENCE} (?:{FIRST_OR_THIRD}|my (?:mum|dad|sister|brother))\\b(?! (?:at|in) (?:cards|chess|scrabble|darts|golf|games?|pool|tennis|football|quiz)| out\\b(?! of)(?<=(?:kick\\w*|lock\\w*|push\\w*|shov\\w*|drag\\w*) (?:me|her|him|us) out))',
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
    pattern:
      '(?:{PARTNER}|he|she) (?:\\w+ ){0,3}?(?:turn\\w* up|show\\w* up|follow\\w*|stalk\\w*|watch\\w*|wait\\w* outside) (?:\\w+ ){0,2}?(?:my|me|her) ?(?:house|home|door|flat|work|everywhere)?',
  },
  {
    id: 'domestic_abuse.violence_to_partner',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:lash\\w* out at|hit|hits|hitting|slap\\w*|punch\\w*|push\\w*|beat\\w*|hurt\\w*|kick\\w*|abus\\w*|threaten\\w*|control\\w*|strangl\\w*|chok\\w*) (?:my|his|her) {PARTNER}',
  },
  {
    id: 'domestic_abuse.passive',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern: '(?:abused|hit|beaten|hurt|attacked|raped|assaulted|controlled|threatened|bullied|strangled) by (?:my |her |his |their )?{PARTNER}',
  },
  {
    id: 'domestic_abuse.named',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      'abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex)|domestic (?:abuse|violence)|coercive\\w*|controlling (?:relationship|partner|husband|wife|boyfriend|girlfriend|man|woman)',
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
    pattern:
      '(?:scared|afraid|frightened|terrified|fear\\w*) (?:of |to )?(?:my {PARTNER}|him|her|what (?:he|she)(?:ll| will| might| would)? do|go(?:ing)? (?:back )?home|(?:his|her) temper)',
  },
  {
    id: 'domestic_abuse.control',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:have to|got to|need to|must) ask (?:his |her |him |for )?(?:permission|if i can)|(?:not allowed|wont let (?:me|her|him)|doesnt let (?:me|her|him)|never lets (?:me|her|him)|wouldnt let (?:me|her|him)) (?:to )?(?:see|visit|contact|phone|call|talk to|speak to|leave|go out|go anywhere|go outside|have|keep|spend|use|work|get a job)(?: (?:my|her|his|the) (?:own )?(?:friends|family|mum|dad|sister|brother|kids|children|money|phone|bank|card|wages|benefits|house|flat))?',
  },
  {
    id: 'domestic_abuse.coercion',
    category: 'domestic_abuse',
    kind: 'explicit',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}',
    pattern:
      'if i (?:leave|left|go|tell|report|call|end it)(?: \\w+){0,3} (?:he|she|hed|shed|hell|shell)\\b|(?:he|she|{PARTNER}) (?:\\w+ )?(?:makes|made|forces|forced) (?:me|her) (?:hand over|give|sign|have sex|sleep with|do things)|(?:{PARTNER}|he|she)s? (?:\\w+ ){0,3}?(?:violent|aggressive|abusive|controlling)',
  },
  { id: 'domestic_abuse.eggshells', category: 'domestic_abuse', kind: 'explicit', pattern: 'walk\\w* on egg ?shells' },
  {
    id: 'domestic_abuse.threats',
    category: 'domestic_abuse',
    kind: 'explicit',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}',
    negativeIsMeaning: true,
    pattern:
      '(?:he|she|{PARTNER}) (?:said|says|told me|warned)(?: me)? (?:thered|there would|there will|theres going to|i(?:d| would| will|ll)) be (?:consequences|trouble|hell to pay|sorry)|(?:nobody|no one) (?:would|will|is going to)? ?believe (?:me|her|you)',
  },
  {
    id: 'domestic_abuse.monitoring',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:he|she|{PARTNER}) (?:\\w+ ){0,3}?(?:checks?|checking|goes through|reads?|tracks?|tracking|monitors?) (?:all )?(?:my|her) (?:phone|messages|texts|emails|location|bank|spending)|(?:know|knowing|track\\w*|check\\w*) where (?:i am|im|i go|ive been|she is|shes) (?:all the time|every minute|constantly|24 7)|(?:controls?|takes?|took|has taken|keeps?) (?:all )?(?:my|her) (?:money|bank card|bank cards|cards|wages|benefits|passport)(?! in (?:the|a|an|her|his|my)\\b)(?:,? and gives (?:me|her) pocket money)?|gives (?:me|her) pocket money',
    unlessSentence:
      '\\b(?:carer|carers|son|daughter|nephew|niece|grandson|granddaughter|neighbour|lady|dementia|in a tin|in the bank|in her purse|nan|gran|grandma)\\b',
  },
  {
    id: 'domestic_abuse.rage',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:he|she|{PARTNER}) (?:\\w+ ){0,3}?(?:smash\\w*|throw\\w*|threw|break\\w*|punch\\w*|kick\\w*) (?:things|stuff|doors|walls|plates|holes in|the place|my (?:phone|things|stuff))|(?:he|she|{PARTNER}) (?:\\w+ )?kicks? off (?:at|on) (?:me|her|him|us)|(?:he|she|{PARTNER}) (?:\\w+ ){0,3}?controls? (?:everything|all|my life|her life|his life|what (?:i|she|he) (?:do|does|wear|eat|spend|say))',
  },
];

export const ADULT_AT_RISK_RULES: RuleSpec[] = [
  {
    id: 'adult_at_risk.financial',
    category: 'adult_at_risk',
    kind: 'explicit',
    unlessSentence: '\\b(?:manages? (?:his|her|their) own|(?:his|her|their) own money)\\b',
    pattern:
      '{CARER} (?:\\w+ ){0,4}?(?:take|takes|taken|took|taking|steal\\w*|stole|stolen|has|had|have|got|keeps?|kept|control\\w*|manag\\w*|spend\\w*|spent|use\\w*|using) (?:\\w+ ){0,2}?(?:my|his|her|their|all my|all his|all her) (?:\\w+ )?(?:money|pension|savings|bank|cards?|cash|benefits|account|purse|wallet)|(?:given|gave|give|giving|lent|lend\\w*|loan\\w*) (?:him|her|them|\\w+) (?:all|most) (?:of )?(?:my|his|her) (?:savings|money|pension|cash)|{CARER} (?:\\w+ ){0,4}?(?:steal\\w*|stole|stolen|nick\\w*|pinch\\w*|tak\\w* money|took money) from (?:me|him|her|them|my \\w+|his \\w+|her \\w+)|(?:savings|money|pension|life savings) (?:are|is|has|have) (?:all )?(?:gone|disappeared|been taken|vanished|been stolen)|(?:moneys|money s|savings are|pension s|pensions) (?:\\w+ )?(?:going|disappearing|vanishing|going missing)|(?:gave|give|given|giving) (?:\\w+ ){0,3}?(?:my |his |her )?(?:bank details|pin|pin number|card details|password|online banking)|(?:sent|given|paid|transferred|wired) (?:\\w+ ){0,2}?(?:thousands|hundreds|all my savings|all his savings|all her savings|\\d{4,})|financial(?:ly)? abus\\w*|scam\\w*|conned|fleeced|swindled|exploit\\w*',
  },
  {
    id: 'adult_at_risk.vulnerable_exploited',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:dementia|alzheimers|learning disabilit\\w*|learning difficult\\w*|lacks? capacity|downs syndrome|down syndrome|brain injury|autis\\w*)(?: \\w+){0,12} (?:tak\\w*|took|steal\\w*|stole|money|cards?|pension|bank|hit\\w*|hurt\\w*|push\\w*|shout\\w*|charg\\w*|paid|sent|sign\\w*|cheques?|will|\\d{3,})',
  },
  {
    id: 'adult_at_risk.mistreatment',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:carer|carers|care worker|care workers|home care|staff|nurse|nurses|nephew|niece|grandson|granddaughter|son|daughter|the home|care home) (?:\\w+ ){0,4}?(?:hit|hits|slap\\w*|push\\w*|shov\\w*|rough|shout\\w*|scream\\w*|swear\\w*|call\\w* (?:me|him|her) names|bull\\w*|ignor\\w*|lock\\w*|abus\\w*|hurt\\w*|pinch\\w*|tie\\w*|restrain\\w*) (?:\\w+ ){0,2}?(?:me|her|him|them|my (?:mum|mam|mom|mother|dad|father|nan|gran|grandma|grandad|husband|wife|brother|sister|aunt|uncle))\\b(?! (?:at|in) (?:cards|chess|scrabble|darts|games?))',
  },
  { id: 'adult_at_risk.neglect', category: 'adult_at_risk', kind: 'explicit', pattern: 'neglect\\w*(?! (?:\\w+ ){0,2}(?:kids|children|child|baby|babies))' },
  {
    id: 'adult_at_risk.left_soiled',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:leave|left|leaves|leaving) (?:me|him|her|them|my \\w+) (?:in|without|on) (?:a |the |my |his |her )?(?:\\w+ )?(?:bed|pads?|clothes|sheets|chair|wheelchair|commode|room|food|water|drink)(?: \\w+)? (?:all day|all night|for hours|for days)|(?:leave|left|leaves|leaving) (?:me|him|her|them|my \\w+) (?:in|without) (?:a |the )?(?:wet|soiled|dirty) (?:bed|pads?|clothes|sheets)|(?:wet|soiled) (?:bed|pads?|sheets|clothes) (?:all day|all night|for hours)|(?:wont|dont|doesnt|never|refuses? to|wouldnt) help (?:me|him|her|them|my \\w+) (?:to|with|on|get to) (?:the toilet|the loo|the commode|washing|eating|meals)',
  },
  {
    id: 'adult_at_risk.self_neglect',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:not|stopped|havent been|cant be bothered|given up|no longer) (?:\\w+ )?(?:looking after|taking care of|caring for) (?:myself|my self|himself|herself)|stopped (?:washing|bathing|cooking|cleaning|getting dressed|changing (?:my|his|her) clothes)|(?:havent|hasnt|not|no) (?:\\w+ ){0,2}?(?:washed|bathed|showered|had (?:a )?(?:bath|wash|shower)|changed (?:my|his|her) clothes|had (?:the |any )?heating on|had (?:any )?(?:heating|hot water|electric\\w*|gas)) (?:\\w+ ){0,2}?(?:in|for|all) (?:weeks|months|ages|winter|a month)|(?:house|flat|home|place|kitchen|bathroom|bedroom|room) is (?:full of|piled with|covered in|overrun with|crawling with) (?:rubbish|junk|bags|mess|mould|filth|dirt|rats|mice|maggots|flies)|(?:house|flat|home|place|room) is a (?:tip|pigsty|state|dump|health hazard)|let (?:myself|himself|herself) go|(?:i|he|she) (?:dont|doesnt|never|cant|cannot) (?:wash|bathe|shower|get washed)\\b(?! (?:the|my|his|her|up|dishes|car|pots|floor|clothes))|post is piling up|proper meal (?:in|for) (?:a |over a )?(?:weeks?|months?|ages|month)',
    unlessSentence: '\\b(?:kids|children|child|baby|babies)\\b',
  },
  {
    id: 'adult_at_risk.stopped_eating',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Not eating to lose weight is an eating disorder (eating_disorder rules); otherwise self-neglect.
    // "Stopped eating bread" is a food cut out, not eating stopped.
    pattern:
      '(?:stopped|given up) eating(?! (?:bread|meat|red meat|pork|fish|dairy|cheese|eggs|wheat|gluten|sugar|sweets|chocolate|crisps|carbs|junk|takeaways|fast food|processed|late|after|before|out|so much|as much|between))|(?:not|havent been|hardly|barely) eating (?:properly|at all|anything)',
    unlessSentence: '\\b(?:weight|calories|fat|thin|skinny|diet\\w*|kids|children)\\b',
    // An eating disorder named anywhere in the message: the eating_disorder rules cover it.
    unlessMessage: '\\b(?:anorexi\\w*|bulimi\\w*|eating disorder|binge\\w*|purg\\w*)\\b',
  },
  {
    id: 'adult_at_risk.care_withheld',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '{CARER} (?:\\w+ ){0,5}?(?:dont|doesnt|never|wont|arent|isnt|do not|does not) (?:\\w+ )?(?:feed|feeding|wash|washing|change|changing|turn|turning|help|helping|give|giving) (?:me|him|her|them|my \\w+|residents)(?: (?:properly|enough|food|water|meds|medication|medicine))?',
  },
  {
    id: 'adult_at_risk.stranded',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|unable to) (?:get|make it) (?:\\w+ ){0,4}?(?:to the toilet|to the loo|to the commode|washed|dressed)|(?:nobody|no one) (?:comes|helps|is helping|is coming|checks on (?:me|him|her)|has been|came)(?: to help)?',
    negativeIsMeaning: true,
  },
];
