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
  { id: 'suicide.end_life', category: 'suicide', kind: 'explicit', pattern: '(?:end|ending|ended|take|taking|took|finish\\w*) (?:my|his|her|their|your) (?:own )?life' },
  { id: 'suicide.end_it', category: 'suicide', kind: 'explicit', pattern: '(?:end|ending|finish) (?:it|things|everything)(?: all)?(?! (?:with|there|early|on|off|at|for the))' },
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
    pattern: 'wish(?:ed|ing)? (?:i|id|he|she|they) (?:\\w+ ){0,3}?(?:dead|die|died|not here|gone|never been born|not alive|not wake up|wasnt (?:here|alive|born)|werent (?:here|alive))',
  },
  { id: 'suicide.better_off', category: 'suicide', kind: 'explicit', pattern: 'better off (?:dead|without (?:me|him|her|them)|gone|if i (?:was|were)(?:nt| not) (?:here|around|alive))' },
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
    pattern: '(?:cant|cannot|can not|unable to|dont think i can) (?:go on|carry on|keep going|take (?:it|this|any ?more)|do this any ?more|cope any ?more)(?! (?:with|to|until|till))',
  },
  {
    id: 'suicide.not_wake',
    category: 'suicide',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern: '(?:sleep|asleep|close my eyes) and (?:not|never) wake up|(?:hope|wish|pray)\\w* (?:that )?i (?:dont|never|wont|didnt|do not|would not|wouldnt) wake up|sleep forever',
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
    pattern: '(?:wont|will not|not going to) be (?:around|here) (?:much longer|for much longer|for long|{STOP_NOW}|tomorrow|next week|by)',
  },
  { id: 'suicide.plan', category: 'suicide', kind: 'method', pattern: '(?:plan|planned|planning|worked out|researched|researching|looked up|looking up) (?:how|when|where|ways) (?:to do it|id do it|ill do it|i would do it|to die|to end it|to kill)|ways to (?:die|end it|end my life)' },
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
    pattern: '(?:stockpil\\w*|stock piling|hoard\\w*|stash\\w*|sav(?:e|ed|ing) up|collect\\w*|saving) (?:\\w+ ){0,4}?{MEDS}|{MEDS} (?:\\w+ ){0,2}(?:all at once|in one go|at the same time)',
  },
  {
    id: 'suicide.method_how_many',
    category: 'suicide',
    kind: 'method',
    pattern: '(?:how many|how much) (?:\\w+ ){0,2}?{MEDS} (?:it (?:would|will|d) (?:take|kill)|would (?:kill|do it|be fatal)|to (?:kill|die|end|overdose))|lethal dose|fatal dose',
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
    pattern: 'noose|ligature|(?:bought|buy|buying|got|get|have|had|tie|tied|tying|made|make|making|found|keep|kept|hid|hidden|hiding) (?:a |the |some )?(?:rope|cord|belt) (?:\\w+ ){0,6}?(?:neck|hang\\w*|beam|banister|loft|garage|using it|use it|end it)|(?:bought|got|have) (?:a |some )?rope\\b(?! (?:for|to tie|ladder))',
  },
  {
    id: 'suicide.method_jump',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:jump\\w*|throw\\w*|threw|step\\w*|walk\\w*|drive\\w*|driving|drove|lie|lying|lay) (?:myself |himself |herself )?(?:off|from|in front of|under|into|onto) (?:\\w+ ){0,2}?(?:bridge|cliff|roof|building|balcony|train|trains|bus|lorry|traffic|motorway|multi storey|car park|river|sea|tracks|railway|tube)',
  },
  {
    id: 'suicide.method_place',
    category: 'suicide',
    kind: 'method',
    pattern: '(?:bridge|cliff|edge|railway|tracks|train line|motorway|roof) (?:\\w+ ){0,10}?(?:how easy|jump|end it|step off|over the edge|let go|just fall)',
  },
];

export const SELF_HARM_RULES: RuleSpec[] = [
  { id: 'self_harm.word', category: 'self_harm', kind: 'explicit', pattern: 'self (?:harm\\w*|injur\\w*|mutilat\\w*|hurt\\w*)' },
  {
    id: 'self_harm.injure_self',
    category: 'self_harm',
    kind: 'explicit',
    // "cut myself a slice", "hurt myself lifting" are masked as benign before this runs (benign.ts).
    pattern: '(?:cut\\w*|slash\\w*|slit\\w*|burn\\w*|burnt|scratch\\w*|scald\\w*|hurt\\w*|harm\\w*|punish\\w*|bite|biting|bit|hit\\w*|punch\\w*|stab\\w*|bruis\\w*|carv\\w*) {REFL}',
  },
  {
    id: 'self_harm.injure_body',
    category: 'self_harm',
    kind: 'explicit',
    pattern: '(?:cut|cuts|cutting|slash\\w*|slit\\w*|burn\\w*|scratch\\w*|carv\\w*) (?:into )?(?:my|his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|tummy)',
  },
  { id: 'self_harm.bleed', category: 'self_harm', kind: 'explicit', pattern: '(?:until|till|til|so) (?:it|they|i) (?:bleeds?|bled|bleeding)|make (?:myself|me|himself|herself) bleed' },
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
    pattern:
      '(?:marks|scars|cuts|burns) (?:on|all over|up) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?)|(?:long sleeves|cover\\w* up|hide|hiding) (?:\\w+ ){0,4}?(?:marks|scars|cuts|burns)',
  },
  { id: 'self_harm.on_body', category: 'self_harm', kind: 'explicit', pattern: '(?:take|taking|took|takes) it out on (?:my|his|her) (?:own )?(?:body|skin|arms)' },
  { id: 'self_harm.hair', category: 'self_harm', kind: 'explicit', pattern: '(?:pull|tear|rip)\\w* (?:\\w+ ){0,2}hair(?: \\w+){0,4} (?:bald|until|till|patches|bleed\\w*)' },
];

export const EATING_DISORDER_RULES: RuleSpec[] = [
  {
    id: 'eating_disorder.word',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: 'anorexi\\w*|bulimi\\w*|eating disorders?|arfid|ednos|osfed|orthorexi\\w*|pro ana|pro mia|thinspo\\w*',
  },
  {
    id: 'eating_disorder.purge',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:make|made|making|makes) (?:myself|me|himself|herself|themselves) (?:be )?sick|purg\\w*|(?:vomit\\w*|throw\\w* up|threw up|being sick|sick) (?:\\w+ )?after (?:i eat|eating|meals|every meal|food|everything|each meal)',
  },
  { id: 'eating_disorder.starve', category: 'eating_disorder', kind: 'explicit', pattern: 'starv\\w* {REFL}' },
  {
    id: 'eating_disorder.laxatives',
    category: 'eating_disorder',
    kind: 'method',
    pattern: '(?:laxatives?|diet pills|slimming pills|water pills|diuretics|appetite suppressants?) (?:\\w+ ){0,3}?(?:to get rid|to lose|after (?:i eat|eating|meals)|every day|to purge)|(?:lots of|loads of|boxes of|a box of) laxatives',
  },
  {
    id: 'eating_disorder.calories',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:only|just|no more than|under|less than|max) (?:\\w+ ){0,3}?\\d{2,3} (?:calories|cals|kcal)|obsessed with (?:calories|my weight|her weight|his weight|food|counting)|count\\w* every calorie',
  },
  {
    id: 'eating_disorder.not_eating_fat',
    category: 'eating_disorder',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:havent|not|hardly|barely|dont|didnt|stopped|cant|wont) (?:\\w+ ){0,2}?(?:eaten|eat|eating)(?: \\w+){0,6} (?:because|as|since|so) (?:i|im|she|he|shes|hes) (?:feel |am |look |feels |looks |is )?(?:so )?(?:fat|huge|disgusting|gross|ugly|too big|overweight)',
  },
  {
    id: 'eating_disorder.guilt_eating',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:feel|feels|felt|am|im) (?:so |really )?(?:disgusting|disgusted|gross|fat|huge|guilty|ashamed) (?:\\w+ ){0,2}?(?:if|when|after|whenever) (?:i |she |he )?(?:eat|eats|ate|eating)',
  },
  {
    id: 'eating_disorder.weighing',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: 'weigh (?:myself|herself|himself) (?:\\w+ ){0,3}?(?:times|every|after|before|constantly)|panic\\w* (?:if|when|about) (?:my weight|the scales?|i (?:gain|put on))',
  },
  {
    id: 'eating_disorder.secret',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:hide|hiding|hid) (?:food|wrappers|my eating)|eat\\w* (?:\\w+ ){0,3}?in secret|bing(?:e|es|ed|eing|ing)\\b(?! (?:on )?(?:watch\\w*|netflix|tv|telly|box set\\w*|series|drink\\w*))',
  },
  {
    id: 'eating_disorder.stopped_eating',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:stopped|stops|refus\\w*|wont) eat\\w*(?: \\w+){0,6} (?:losing|lost|lose|weight|thin|skinny|wasting)|wasting away|stop eating (?:to|so i can) lose weight|quickest way to stop eating',
  },
];

export const SUBSTANCE_RULES: RuleSpec[] = [
  {
    id: 'substance_crisis.addiction',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:addict\\w*|hooked on|dependent on|alcoholic|alcoholism)(?! to (?:\\w+ )?(?:tv|telly|chocolate|crosswords|puzzles|soaps|netflix|coffee|tea|gardening|shopping|my phone|candy crush|knitting|football))',
  },
  {
    id: 'substance_crisis.heavy_drinking',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drank|down\\w*|neck\\w*|get through|getting through) (?:\\w+ ){0,2}?(?:a|one|two|three|four|five|\\d+|half a|a whole|couple of|few) (?:bottles?|litres?|liters?|cans|crates?|slabs?|boxes) (?:of )?(?:\\w+ )?{SPIRITS}|(?:bottles?|litres?) of {SPIRITS} (?:a day|every day|each day|a night|every night|before (?:noon|lunch))|(?:drink\\w*|drunk|pissed) (?:\\w+ )?(?:all day|since (?:this )?morning|since i woke up|from the moment i wake|round the clock|day and night|every day and night)',
  },
  {
    id: 'substance_crisis.dependence',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:need|needs|needed|have|has|having) (?:a drink|a can|a drop|alcohol|a swig|a fix) (?:\\w+ ){0,4}?(?:as soon as|when|before) (?:i|he|she) (?:wake|wakes|get up|gets up)|need (?:a drink|a can|a drop|alcohol|a fix) to (?:get going|get started|function|get through|stop (?:the|my) shak\\w*)|the shakes|(?:cant|can not|cannot) (?:get through|function|cope|start) (?:the day |the morning )?without (?:a drink|drink|alcohol|booze|a can|gear|a fix|drugs)',
  },
  {
    id: 'substance_crisis.withdrawal',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:withdrawal|withdrawals|withdrawing|clucking|rattling|dts|delirium tremens)(?! (?:money|cash|from|of (?:money|cash|funds)|my money|savings))|(?:run out of|ran out of|no|missed my|lost my) (?:\\w+ )?(?:methadone|subutex|buprenorphine|script)|methadone|subutex|buprenorphine',
  },
  {
    id: 'substance_crisis.drug_use',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:using|use|used|uses|on|smoking|smoke|smoked|injecting|inject\\w*|taking|take|took|doing|do|did|snorting|snort\\w*|scor\\w*|buy\\w*|bought|spend\\w* (?:\\w+ ){0,3}?on|spent (?:\\w+ ){0,3}?on|owe\\w* (?:\\w+ ){0,2}?for|stop using|stopped using) (?:hard |street |the |some )?{DRUGS}(?! (?:for|from the|from my) (?:my )?(?:gp|doctor|pharmacy|chemist|blood|pain|heart|thyroid|diabetes|arthritis))|heroin|crack cocaine|cocaine|fentanyl|crystal meth|monkey dust',
  },
  { id: 'substance_crisis.lines', category: 'substance_crisis', kind: 'explicit', pattern: '(?:the odd|a few|couple of|doing|did|do) lines?(?: of (?:coke|charlie|speed))?|lines? of (?:coke|charlie|speed)' },
  {
    id: 'substance_crisis.relapse',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:using|drinking|relapsed|injecting|smoking crack) again|relaps\\w*|back on (?:the )?(?:drink|gear|booze|heroin|crack|drugs|bottle)|(?:my|a|the|his|her) dealer|drug debts?',
  },
  {
    id: 'substance_crisis.out_of_control',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drugs|booze|using|gambling) (?:\\w+ ){0,3}?(?:out of control|out of hand)|off (?:my|his|her|their) (?:face|head|tits|nut)|cant remember getting home|(?:drink\\w*|drank|using) (?:\\w+ ){0,3}?(?:until|till|til) (?:i|he|she|they) (?:pass\\w* out|black\\w* out|collapse\\w*|cant stand|fall\\w* over)',
  },
  {
    id: 'substance_crisis.withdrawal_fit',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:fit|fits|seizures?|hallucinat\\w*) (?:\\w+ ){0,6}?(?:stop|stopped|stopping|cut down|quit)\\w* (?:drink\\w*|booze|alcohol|benzos|using)',
  },
  {
    id: 'substance_crisis.drug_overdose',
    category: 'substance_crisis',
    kind: 'method',
    pattern: 'overdos\\w* on (?:\\w+ )?(?:heroin|crack|cocaine|coke|spice|mamba|ketamine|meth|gear|drugs|something|fentanyl|smack)',
  },
];
