import { isRiskyQuantity } from './lexicon';
import type { RuleSpec } from './types';

/**
 * National baseline: risks to the person themself. Patterns run on normalised text (see
 * normalise.ts) and accept third-person forms too ("kill herself") so reported speech is caught;
 * context.ts then decides whether a match is the person's own, reported or negated.
 * Method words (drug + dose, stockpiling, rope, bridge) are their own rules because they predict
 * imminent risk better than the word "suicide" does.
 */
const quantityOk = (m: RegExpExecArray): boolean => isRiskyQuantity(m.groups?.['qty'] ?? '');

export const SUICIDE_RULES: RuleSpec[] = [
  { id: 'suicide.word', category: 'suicide', kind: 'explicit', pattern: 'suicid(?:e|al|ally|es)' },
  {
    id: 'suicide.kill_self',
    category: 'suicide',
    kind: 'explicit',
    pattern: '(?:kill\\w*|top\\w*|off|offed|hang\\w*|hung|drown\\w*|shoot\\w*|shot|gas\\w*|end\\w*|finish\\w*) {REFL}|(?:do|did|doing|done) {REFL} in',
  },
  {
    id: 'suicide.end_life',
    category: 'suicide',
    kind: 'explicit',
    pattern: '(?:end|ending|ended|take|taking|took|finish\\w*) (?:my|his|her|their|your) (?:own )?life',
  },
  {
    id: 'suicide.end_it',
    category: 'suicide',
    kind: 'explicit',
    pattern: '(?:end|ending|finish) (?:it|things|everything)(?: all)?(?! (?:with|there|early|on|off|at|for the))',
  },
  {
    id: 'suicide.want_die',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:want|wanted|wants|wanting|ready|going|planning|plan|plans|tempted|decided|deserve|rather|prefer|hope|hoping|like) (?:to )?(?:just )?(?:die|be dead|dead|be gone|not exist|disappear forever)',
  },
  {
    id: 'suicide.wish_dead',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'wish(?:ed|ing)? (?:i|id|he|she|they) (?:\\w+ ){0,3}?(?:dead|die|died|not here|gone|never been born|not alive|not wake up|wasnt (?:here|alive|born)|werent (?:here|alive))',
  },
  {
    id: 'suicide.better_off',
    category: 'suicide',
    kind: 'explicit',
    pattern: 'better off (?:dead|without (?:me|him|her|them)|gone|if i (?:was|were)(?:nt| not) (?:here|around|alive))',
  },
  {
    id: 'suicide.not_be_here',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:dont|do not|didnt|no longer|doesnt|does not) (?:really )?want to (?:be here|be alive|live|exist|wake up|carry on|go on|be around)(?: {STOP_NOW})?',
  },
  {
    id: 'suicide.no_point',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:no|dont see (?:the|any)|cant see (?:the|any)|whats the|what is the|not much) (?:point|reason) (?:in |of |to )?(?:going on|carrying on|living|life|being alive|being here|live|go on|carry on|keep going|keeping going|anything|any of it)',
  },
  {
    id: 'suicide.cant_go_on',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:cant|cannot|can not|unable to|dont think i can) (?:go on|carry on|keep going|take (?:it|this|any ?more)|do this (?:any ?more|no more)|cope (?:any ?more|no more))(?! (?:with|to|until|till))',
  },
  {
    id: 'suicide.not_wake',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      'think\\w* (?:about|of) (?:death|dying|being dead)|(?:sleep|asleep|close my eyes) and (?:not|never) wake up|(?:hope|wish|pray)\\w* (?:that )?i (?:dont|never|wont|didnt|do not|would not|wouldnt) wake up|sleep forever',
  },
  {
    id: 'suicide.life_not_worth',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:had|have|got) enough of (?:life|living|everything|it all|being alive|this life)|(?:life|living|it) (?:isnt|is not|aint|not|no longer) worth (?:living|it|carrying on)|not worth living|nothing (?:left )?to live for|(?:better|happier|easier) (?:off )?(?:for (?:everyone|them|him|her) )?(?:if|when) (?:i|im) (?:wasnt|werent|was not|were not|not|was gone|were gone|gone|dead)',
  },
  {
    id: 'suicide.resolved',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:made (?:my|up my) mind(?: up)?|decided|ive decided|im ready) (?:(?:\\w+|,) ){0,5}?(?:do it|end it|go through with it)|go through with it|say goodbye to (?:everyone|my family|the kids)',
  },
  { id: 'suicide.burden', category: 'suicide', kind: 'explicit', pattern: '(?:im|i am|feel like|feel|being) (?:a|such a|just a|nothing but a) burden' },
  {
    id: 'suicide.goodbyes',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:giving|given|gave|give) (?:away )?(?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)(?: away)?|saying (?:my )?goodbyes?|(?:goodbye|farewell) (?:notes?|letters?)|(?:written|wrote|writing) (?:\\w+ )?letters? to (?:my|the) (?:kids|children|family)',
  },
  {
    id: 'suicide.not_around',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:wont|will not|not going to) be (?:around|here) (?:much longer|for much longer|for long|{STOP_NOW}|tomorrow|next week|by|for (?:christmas|my birthday|the new year|next year|much longer|long|the kids))',
  },
  { id: 'suicide.wrists', category: 'suicide', kind: 'method', pattern: '(?:cut|cuts|cutting|slit\\w*|slash\\w*) (?:my|his|her|their) wrists?' },
  {
    id: 'suicide.plan',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:plan|planned|planning|worked out|researched|researching|looked up|looking up) (?:how|when|where|ways) (?:to do it|id do it|ill do it|i would do it|to die|to end it|to kill)|(?:quickest|easiest|best|painless|quick|easy) (?:way|ways|method|methods) to (?:die|go|end it|end my life|kill)|ways? to (?:die|end it|end my life|kill myself)',
  },
  {
    id: 'suicide.method_dose',
    category: 'suicide',
    kind: 'method',
    accept: quantityOk,
    pattern:
      '(?:take|taking|took|taken|swallow\\w*|down|downing|downed|neck\\w*|have|had|got|get|buy\\w*|bought|save\\w*|saving|keep\\w*|kept) (?:\\w+ ){0,3}?(?<qty>{NUM}) (?:of )?(?:my |his |her |the )?(?:\\w+ )?{MEDS}',
  },
  {
    id: 'suicide.method_stockpile',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:stockpil\\w*|stock piling|hoard\\w*|stash\\w*|sav(?:e|ed|ing) up|collect\\w*|saving) (?:\\w+ ){0,4}?{MEDS}|{MEDS} (?:\\w+ ){0,2}(?:all at once|in one go|at the same time)',
  },
  {
    id: 'suicide.method_how_many',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:how many|how much) (?:\\w+ ){0,2}?{MEDS} (?:it (?:would|will|d) (?:take|kill)|would (?:kill|do it|be fatal)|to (?:kill|die|end|overdose))|lethal dose|fatal dose',
  },
  {
    id: 'suicide.method_overdose',
    category: 'suicide',
    kind: 'method',
    // Overdose on an illicit drug is a substance crisis (substance rules); on food or telly it is a joke.
    pattern:
      'overdos\\w*(?! on (?:\\w+ )?(?:heroin|crack|cocaine|coke|spice|mamba|ketamine|meth|gear|drugs|something|fentanyl|smack|chocolate|sweets|sugar|cake|food|telly|tv|christmas|carbs|sun|sunshine|coffee|caffeine|netflix|love))|took an overdose|taken an overdose',
  },
  {
    id: 'suicide.method_rope',
    category: 'suicide',
    kind: 'method',
    pattern:
      'noose|ligature|(?:bought|buy|buying|got|get|have|had|tie|tied|tying|made|make|making|found|keep|kept|hid|hidden|hiding) (?:a |the |some )?(?:rope|cord|belt) (?:\\w+ ){0,6}?(?:neck|hang\\w*|beam|banister|loft|garage|using it|use it|end it)|(?:bought|got|have) (?:a |some )?rope\\b(?! (?:for|to tie|ladder))',
  },
  {
    id: 'suicide.method_jump',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:jump\\w*|throw\\w*|threw|step\\w*|walk\\w*|drive\\w*|driving|drove|lie|lying|lay) (?:myself |himself |herself )?(?:off|from|in front of|under|into|onto) (?:\\w+ ){0,2}?(?:bridge|flyover|overpass|viaduct|footbridge|cliff|quarry|roof|building|balcony|train|trains|bus|lorry|traffic|motorway|multi storey|car park|river|sea|tracks|railway|tube)',
  },
  {
    id: 'suicide.method_place',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:bridge|cliff|edge|railway|tracks|train line|motorway|roof) (?:\\w+ ){0,10}?(?:how easy|jump|end it|step off|over the edge|let go|just fall)|beachy head|(?:sat|sit|sitting|stood|stand|standing) (?:on|at|near) the edge(?! of (?:my|the) (?:seat|bed|chair))',
  },
];

export const SELF_HARM_RULES: RuleSpec[] = [
  { id: 'self_harm.word', category: 'self_harm', kind: 'explicit', pattern: 'self (?:harm\\w*|injur\\w*|mutilat\\w*|hurt\\w*)' },
  {
    id: 'self_harm.injure_self',
    category: 'self_harm',
    kind: 'explicit',
    // "cut myself a slice", "hurt myself lifting" are masked as benign before this runs (benign.ts).
    pattern:
      '(?:cut\\w*|slash\\w*|slit\\w*|burn\\w*|burnt|scratch\\w*|scald\\w*|hurt\\w*|harm\\w*|punish\\w*|bite|biting|bit|hit\\w*|punch\\w*|stab\\w*|bruis\\w*|carv\\w*) {REFL}',
  },
  {
    id: 'self_harm.injure_body',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:cut|cuts|cutting|slash\\w*|slit\\w*|burn\\w*|scratch\\w*|carv\\w*) (?:into )?(?:my|his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|tummy)',
  },
  {
    id: 'self_harm.bleed',
    category: 'self_harm',
    kind: 'explicit',
    pattern: '(?:until|till|til|so) (?:it|they|i) (?:bleeds?|bled|bleeding)|make (?:myself|me|himself|herself) bleed',
  },
  { id: 'self_harm.head_bang', category: 'self_harm', kind: 'explicit', pattern: '(?:bang\\w*|hit\\w*|smash\\w*) (?:my|his|her) head (?:against|on|off|into)' },
  {
    id: 'self_harm.blades',
    category: 'self_harm',
    kind: 'method',
    pattern: '(?:hid\\w*|keep\\w*|kept|stash\\w*|carry\\w*|collect\\w*|use|using|used) (?:\\w+ ){0,2}?(?:razor blades?|razor|blades?|pencil sharpener blades?)',
  },
  {
    id: 'self_harm.marks',
    category: 'self_harm',
    kind: 'explicit',
    // "so nobody sees the marks": hiding them is the sign, the negative is not a denial.
    negativeIsMeaning: true,
    pattern:
      '(?:marks|scars|cuts|burns) (?:on|all over|up) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?)|(?:long sleeves|cover\\w* up|hide|hiding) (?:\\w+ ){0,4}?(?:marks|scars|cuts|burns)',
  },
  {
    id: 'self_harm.on_body',
    category: 'self_harm',
    kind: 'explicit',
    pattern: '(?:take|taking|took|takes) it out on (?:my|his|her) (?:own )?(?:body|skin|arms)',
  },
  {
    id: 'self_harm.hair',
    category: 'self_harm',
    kind: 'explicit',
    pattern: '(?:pull|tear|rip)\\w* (?:\\w+ ){0,2}hair(?: \\w+){0,4} (?:bald|until|till|patches|bleed\\w*)',
  },
];
