import type { RuleSpec } from '../types';
import { CUCKOO } from './fragments';

/**
 * Adult at risk: an adult with care needs harmed, neglected or exploited.
 *
 * Concepts: neglect by paid or family carers (missed visits, left soiled or unfed, medicines missed);
 * rough handling; financial abuse by someone close (money, cards, property taken); scams; being
 * confined or stranded; self-neglect and living conditions; a home taken over (cuckooing).
 * Why: these are disclosed as a carer's or relative's routine, not as "abuse"; several long rules
 * carry a `withMessage` gate (care or money words) so they run only on messages that could match.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

const ELDER = '(?:my |our |her |his |the )?(?:mum|mam|mom|dad|nan|gran|grandad|grandma|grandpa|mother|father|him|her|them|residents|me)';
/** An older person, as notes and neighbours describe them. */
const OLDER =
  '\\b(?:im|i am|shes|hes|she is|he is|aged?|pt|patient|client)? ?(?:\\(?[6-9]\\d\\)?|elderly|old man|old woman|old lady|pensioner|in (?:his|her|my) (?:seventies|eighties|nineties))\\b';
/** Someone who looks after an adult, paid or family. */
const CARE_CONTEXT =
  '\\b(?:carers?|care workers?|care home|nursing home|home care|care staff|staff|agency|the home|(?:im|i am|shes|hes|she is|he is) (?:his|her|their|my) carer|respite|day centre|caring for|care for (?:him|her|them|my)|look(?:s|ing)? after (?:him|her|them|mum|dad|my))\\b';
/** Harm words used of a carer towards the person cared for; "hurt her back" (lifting) is not one. */
const CARER_HARM =
  '(?:gets?|getting|got) rough with|rough with (?:him|her|them|pt|mum|dad|me)|(?:slapped|slaps|slapping|hit|hits|hitting|smacked|smacks|pushed|pushes|shoved|pinched|pinches|shook|shakes|shaking|yanked|grabbed|grabs|hurt|hurts|hurting|shouted at|shouts at|shouting at|swore at|swears at) (?:him|her|them|pt|patient|the patient|mum|dad|my (?:mum|dad|husband|wife|nan|gran|grandad)|me)\\b(?! (?:back|knee|arm|leg|shoulder|hand|foot|wrist|hip|neck|up)\\b)';

/** An older or dependent adult in the message. */
const OLDER_OR_DEPENDENT =
  '\\b(?:dementia|alzheimers|frail|elderly|pensioner|pension|nan|nana|gran|granny|grandma|grandad|grandpa|great aunt|great uncle|old (?:lady|man|boy|girl|fella)|care home|carers?|(?:[6-9]\\d|1[01]\\d) ?(?:yo|years? old)?|(?:sixty|seventy|eighty|ninety)(?: \\w+)?|dad|mum|mam|father|mother|uncle|aunt|auntie)\\b';

export const ADULT_AT_RISK_RULES: readonly RuleSpec[] = [
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
  {
    id: 'adult_at_risk.more',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:borrow\\w*|tak\\w*|took|had|gets?|getting) (?:\\w+ ){0,2}?money (?:off|from) (?:nan|mum|dad|gran|grandad|grandma|her|him|my (?:mum|dad|nan|gran|grandad))(?: (?:\\w+|,)){0,8} (?:never|not|doesnt|dont) (?:pay|pays|paid|give|gives|gave) (?:it |her |him )?back|(?:put|putting|added|add\\w*) (?:her|him|them|\\w+) on the (?:deeds|account|bank account)|living off (?:mums|dads|nans|grans|his|her|my (?:mums|dads|nans)) (?:pension|money|benefits|savings)|(?:carers?|agency|care workers?) (?:\\w+ ){0,2}?(?:dont|doesnt|didnt|never|havent) (?:turn up|come|show up|turned up|came)|(?:left|been left) without (?:food|water|heating|meds|medication|care|help)(?: for)?|not (?:been )?out of bed for (?:days|weeks)|no food in(?: the (?:house|flat|fridge|cupboards?))?(?! for (?:the|my) (?:kids|children))|(?:bags|rubbish|junk|bin bags|boxes) piled up|(?:wont|will not|refuses? to|doesnt) (?:open|answer) the door',
    unlessSentence: '\\b(?:kids|children|child|baby|toddler|little (?:boy|girl|lad|ones?)|party|parcel|delivery)\\b',
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
  // Adults at risk: neglect at home, rough carers, money and property taken, help withdrawn, confinement, medicines missed.
  {
    id: 'adult_at_risk.threatened_with_a_home',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      'if (?:i|she|he|mum|dad|nan) (?:complain\\w*|tell\\w*|say\\w* anything|speak\\w* up|kick\\w* up a fuss|make\\w* a fuss)(?: \\w+){0,4} (?:put|be put|go|sent|send) (?:her |him |me )?(?:in|into) (?:a )?(?:home|care home)',
  },
  {
    id: 'adult_at_risk.carer_intrusive_harm',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:picture|image|images|thoughts?|urges?|flash\\w*|tempted|imagine\\w*|think\\w* about|feel like) (?:\\w+ ){0,3}?(?:of |about )?(?:shaking|hitting|smothering|putting (?:a|the) pillow over|pushing|hurting|strangl\\w*|suffocat\\w*) (?:her|him)\\b',
    withMessage: '\\b(?:caring for|care for|look(?:ing)? after|mum|mam|mom|dad|nan|gran|dementia)\\b',
  },
  {
    id: 'adult_at_risk.relative_moved_in',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:grandson|son|daughter|nephew|niece|lodger|granddaughter|brother)s? (?:has |had )?moved (?:back )?in(?: (?:\\w+|,)){0,6} (?:scared|frightened|afraid|terrified) of (?:him|her|them)|(?:fridge|cupboards?) (?:is |are )?(?:empty|bare)(?: (?:\\w+|,)){0,4} (?:sits?|sitting|lies|lying) in the (?:dark|cold)|(?:sits?|sitting) in the (?:dark|cold) (?:all day|every day|with no)',
  },
  {
    id: 'adult_at_risk.neglect_more',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:leave|left|leaves|leaving) (?:my |our )?(?:me|him|her|them|mum|dad|nan|gran|grandad) (?:sat |sitting |lying |lay )?(?:in|on|without) (?:a |the |my |his |her )?(?:\\w+ )?(?:bed|pads?|clothes|sheets|chair|wheelchair|commode|room|food|water|drink|floor)(?: \\w+)? (?:all day|all night|for hours|for days|overnight|all weekend)|(?:nobody|no one|not|hasnt|havent|never) (?:\\w+ ){0,2}?(?:changed|washed|turned|fed|checked on) (?:her|his|him|mum|dad|my \\w+)(?: \\w+)? (?:since|for|in|all)|living (?:on|off) (?:biscuits|toast|crisps|cereal|tins|nothing|bread and butter)|(?:keep\\w*|kept|pocket\\w*) (?:the|her|his) change',
  },
  {
    id: 'adult_at_risk.scams_and_sedation',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:man|woman|someone|somebody|caller|bloke|lady|fella) (?:\\w+ ){0,3}?(?:on the phone|rang|called|phoned|emailed|texted|messaged)(?: (?:\\w+|,)){0,8} (?:bank account|account|savings|pin|transfer\\w*|compromised|hmrc|safe account|gift cards?)|safe account|(?:moved|transferred|sent|withdrew|took out) (?:all )?(?:her|his|my) (?:savings|money|pension|life savings)|sedat\\w*|doped (?:up)?|like a zombie',
    withMessage: '\\b(?:mum|mam|mom|dad|nan|gran|grandad|grandma|aunt|auntie|uncle|neighbour|dementia|care home|the home|staff|carers?|elderly|old)\\b',
    unlessMessage: '\\b(?:operation|surgery|anaesthetic|vet|dog|cat|scan|procedure)\\b',
  },
  {
    id: 'adult_at_risk.money_more',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:emptied|cleared out|drained|cleaned out) (?:her|his|my|mums|dads|nans|the) (?:bank )?(?:account|savings|pension)|(?:man|woman|someone|bloke|fella|lady|person|guy|he|she) (?:\\w+ )?met (?:online|on the internet|on facebook|on a dating (?:site|app))(?: (?:\\w+|,)){0,8} (?:money|pounds|thousand|grand|visa|flight|ticket|loan|\\d{3,})|sleep\\w* in (?:his|her|my|the) (?:arm ?chair|armchair|chair) (?:for|since|every night)',
  },
  {
    id: 'adult_at_risk.round4_more',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:hasnt|havent|not|hardly) (?:eaten|been eating|had a (?:proper )?meal) (?:properly )?(?:for|in) (?:a |over a )?(?:days|weeks?|fortnight)|(?:wont|will not|refuses? to) let (?:the doctor|the nurse|the gp|carers|the carers|social services|us|anyone|anybody) in|(?:won|winning) (?:\\w+ )?(?:money|a prize|prizes|the lottery|a competition)(?: \\w+){0,6} (?:send\\w*|sent|pay\\w*|paid|cheques?|fee)|sending (?:them )?(?:cheques|money|cash|gift cards)',
    withMessage:
      '\\b(?:(?:mum|mam|mom|dad|nan|gran|grandad|grandma|aunt|auntie|uncle|neighbour)s?|dementia|lives alone|alone|elderly|old|\\d\\d|he|she|him|her)\\b',
    unlessMessage: '\\b(?:weight|thin|skinny|calories|fat|diet)\\b',
  },
  {
    id: 'adult_at_risk.living_conditions',
    category: 'adult_at_risk',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:house|flat|home|place|rooms?|bungalow)(?: is)? (?:\\w+ ){0,2}?(?:full|piled|stacked|packed|crammed|filled) (?:up )?(?:to the |to )?(?:ceiling|rafters|roof|brim)|no (?:working|running) (?:toilet|water|heating|cooker|bath|shower|electric\\w*|gas|lights?)|(?:doesnt|dont|didnt|never|wont) bother (?:with )?(?:washing|eating|cooking|showering|bathing|getting (?:up|dressed)|changing|cleaning)|eating (?:cold )?(?:\\w+ )?(?:from|out of) (?:the )?tins|same (?:pad|pads|nappy|incontinence pad)|(?:sat|sitting|left|lying|lay) in (?:a |her |his )?(?:wet|soiled|dirty) (?:pad|pads|nappy|sheets|bed|clothes)',
    unlessSentence: '\\b(?:kids|children|baby|toddler|camping|festival)\\b',
  },
  {
    id: 'adult_at_risk.rough_handling',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern: `(?:carers?|care workers?|staff|nurses?|home help) (?:\\w+ ){0,3}?(?:been |is |are |being )?(?:rough|heavy handed)(?= when| with| at)|(?:carers?|care workers?|staff|nurses?|home help|agency) (?:\\w+ ){0,4}?(?:rough|short|nasty|sharp|cruel|impatient|heavy handed) with ${ELDER}\\b|(?:bruis\\w*|marks) (?:\\w+ ){0,5}?(?:like )?(?:finger ?marks|fingertips?|grip marks|hand ?prints?|thumb ?prints?)|flinch\\w* (?:\\w+ ){0,3}?(?:when|whenever|if|every time) (?:that one|the carer|a carer|he|she|they|staff)`,
    withMessage: '\\b(?:carers?|care|staff|agency|home help|nurses?|mum|mam|mom|dad|nan|gran|grandad|dementia)\\b',
    unlessMessage: '\\b(?:kids|children|baby|toddler|school)\\b',
  },
  {
    id: 'adult_at_risk.money_and_property',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:my|her|his|mums|dads|nans) (?:pension|benefits?|money|wages|savings|allowance|pip|attendance allowance|universal credit) (?:\\w+ ){0,2}?(?:goes|go|went|gets paid|is paid|paid) (?:straight |directly |right )?(?:to|into) (?:him|her|them|his|their)\\b|owe (?:him|her|them) for (?:looking after|caring for|having|putting up with) (?:me|her|him)|not allowed to go to the bank|(?:sign\\w*|transfer\\w*|put|gave|given|give) (?:the|my|his|her) (?:house|home|flat|bungalow|savings|deeds) (?:over )?(?:to|into) (?:him|her|them|his|their)\\b|(?<!\\bi )(?:pinch\\w*|nick\\w*|steal\\w*|stole|help\\w* (?:her|him)sel\\w* to) (?:money )?(?:from|out of) (?:my|her|his|mums|dads|nans) (?:purse|wallet|handbag|account|pension)|(?:take|takes|took|taking) (?:his|her|their) benefit\\b',
  },
  {
    id: 'adult_at_risk.help_withdrawn',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:home help|carers?|care workers?|care package|district nurses?|meals on wheels) (?:\\w+ ){0,2}?(?:stopped (?:coming|visiting|calling|turning up)|(?:was|were|got|been) (?:cut|cancelled|stopped|withdrawn))|(?:havent|hasnt|not) (?:been )?(?:out of|up out of) (?:the |my |her |his )?bed (?:\\w+ ){0,1}?(?:since|for|in)|pops? (?:a |the )?(?:sandwich|food|meal|something) (?:through|in|round) when (?:she|he|they) remembers?',
  },
  {
    id: 'adult_at_risk.carers_absent',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:dont|doesnt|didnt|never|havent|hasnt|wont) (?:always |even )?(?:turn up|turned up|show up|come|came|arrive|visit)(?: \\w+){0,2} (?:half the time|most days|at all|for days|all week|on time)',
    withMessage: '\\b(?:carers?|care workers?|agency|home help|district nurses?)\\b',
  },
  {
    id: 'adult_at_risk.vulnerable_without',
    category: 'adult_at_risk',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern: '(?:he|she|mum|dad|nan|gran|uncle|aunt|auntie) (?:has|had|got|have) no (?:food|money|heating|electric)',
    withMessage: '\\b(?:learning disab\\w*|dementia|alzheimers|carers?|benefits?|pension)\\b',
  },
  {
    id: 'adult_at_risk.confined',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:lock\\w*|shut\\w*|keep\\w*|kept) (?:\\w+ )?(?:me|her|him|mum|dad|nan|gran|residents|patients|the residents|the patients) in (?:the |my |her |his |their )?(?:\\w+ )?(?:bedrooms?|rooms?|house|flat|chair)',
    // "He locks me in the house" with no one vulnerable named is domestic abuse (its own rules).
    withMessage:
      '\\b(?:dementia|alzheimers|learning disab\\w*|carers?|staff|care home|home|residents|supported living|brother|son|daughter|nephew|mum|mam|mom|nan|gran|dad)\\b',
    unlessMessage: '\\b(?:kids|children|baby|toddler|dog|cat)\\b',
  },
  {
    id: 'adult_at_risk.medicine_missed',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:nobody|no one|not|never|havent|hasnt|didnt|wasnt|forgot\\w* to|forget\\w* to) (?:\\w+ ){0,2}?(?:given|give|giving|gave) (?:\\w+ )?(?:her|his|my|their|mum|dad|him|me|nan) (?:\\w+ )?(?:insulin|meds|medication|medicine|tablets|pills|injections?|inhaler|eye drops|dressings)(?: \\w+){0,3} (?:for|since|in) (?:\\w+ )?(?:days?|weeks?|yesterday|ages|\\w+day)',
  },
  {
    id: 'adult_at_risk.money_taken_by_family',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:keeps|kept|has|took|taken) (?:my|me) (?:bank )?(?:card|pension|pin|purse)(?: now)?(?: \\w+| ,){0,8} (?:dont|do not|never|cant) (?:see|get|have) (?:any of )?(?:my|me) (?:own )?(?:money|pension)|(?:helps|helping|helped) (?:himself|herself|themselves) to (?:my|me|her|his) (?:card|money|pension|purse|savings)|have to ask (?:\\w+ )?for (?:a fiver|a tenner|money|my own money|my money)',
  },
  {
    id: 'adult_at_risk.not_seen_or_neglected',
    category: 'adult_at_risk',
    kind: 'explicit',
    pattern:
      '(?:not|nobody has|no one has|havent) (?:been )?seen (?:him|her|them)? ?(?:for|in) (?:a week|days|weeks|over a week)|(?:no heating|heating (?:off|on)|food cupboard empty|cupboards? (?:are |is )?empty|no food in)',
    withMessage: `${OLDER}|\\b(?:curtains (?:closed|drawn)|milk on the step|post piling up|lives alone)\\b`,
  },
  // ── Adult at risk ───────────────────────────────────────────────────────────────────────────
  {
    id: 'adult_at_risk.money_taken_by_someone_close',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Financial abuse by family, a "friend" online or whoever holds the card: money out of the
    // account, card and PIN held, a pension helped to, an LPA used to shut the person out.
    pattern:
      '(?:{CARER}|{PARTNER}|he|she|they|hes|shes|theyve|theyre|hed|shed) (?:(?!(?:i|im|ive|me)\\b)\\w+ ){0,3}?(?:taking|took|taken|takes|draw\\w*|drew|drain\\w*|empt\\w*|withdraw\\w*|having|spend\\w*|spent|moving|moved|transferr\\w*) (?:\\w+ ){0,2}?(?:money|cash|\\d+|hundreds|thousands) (?:out )?(?:of|from) (?:my|her|his|me|mums?|mams?|dads?|nans?|grans?) (?:own )?(?:\\w+ )?(?:account|bank|purse|wallet|pension|savings|card)|(?:{CARER}|{PARTNER}|he|she|they|hes|shes|theyve|theyre) (?:(?!(?:i|im|ive)\\b)\\w+ ){0,2}?(?:has|got|have|had|keeps|kept|took|taken|holds?|knows|uses|using) (?:my|her|his|me) (?:bank )?(?:card|cards) and (?:my |her |his )?(?:pin|pin number|password|pins)|help\\w* (?:himself|herself|themselves) to (?:\\w+ ){0,2}?(?:money|pension|savings|benefits|card|purse|cash|account|wallet)|(?:steal\\w*|stole|nick\\w*|pinch\\w*|pocket(?:s|ed|ing)) (?:\\w+ ){0,2}?(?:my|her|his|me|mums?|mams?|dads?|nans?) (?:\\w+ )?(?:pension|benefits|savings|attendance allowance|pip|life savings|money)|(?:give|gave|giving|hand|hands|handed|handing) (?:him|her|them) (?:my|her|his) (?:bank )?(?:card|pin|money|pension|cash|purse)(?: \\w+| ,){0,4}? (?:because|cos|or|else|when|if) (?:he|she|they) (?:gets?|goes|get|go|will|ll|kicks?|shouts?|starts?|turns?)|(?:lpa|power of attorney|poa)(?: \\w+| ,){0,10}? (?:not allowed|wont let|cant see|bought|spent|taken|new car|holiday|keeps?)|(?:not allowed|wont let me|doesnt let me|wont let her|doesnt let her) (?:to )?(?:see|look at|check|open) (?:my|her|his) (?:own )?(?:bank statements|statements|finances|post|letters)|(?:friend|boyfriend|girlfriend|man|woman|someone|bloke|lady|fella|chap|gentleman|soldier|person) (?:i met |she met |he met |\\w+ )?(?:from|on|off) (?:the internet|online|facebook|the computer|whatsapp|a dating \\w+|tinder|instagram)(?: \\w+| ,){0,10}? (?:money|savings|cash|gift cards|vouchers|transfer|flight|visa|loan|customs|fees)|(?:sent|sending|transferred|wired) (?:him|her|them) (?:all )?(?:of )?(?:my|her|his|me) (?:life )?(?:savings|pension|inheritance)',
    withMessage:
      '\\b(?:money|cash|\\d+|hundreds|thousands|card|cards|pin|pension|savings|benefits|purse|wallet|account|lpa|attorney|poa|statements|finances|post|letters|inheritance|pip|vouchers|transfer|flight|visa|loan|customs|fees)\\b',
  },
  {
    id: 'adult_at_risk.neglect_or_harm_by_carers',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Paid or family carers: roughness, waiting for the toilet, a long lie on the floor until the
    // next call, injuries nobody can explain, put to bed at teatime. Only where care is in the message.
    pattern: `${CARER_HARM}|(?:hold|holding|held) (?:on|it in|it|myself)(?: \\w+){0,2}? (?:for the (?:toilet|loo)|(?:till|until) (?:the next|they|the carers?|someone|somebody))|(?:wait|waiting|waited) (?:\\w+ ){0,4}?(?:for|to go to|to use|to get to) the (?:toilet|loo|commode|bathroom)|(?:wet|soiled|soaked) (?:myself|herself|himself|the bed)|(?:was|been|lay|lying|laid|stuck|left|stayed|laying) on the floor (?:\\w+ ){0,6}?(?:until|till|for (?:hours|days|\\w+ hours|\\w+ days|a day|the night|two days)|all night|overnight)|(?:bruis\\w*|marks|injur\\w*|sores|cuts|burns|skin tears?|black eye|fracture\\w*)(?: \\w+){0,6}? (?:cant|cannot|couldnt|could not|wont|will not|didnt|did not|dont) (?:explain|say how|tell (?:me|us) how|know how)|unexplained (?:bruis\\w*|marks|injur\\w*|falls?|cuts)|(?:put|puts|putting) (?:\\w+ )?(?:to bed|in bed) (?:at |by )?(?:four|five|half four|half five|4|5|tea ?time)\\b`,
    withMessage: CARE_CONTEXT,
  },
  {
    id: 'adult_at_risk.self_neglect',
    category: 'adult_at_risk',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    // Self-neglect told as how life is now: not washing for months, given up, post unopened, no one
    // let in, a house that has become a tip or a store.
    pattern:
      '(?:havent|hasnt|have not|has not|not|never) (?:had |been |got )?(?:a )?(?:proper |decent )?(?:wash|washed|bath|bathed|shower|showered|change of clothes)(?: properly| myself| at all)? (?:in|for|since) (?:months|weeks|ages|a long time|the summer|summer|christmas|(?:\\w+ )?(?:months|weeks))|(?:given|giving|gave) up (?:on )?(?:washing|cleaning|looking after (?:myself|himself|herself)|myself|himself|herself|it all|the house|the flat)(?! (?:meat|sugar|bread|dairy|alcohol|booze|smoking|chocolate|for lent))|(?:not|no longer|never|cant be) (?:bothered|bovvered|arsed|fussed) (?:about|with) (?:washing|eating|cleaning|cooking|myself|getting dressed|the house|the flat)(?! when)|stopped (?:opening|answering|reading) (?:the|his|her|my) (?:post|mail|letters|door|phone)|(?:wont|will not|wouldnt|doesnt|refuses to) let (?:me|anyone|anybody|us|them|carers|the \\w+) (?:past|in|into|through|over|beyond) (?:the )?(?:front )?(?:door|doorstep|house|flat|hallway|kitchen)|(?:havent|hasnt|not) been (?:upstairs|up the stairs) (?:since|for|in)|(?:place|house|flat|home|room|kitchen)(?:s| is)? (?:\\w+ ){0,2}?(?:a (?:right |proper |total )?(?:tip|state|mess|pigsty|hovel)|filthy|infested|overrun)(?: \\w+| ,){0,6}? (?:mice|rats|maggots|flies|cockroaches|vermin|bugs|smell|stinks?|bins|rubbish)|(?:bath|bathtub|kitchen|hall|bed|stairs|rooms?)s? (?:is |are )?(?:full of|piled (?:high )?with|stacked with|covered in) (?:boxes|bags|stuff|papers|newspapers|rubbish|junk|things)',
    unlessMessage: '\\b(?:moving (?:house|out|in)|removals?|decorat\\w*|renovat\\w*|clear\\w* out)\\b',
    withMessage:
      '\\b(?:wash\\w*|bath\\w*|shower\\w*|clothes|given|giving|gave|bothered|bovvered|arsed|fussed|stopped|let|upstairs|stairs|tip|state|mess|pigsty|hovel|filthy|infested|overrun|full of|piled|stacked|covered)\\b',
  },
  {
    id: 'adult_at_risk.home_taken_over',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Cuckooing: the person's home used by others they cannot refuse.
    pattern: `${CUCKOO}|(?:cant|can not|cannot|dare not|darent) (?:tell|say) (?:them|him|her) no`,
  },
  {
    id: 'adult_at_risk.confined',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      'not allowed (?:out of|to leave|to come out of) (?:her|his|my|their|the) (?:room|bedroom|flat|house|chair|bed)|(?:keeps?|kept|locks?|locked|shuts?) (?:her|him|me|mum|dad|nan|grandad) (?:\\w+ )?(?:in|into) (?:her|his|my|their|the) (?:room|bedroom)',
    unlessMessage: '\\b(?:kids|children|child|toddler|baby|year old|school|homework)\\b',
    withMessage: '\\b(?:allowed|keeps?|kept|locks?|locked|shuts?)\\b',
  },
  // Round 6 (branch s16e): written after reading set 8's misses and false alarms in this category (set 8 is a
  // tuning set from round 6; HELDOUT.md). Each rule is a concept — what the person describes — checked on
  // corpus-tuning-8-others.json, paraphrases of the misses and a second batch in new wordings.
  {
    id: 'adult_at_risk.carer_hurts_dependent',
    category: 'adult_at_risk',
    kind: 'explicit',
    // A family carer who hurts the person they care for: "she's got dementia … I shoved her".
    pattern:
      'i (?:\\w+ ){0,2}?(?:pushed|shoved|slapped|hit|smacked|grabbed|shook|pinched|yanked|dragged|kicked|thumped|hurt|squeezed) (?:him|her|my (?:mum|mam|mom|mother|dad|father|husband|wife|nan|gran|grandad|grandma|aunt|uncle))\\b(?! (?:back|up)\\b)|(?:grab\\w*|grip\\w*|squeez\\w*|yank\\w*) (?:his|her) (?:arms?|wrists?|hands?|hair) (?:\\w+ )?(?:hard|tight|too hard|too tight)|i (?:\\w+ )?(?:left|leave|made|gave (?:him|her)) (?:bruises|marks)',
    withMessage:
      '\\b(?:dementia|alzheimers|confused|frail|carer|caring for|care for|look after|looking after|looks after|wandering|asks the same|forgets|incontinent|parkinsons|stroke)\\b',
  },
  {
    id: 'adult_at_risk.money_missing_someone_close',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Someone close handles the money and it goes: spending the person never made, an account emptied.
    pattern:
      '(?:money|payments?|hundreds|pounds|cash|withdrawals?|amounts?|things) (?:\\w+ ){0,5}?(?:i never (?:spent|made|took|bought|authorised)|ive never (?:been|spent|bought)|i didnt (?:spend|make|take|buy)|(?:she|he) never (?:spent|made|bought))|(?:account|accounts|bank book|bankbook|savings|purse|bank|pension)s? (?:is |was |has been |s been |been |are |were )?(?:cleaned out|emptied|empty|drained|bare|wiped out)|(?:always |theres |there is |its )?less than there should be|nothing left in (?:the|my|her|his) (?:account|bank|purse|savings)|(?:bleeding|robbing|rinsing|fleecing|milking) (?:me|her|him|them) (?:dry|blind)',
    withMessage: '\\b(?:card|pension|account|money|bank|banking|shopping|purse|pin|savings)\\b',
  },
  {
    id: 'adult_at_risk.asking_about_money_unsafe',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Anger when the person asks where their money went: the fear is the sign.
    pattern:
      '(?:gets?|goes|turns|got|went) (?:really |very |all )?(?:nasty|angry|cold|funny|shirty|aggressive|arsey|narky|mad) (?:on me |with me |at me )?(?:if|when|whenever|every time) i (?:ask|bring it up|mention|question|say)|shouts? (?:at me )?(?:if|when|whenever) i (?:ask|mention|bring it up)|(?:scared|frightened|afraid|too scared|too frightened) to (?:ask|say owt|say anything|mention it|bring it up)',
    withMessage:
      '^(?=.*\\b(?:card|pension|account|money|bank|banking|purse|pin|savings)\\b)(?=.*\\b(?:grandson|granddaughter|son|daughter|nephew|niece|fella|boyfriend|neighbour|lad|in law|carer)\\b)',
  },
  {
    id: 'adult_at_risk.self_neglect_after_loss',
    category: 'adult_at_risk',
    kind: 'explicit',
    severity: 'possible',
    // Giving up on one's own care after a loss: medicines dropped, sleeping in the chair, clothes unchanged.
    pattern:
      '(?:given up on|stopped taking|stopped bothering with|dont bother with|not bothering with|gave up on|dont bother taking|no point taking|dont take) (?:\\w+ ){0,2}?(?:my |the )?(?:\\w+ )?(?:insulin|tablets|pills|meds|medication|medicines|injections|inhalers?)|(?:sleep|sleeping|slept|live|living) (?:in|on) (?:the|my|his|her|it) ?(?:arm)?(?:chair|it)(?: too| as well| now| every night| , )|(?:cant|can not|cannot) be bothered (?:with|taking) (?:my |the )?(?:\\w+ )?(?:insulin|tablets|pills|meds|medication|medicines|injections|inhalers?)|havent (?:changed|washed) (?:my|his|her) clothes',
    withMessage:
      '\\b(?:died|passed|lost (?:my|him|her)|widow\\w*|since (?:\\w+ ){0,2}(?:went|left)|no point|whats the point|what is the point|dont see the point|cant be bothered|dont bother|just sit)\\b',
  },
  {
    id: 'adult_at_risk.food_or_medicine_withheld',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Food or medicine kept from an older or dependent adult, as a punishment or control.
    pattern:
      '(?:withhold\\w*|withheld|keeps? back|kept back|locks? (?:away|up)|locked (?:away|up)|takes? away|took away) (?:\\w+ ){0,2}?(?:her|his|my|the)? ?(?:food|meals?|medication|meds|tablets|pills|medicine|insulin|drinks?|water)|(?:hides?|hiding|hid) (?:her|his|my) (?:\\w+ )?(?:tablets|pills|meds|medication|medicine|insulin|glasses|hearing aids?|frame|walker|stick|phone)|locks? the (?:food |kitchen )?(?:cupboards?|fridge|kitchen)',
    withMessage: `${OLDER_OR_DEPENDENT}|\\b(?:pt|patient|client|in law|punish\\w*|as a punishment)\\b`,
    unlessMessage: '\\b(?:kids|children|baby|toddler|school|dog|cat)\\b',
  },
  {
    id: 'adult_at_risk.put_out_of_own_home',
    category: 'adult_at_risk',
    kind: 'explicit',
    // An older person shut out of their own home by family: abuse as well as nowhere to go.
    pattern:
      '(?:changed|changing|change|changes) the locks (?:on (?:her|him|me|them)|(?:on|of) (?:his|her|my|their) (?:own )?(?:house|home|flat|bungalow|place))|(?:put|kicked|thrown|threw|chucked|locked|turfed|pushed) (?:him|her|me|them) out of (?:his|her|my|their) (?:own )?(?:house|home|flat|bungalow|place)',
    withMessage: OLDER_OR_DEPENDENT,
  },
  {
    id: 'adult_at_risk.isolated_by_relative',
    category: 'adult_at_risk',
    kind: 'explicit',
    // A relative who cuts an older person off: told not to ring friends, the phone kept from them.
    pattern:
      '(?:says|said|tells|told) (?:me )?(?:im|i am|i was|she is|shes|he is|hes|were|we are) not (?:allowed )?to (?:phone|ring|call|see|visit|go to|talk to|speak to|text)|(?:keeps?|kept|keeping|took|takes|has|hides) (?:hold of )?(?:my|her|his) (?:mobile|phone) (?:in (?:his|her) (?:room|pocket|bag)|so i cant|away from)|(?:keeps?|kept|keeping) hold of (?:my|her|his) (?:mobile|phone)',
    withMessage: '\\b(?:son in law|daughter in law|son|daughter|grandson|granddaughter|nephew|niece|stepson|stepdaughter)\\b',
    unlessMessage: '\\b(?:{SPEAKER_UNDER_SIXTEEN}|homework|school|grounded)\\b',
  },
  {
    id: 'adult_at_risk.romance_money',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Money sent to someone met online who loves them and needs more: a romance scam.
    pattern:
      '(?:sent|send|sending|given|gave|transferred|wired|lent|paid) (?:him|her|them) (?:\\w+ ){0,3}?(?:thousand|thousands|hundred|hundreds|\\d{3,}|pounds|grand|money|my savings|gift cards?|vouchers)',
    withMessage:
      '^(?=.*\\b(?:online|facebook|internet|computer|dating|instagram|whatsapp|met (?:him|her) on|tiktok|website|app)\\b)(?=.*\\b(?:loves? me|in love|marry|visa|plane ticket|flight|ticket|customs|lawyer|solicitor|fees?|needs? more|wants? more|hospital bill)\\b)',
  },
  {
    id: 'adult_at_risk.home_used_by_others',
    category: 'adult_at_risk',
    kind: 'explicit',
    // People who have moved into someone's home and use it: they hold the key, sell from the kitchen, will not go.
    pattern:
      '(?:selling|dealing|sell|deal|sells|deals) (?:\\w+ ){0,2}?(?:from|out of|in) (?:my|the) (?:kitchen|front room|living room|lounge|flat|house|place|bedroom|home)|(?:cant|can not|cannot) (?:get|make) (?:them|him|these lads|those lads|the lads) (?:to )?(?:go|leave|out|move out)|(?:cant|can not|cannot) get rid of (?:them|him|these lads|those lads|the lads)',
    withMessage: '\\b(?:lads|men|blokes|they|them|friends|people|key|keys)\\b',
  },
  {
    id: 'adult_at_risk.pushed_out_of_own_room',
    category: 'adult_at_risk',
    kind: 'explicit',
    // A relative who moves in and takes the older person's bed: they sleep in a chair or on the sofa.
    pattern:
      '(?:taken|took|takes|has|had) (?:over )?(?:her|his|my) (?:bed)?room|(?:sleeps?|sleeping|slept) (?:on the sofa|on the settee|in the chair|in a chair|downstairs in (?:the|a) chair)(?= (?:\\w+ ){0,4}?(?:because|cos|since|as) (?:he|she|they))',
    withMessage:
      '^(?=.*\\b(?:moved in|moving in|living with|stays with|staying with|lives with)\\b)(?=.*\\b(?:nan|gran|grandma|mum|dad|grandad|neighbour|aunt|uncle|she|he)\\b)',
  },
  {
    id: 'adult_at_risk.care_sores',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Pressure sores from not being turned: neglect by those paid to care.
    pattern:
      '(?:pressure|bed) sores? (?:\\w+ ){0,6}?(?:bone|deep|infected|weeping|because|cos|since|from)|(?:not|isnt|arent|never|wont|dont|doesnt|havent|hasnt) (?:\\w+ ){0,1}?(?:turning|turned|moving|moved|repositioning|repositioned) (?:him|her|them|dad|mum)\\b',
    withMessage: '\\b(?:pressure sores?|bed sores?|carers?|agency|nurse|home|staff)\\b',
  },
  {
    id: 'adult_at_risk.not_seen_signs',
    category: 'adult_at_risk',
    kind: 'explicit',
    severity: 'possible',
    // Someone living alone not seen, with the signs piling up at their door.
    pattern:
      '(?:milks?|post|papers|newspapers|letters|mail|parcels|bottles|bins?) (?:\\w+ ){0,2}?(?:(?:piling|piled|stacked|stacking|building|heaped|heaping) (?:up|in|on|at)|on the (?:door)?step|in the (?:porch|letterbox|door)|not (?:been )?taken in|still out)|curtains (?:\\w+ ){0,2}?(?:havent|not|never|still) (?:moved|opened|been opened|closed|shut)',
    withMessage:
      '\\b(?:not been seen|hasnt been seen|havent seen|(?:nobody|no one|noone)(?: is| has|s)? seen|not seen|smell|no family|lives alone|on (?:his|her) own)\\b',
  },
  {
    id: 'adult_at_risk.money_taken_bills_unpaid',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Someone close takes from the person's account and the bills go unpaid: "only borrows … can't pay the gas".
    pattern:
      '(?:borrows?|borrowing|borrowed|helps? (?:himself|herself|themselves)|helping (?:himself|herself)|dips? into|dipping into|takes?|taking|took) (?:\\w+ ){0,2}?(?:from|to|into|out of) (?:my|her|his|their) (?:account|pension|purse|savings|card|bank|money)',
    withMessage: '\\b(?:(?:cant|couldnt|can not|cannot|unable to) (?:afford|pay|buy|top up)|short for|behind (?:on|with)|no money (?:for|left))\\b',
  },
  {
    id: 'adult_at_risk.left_wet_waiting_for_carers',
    category: 'adult_at_risk',
    kind: 'explicit',
    // Sitting in a wet pad or bed until the carers turn up: neglect by those paid to come.
    pattern:
      '(?:sit|sat|sitting|lie|lying|lay|left|stay|staying) in (?:a |my |the |his |her )?(?:wet|soiled|dirty|full) (?:pad|pads|bed|sheets|clothes|nappy|incontinence pad)|carers? (?:\\w+ ){0,2}?(?:come|comes|turn up|turns up|arrive|arrives) (?:whenever|when) (?:they|she|he) (?:like|likes|want|wants|feel like)',
    withMessage: '\\b(?:carers?|agency|care|staff|till they|until they|waiting)\\b',
    unlessMessage: '\\b(?:baby|toddler|kids|children)\\b',
  },
];
