import { isRiskyQuantity } from '../lexicon';
import type { RuleSpec } from '../types';
import { MEDS_RE } from './fragments';

/**
 * Suicide: the person's own (or a reported person's) thoughts of ending their life.
 *
 * Concepts: the word and its paraphrases (kill myself, end it, want to die, text-speak such as kms);
 * passive ideation without a risk word (better off without me, not waking up, no point, a burden);
 * preparatory acts (goodbye letters and messages, giving things away, settling affairs, researching
 * methods, buying means); method with place or means (a dose of a named medicine, stockpiled or set-aside
 * pills, rope, a bridge, rail line or height, car exhaust); and farewells followed by silence.
 * Why: a method or plan predicts imminent risk better than the word "suicide", so those rules are
 * kind 'method'; passive wishes are often 'possible' (the check-in card) rather than the crisis card.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

const quantityOk = (m: RegExpExecArray): boolean => isRiskyQuantity(m.groups?.['qty'] ?? '');

export const SUICIDE_RULES: readonly RuleSpec[] = [
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
    // A regimen the pharmacist set up ("all my tablets in a dosette box", "like the pharmacist said") is not a dose
    // taken to die. Not "with breakfast" or "as prescribed": those are said of an overdose too ("took all 32 of my
    // paracetamol with my breakfast"), and the pharmacist's words already cover the regimen this was written for.
    unlessSentence: '\\b(?:dosette|blister packs?|pharmacist (?:said|says|told|checks|sorts)|like the (?:pharmacist|doctor|gp|nurse) said)\\b',
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
      '(?:how many|how much) (?:\\w+ ){0,4}?{MEDS} (?:it (?:would|will|d) (?:take|kill)|would (?:kill|do it|be fatal)|to (?:kill|die|end|overdose))|lethal dose|fatal dose',
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
      '(?:top of|edge of|over the edge of) (?:the |a )?(?:car park|multi storey|building|cliffs?|bridge|tower|flats)(?: \\w+){0,8} (?:looked|looking|stared|staring|thinking|how easy|jump|edge|long time|down)|(?:looked|looking|stared|staring) (?:\\w+ ){0,2}?over the edge|(?:walked|went|drove|go|going|stood|standing|sat|sitting|waited|waiting) (?:\\w+ ){0,4}?(?:to|on|at|by|down to) (?:the )?(?:top of the |edge of the )?(?:railway|railway line|train tracks|tracks|level crossing|bridge|cliffs?|cliff edge|viaduct|beachy head)(?! (?:\\w+ ){0,5}?(?:boats|ducks|swans|sunset|fireworks|view|views|river traffic|regatta))(?: \\w+){0,6} (?:for ages|waited for|waiting for|last night|all night|for a train|for hours|at night|alone|thinking)|(?:hose|hosepipe|tube) (?:\\w+ ){0,3}?(?:car )?exhaust|(?:beam|banister|hook|door frame) (?:\\w+ ){0,4}?(?:take|hold) my weight|(?:drove|went|go|going) to (?:the )?(?:cliffs|beachy head|bridge)',
  },
  {
    id: 'suicide.text_speak',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'kms|kys|kmn|unaliv\\w*(?! (?:the|a|an|that|this|those|these|every|all the) (?:\\w+ )?(?:boss|bosses|enemy|enemies|zombies?|monsters?|dragons?|villains?|characters?|players?|npcs?|aliens?|baddies|bad guys))|un alive|sewer ?slide|suicide watch|ctb|catch the bus|commit die|commit (?:toaster )?bath|(?:log|logging|logged) off (?:for good|permanently|forever)|delete (?:myself|my self)|(?:stop|end) my (?:own )?existence|toaster bath|s ?i(?= (?:is|was|has|been|thoughts|bad|really))|suicidal ideation',
  },
  {
    id: 'suicide.passive_more',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:dont|cant|do not|cannot) see (?:much|the|any) point (?:in |of )?(?:being (?:around|here|alive)|living|carrying on|going on|anything|getting up)|wish (?:i|id) (?:could )?(?:just )?(?:disappear|vanish|fade away|go away)(?: and not come back| for good| forever)?|(?:didnt|dont|never|wouldnt) wake up(?: (?:\\w+|,)){0,10} (?:relief|blessing|better|glad|mind|care|fine)|not worth the (?:bother|effort|fight|struggle)(?: any ?more)?|(?:cope|manage|be|get on) (?:much )?better without me|(?:want|wanna) (?:to )?not be (?:here|around|alive)|(?:after|when|once) (?:im|i am) gone|wont be (?:around|here) to',
  },
  {
    id: 'suicide.preparations_more',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:letters?|notes?|messages?|texts?) (?:\\w+ ){0,3}?(?:saying )?(?:sorry and )?goodbye|goodbye (?:letters?|notes?|messages?|texts?)|(?:funeral|will|affairs|subscriptions|accounts|paperwork)(?: \\w+){0,8} so (?:theres nothing|there is nothing|nobody|no one)(?: left)?(?: for anyone)? (?:to do|has to|needs to|will have to)|(?:bought|got|have) the rope|picked (?:the|a) (?:tree|beam|place|spot|day|date)|tide times|(?:top|roof) (?:floor )?of the (?:car park|multi storey|flats|building)(?: \\w+){0,4} (?:looking|look|looked|stare\\w*) down|(?:stood|standing|wait\\w*) (?:\\w+ ){0,3}?(?:level crossing|platform edge|railway)(?: \\w+){0,4} (?:for the|waiting for|express|train)',
  },
  {
    id: 'suicide.hoarding_meds',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:hoard|stockpil|stash|sav|collect|keep)\\w* (?:them|it|those|these|up)|(?:filled|collected|got|picked up) (?:a |my )?prescriptions? (?:early|twice|from two)',
    withSentence: '\\b(?:pills?|tablets?|meds|medication|prescriptions?|{MEDS})\\b',
  },
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
  // Suicide: farewell letters to family; how quick a method would be; medicines set aside; passive wishes in plain words.
  {
    id: 'suicide.farewell_letters',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:written|wrote|write|writing|left|leaving) (?:\\w+ ){0,2}?(?:letters?|notes?) (?:\\w+ ){0,4}?(?:to|for) (?:each of |all of |both of )?(?:my|the|our) (?:kids|children|family|boys|girls|sons?|daughters?|husband|wife|partner|mum|dad|grandchildren|grandkids)\\b',
    withMessage: '\\b(?:for after|when im gone|after im gone|their fault|your fault|goodbye|so they know|how much i love|im sorry|forgive me)\\b',
  },
  {
    id: 'suicide.how_quick',
    category: 'suicide',
    kind: 'method',
    pattern: 'how (?:easy|quick|quickly|simple|painless|fast) it (?:would|d|could|will|might) be',
    withSentence:
      '\\b(?:bridge|edge|train|tracks|railway|cliff|drop|water|river|motorway|traffic|lorry|pills|tablets|rope|roof|balcony|window|car park|multi storey|swerve|jump|steer|sea|canal|crash)\\b',
  },
  {
    id: 'suicide.meds_set_aside',
    category: 'suicide',
    kind: 'method',
    pattern: `${MEDS_RE} (?:\\w+ ){0,2}?(?:counted|lined|stashed|hidden|saved) (?:out|up|aside|away|by)|(?:counted|lined) (?:out|up) (?:\\w+ ){0,2}?${MEDS_RE}`,
  },
  {
    id: 'suicide.better_not_here',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:better|easier|best|simpler) (?:for (?:\\w+ ){1,2})?(?:if |that |when )?(?:i|im|i am|i was|i were|id be|i would be) (?:(?:not|no longer|wasnt|werent) (?:here|around|alive|in the picture)|gone|dead)|(?:not|no|never) (?:\\w+ )?(?:want\\w*|wish\\w*) (?:to )?be (?:here|alive|around|living) (?:any ?more|any longer)',
  },
  {
    id: 'suicide.had_it',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      'had it with (?:everything|life|it all|living|everyone)|(?:ive|i have|im) (?:just |totally |really |completely )?had it(?: ,)? (?:bab|pet|love|hen|mate|duck|dear|honestly|i cant|i cannot)\\b',
  },
  {
    id: 'suicide.thought_about_it',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    // "I wouldn't do that to my mum", "I have thought about it": the reason not to, or the admission, after a denial.
    pattern:
      '(?:wouldnt|couldnt|would never|could never|would not|could not|id never|i would never) (?:\\w+ )?(?:do (?:that|it)|go through with it) to (?:my|the|our) (?:mum|mam|mom|kids|children|family|wife|husband|daughter|son|dad|mother|parents|grandchildren|grandkids|partner|boys|girls)|(?:have|ive|i do|i did|i had) (?:\\w+ )?(?:thought about it|thought of it|considered it|thought about doing it)',
    withMessage: '\\b(?:hurt (?:myself|my self)|kill\\w* myself|end (?:it|my life|things)|suicid\\w*|overdose|die|dying|dead|be here|do it|plans?)\\b',
  },
  {
    id: 'suicide.passive_wish_more',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:cope|manage|be fine|be happier|be ok|be okay|get on|carry on|do) (?:\\w+ )?without me(?: around| here)?(?! (?:while|for (?:a|the)|this|next|on holiday|at work|when i))|(?:sleep|asleep|close my eyes|go to bed)(?: \\w+){0,2} and (?:not|never) (?:have to |ever )?wake(?: up)?|wont be (?:a )?(?:problem|burden|bother|nuisance|worry) (?:for|to) (?:\\w+ )?(?:much|for much) longer|(?:passive|fleeting|intrusive|recurrent) (?:thoughts of death|death wish|suicidal \\w+)|thoughts of (?:death|dying|ending (?:it|things|my life|his life|her life)|not being here|suicide)|better off (?:\\w+ ){0,2}?(?:if|when) i (?:just )?(?:disappeared|vanished|died|was gone|were gone|wasnt here|werent here|wasnt around|was dead|were dead|left for good|went away for good)',
  },
  {
    id: 'suicide.settling_affairs',
    category: 'suicide',
    kind: 'method',
    severity: 'possible',
    pattern:
      '(?:told|showed|shown|telling|written down for|wrote down for) (?:\\w+ ){0,3}?where (?:the |my |all my |his |her )?(?:\\w+ ){0,2}?(?:papers|documents|will|passwords|bank details|insurance|deeds|policies) (?:are|is)|(?:wrote|written|writing|typed|recorded) (?:all )?(?:my )?goodbyes\\b|(?:giv\\w*|gave|hand\\w*) (?:away |out )?(?:his|her|my) (?:watch|rings?|wedding ring|jewellery|medals|guitar|tools|books|records|collection|savings|pets?|dog|cat|favourite \\w+) (?:away |out )?(?:to|for)\\b',
    withMessage: '\\b(?:will|wont be|not be around|much longer|goodbye\\w*|no use for|where im going|need (?:them|it)|all done|sorted|in order|any ?more)\\b',
  },
  {
    id: 'suicide.method_quick',
    category: 'suicide',
    kind: 'method',
    pattern: '(?:it|that)(?:d| would| will|ll) be (?:so |really |very |dead )?(?:quick|easy|painless|simple)(?= [.,]|$)',
    withSentence:
      '\\b(?:bridge|edge|train|trains|train times|tracks|railway|crossing|cliff|drop|river|motorway|traffic|lorry|pills|tablets|rope|roof|balcony|car park|multi storey|sea|canal)\\b',
  },
  {
    id: 'suicide.not_in_the_picture',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      'if i (?:wasnt|werent|was not|were not|was gone|were gone|was out of) (?:here|around|alive|in the picture|the picture|on this earth)|(?:dont|cant|do not|cannot) see myself (?:being )?(?:around|here|alive) (?:by|for|at|in|next|much|come)|know exactly (?:where|how|when) (?:id|i would|ill|i will|to) (?:do it|go|park|jump|stand)',
    withSentence: '\\b(?:better|easier|happier|best|fine|cope|off|life|christmas|birthday|summer|year|do it|park|jump|bridge|car)\\b',
  },
  {
    id: 'suicide.means_bought',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:bought|got|have|buying|ordered) (?:a |the |some )?(?:hose|hosepipe|charcoal|disposable bbq|helium|ligature|razor blades)\\b|which (?:pills|tablets|meds|drugs) (?:would|will|d) (?:do it|work|kill|be enough)',
    withMessage: '\\b(?:park|car|exhaust|garage|end|do it|enough|kill|die|over|where id|tablets|pills)\\b',
  },
  {
    id: 'suicide.way_out_and_plan',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      'only (?:one|1) way out|(?:feel|feels|feeling|felt|expresses|expressing|so|totally|completely) (?:\\w+ )?hopeless(?:ness)?(?! (?:at|with|about (?:the|my) (?:garden|cooking|computers?)))|(?:wont|will not|not going to) be (?:a )?(?:problem|burden|bother|nuisance|worry|trouble)(?: \\w+){0,3} (?:much|any) longer|(?:know|worked out|decided|planned) (?:exactly )?(?:when and how|how and when|where and when|how and where)|(?:need|needs|waiting for|build up|get|find) (?:the )?(?:nerve|courage|guts) to (?:do it|go through with it|end it)|just need the (?:nerve|courage|guts)',
    withMessage: '\\b(?:plan|do it|end|die|way out|hopeless\\w*|longer|burden|suicid\\w*|pt|states|client)\\b',
  },
  {
    id: 'suicide.platform_edge',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:edge of (?:the )?platform|platform edge)(?: \\w+){0,6} (?:train|waiting|wait|step|jump|lean\\w*)|(?:waiting|waited|wait) for the (?:fast|express|non stopping|through) train',
    withSentence: '\\b(?:edge|platform|step|jump|again|times)\\b',
  },
  {
    id: 'suicide.round4_more',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      'pictur\\w* (?:my|me at my) (?:own )?funeral|(?:thinking about|think about|imagin\\w*) my (?:own )?funeral|(?:theyd|they would|everyone would|theyll|they will|everyone will)(?: all)? be (?:relieved|glad|happier|better off)|(?:hoping|hope|hoped|wishing|praying) (?:something|someone|a car|a lorry|a bus) (?:would|will|might) (?:happen|hit me|crash into me|take me)|(?:hoping|hoped|wishing) (?:i|id) (?:would )?(?:crash|get hit|die|dont make it)|voices? (?:\\w+ ){0,3}?(?:tell|telling|told|tells|say|saying|said|want|wants|command\\w*) (?:me )?(?:to )?(?:kill|end|hang|drown) (?:myself|me)',
    unlessSentence: '\\b(?:prepaid|pre paid|paid for|co op|insurance|plan with)\\b',
  },
  {
    id: 'suicide.round4_method',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:wrote|written|writing) (?:a |the )?(?:note|letter)(?: \\w+){0,2} (?:last night|this morning|yesterday)|(?:how many|how much) (?:\\w+ ){0,2}?(?:paracetamol|tablets|pills|meds|painkillers|insulin|co codamol) (?:\\w+ )?(?:would|will|to|before (?:it|you)) (?:damage|destroy|wreck|shut down|kill|stop) (?:your|my|the|a) (?:liver|kidneys|heart|person)|intent to (?:end (?:her |his |their |my )?life|die|kill (?:him|her|them|my)self|harm (?:him|her|them|my)self)|access to (?:firearms|guns?|a gun|weapons|lethal means)',
    withMessage: '\\b(?:didnt do (?:anything|it)|still have it|nearly|almost|goodbye|sorry|do it|end|life|liver|kidneys|suicid\\w*|die|intent|pt|reports)\\b',
  },
  {
    id: 'suicide.clinical_shorthand',
    category: 'suicide',
    kind: 'explicit',
    // Note-taking shorthand: "passive SI", "SI with plan", "hx of OD", "denies SI" (then graded as a denial).
    pattern:
      '(?:passive|active|fleeting|ongoing|increased|increasing|worsening|chronic|current) si\\b|\\bsi (?:with(?:out)? (?:a )?(?:plan|intent)|and sh|or sh|thoughts|urges|plans?)\\b|(?:reports?|reporting|disclosed|denies|denied|history of|hx of|hx) (?:of )?(?:si|ods?|overdoses)\\b|\\bsi is (?:proper|really|so|very|bad|worse)|plan (?:and|n) (?:intent|everything|means)',
  },
  // Suicide: a method place kept in mind; car exhaust in a closed space; a farewell message and then
  // silence; "you won't have to put up with me much longer"; going to the water and not coming back.
  {
    id: 'suicide.method_place_in_mind',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:thought|thinking|think|thinks|dream\\w*|keep going back to) (?:a lot |lots |more and more |so much )?(?:about|of) (?:the|that|a) (?:\\w+ )?(?:bridge|railway line|railway|tracks|train line|level crossing|cliffs?|cliff edge|river|canal|multi storey|car park roof|viaduct|flyover|quarry|top floor|rooftop|roof)\\b(?! (?:club|trip|walk|walks|cruise|path|game|party|tour|museum|festival|repairs?|works|closure|opening|race|boat|boats|barge|holiday|towpath|fishing|views?|photos?|pictures?|painting|picnic|swim|side|station|project|plans?|job))',
    withMessage:
      '\\b(?:do it|wouldnt (?:actually|really)|more than id like|more than i should|jump\\w*|end it|not here|gone|pull|drawn|calling|dont think|scared of myself|cant stop|keep)\\b',
  },
  {
    id: 'suicide.exhaust_in_garage',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:sit\\w*|sat|lock\\w*|shut|stay\\w*|lie|lying|lay) (?:\\w+ ){0,3}?(?:in|inside) (?:the |my |a |his |her )?(?:closed |locked )?(?:car in the )?garage(?: \\w+| ,){0,4} (?:with )?(?:the )?(?:engine|motor) (?:running|on|going|ticking over)|(?:engine|motor) (?:running|on|ticking over) (?:\\w+ ){0,2}?(?:in|inside) (?:the |a )?(?:closed |shut |locked )?garage|(?:hose|hosepipe|pipe) (?:\\w+ ){0,3}?(?:window|exhaust)',
  },
  {
    id: 'suicide.farewell_then_silence',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'sorry for everything|love you all|(?:look after|take care of) (?:\\w+ ){0,2}?for me|(?:goodbye|bye) (?:everyone|all|forever|for good|my loves?)|(?:texted|texting|messaged|messaging|sent|sending|rang|wrote|writing|left|posted|posting|put up|putting up) (?:\\w+ ){0,3}?(?:saying |a )?(?:goodbye|goodbyes|farewell)',
    withMessage:
      '\\b(?:not answering|wont answer|isnt answering|no answer|not picking up|wont pick up|phone (?:is )?(?:off|dead|switched off|going straight to voicemail)|(?:cant|cannot|can not|couldnt|nobody can|no one can|nobody could|no one could) (?:reach|get hold of|find|get through to)|gone missing|missing|not replying|no reply|read it and|hasnt come home|not come home|nobody knows where)\\b',
  },
  {
    id: 'suicide.not_put_up_with_me',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:wont|will not|not going to|wont need to|dont need to|will not need to|wont be having to) (?:have to )?(?:put up with|worry about|deal with|look after|bother with|care for|cope with|visit|fuss over) (?:me|him|her|this old \\w+|us) (?:for )?(?:much|any|a lot) longer|(?:soon|before long|one day soon) (?:youll|you will|theyll|they will|everyone will|youre going to) (?:all )?be (?:rid|shot|free) of me|(?:wont|will not) (?:have|be) (?:me|him|her) (?:to worry about|to bother you|under your feet)(?: much longer| for long)',
  },
  {
    id: 'suicide.go_and_not_come_back',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:go|goes|going|head\\w*|walk\\w*|wander\\w*|drive|driving|swim|swimming|wade|wading|step|stepping|slip) (?:\\w+ ){0,9}?(?:and|an|n) (?:just )?(?:not|never) (?:come|coming|go|get|swim|walk) (?:back|home|out)(?! (?:till|until|for|before|in time|tonight|today|from|with|again till))',
    withSentence:
      '\\b(?:river|sea|canal|lake|loch|lough|water|waves|tide|woods|forest|cliffs?|bridge|tracks|railway|quarry|moors?|hills?|mountains?|some night|one night|one of these nights|lagan|thames|tyne|mersey|clyde|severn|forth|humber|tees|taff)\\b',
  },
  {
    id: 'suicide.wishes_and_research',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:asking|ask|asked|begging|beg|pray\\w*) (?:\\w+ ){0,3}?(?:for )?(?:the lord|god|jesus|him upstairs|the good lord|someone up there|heaven) (?:\\w+ )?to (?:come and |come to |come for me and )?(?:take me|let me go|call me home|take me home)|(?:ive |i have )?had my innings|(?:disappointed|gutted|sad|upset|annoyed|angry|fed up) (?:that )?i (?:woke|wake|keep waking|still wake) up|(?:rather|prefer) (?:just )?(?:not|never) (?:wake up|to wake up|wake up again)(?! (?:early|at|before|for|till|until|in time|so early|on|tomorrow|when|the))|(?:id|i would) rather (?:just )?not (?:be here|exist|be alive|be around)(?= [.,]|$| any ?more| any longer)',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:lord|god|jesus|upstairs|heaven|innings|woke|wake|waking|rather)\\b',
  },
  {
    id: 'suicide.means_ready_or_researched',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:rope|ropes|noose|ligature|hose|hosepipe)(?:s| is| are)? (?:already |all |ready |sat |waiting )?(?:in|up in|ready in|hidden in) (?:the |my )?(?:shed|garage|loft|car|boot|wardrobe|drawer|attic)|(?:finish|finishes|finished) me (?:off )?(?:,|first)? ?(?:ill|i will|i can) do it myself|(?:looked|look\\w*|googl\\w*|search\\w*|research\\w*|read|reading) (?:up )?(?:\\w+ ){0,2}?how (?:many|much) (?:\\w+ ){0,2}?(?:{MEDS}|paracetamol|pills|tablets|insulin) (?:it takes|it would take|you need|you would need|would do it|is enough|to take)|(?:which|what) (?:shops|chemists|pharmacies|supermarkets|places) (?:\\w+ ){0,3}?(?:more than (?:two|2|one|1) (?:packets|boxes)|without (?:asking|questions|being asked))|(?:looking|looked|look|googl\\w*|search\\w*|research\\w*|watching|watched|reading) (?:up )?(?:\\w+ ){0,2}?(?:ropes? and knots|knots? (?:for|to make) (?:a )?(?:nooses?|hanging)|how to tie (?:a )?noose|nooses?|(?:how|ways) to hang (?:yourself|myself|himself|herself))|(?:sorted|sorting|sort) (?:out )?(?:the |my |all the |all my )?(?:pension|will|insurance|life insurance|paperwork|bank|accounts|funeral|papers)(?: \\w+){0,4} so (?:\\w+ ){0,3}?(?:wont have|doesnt have|dont have|wont need|has no|have no) (?:the |any )?(?:bother|hassle|trouble|worry|stress|work|sorting)(?: \\w+)? (?:after|afterwards|when)',
    unlessSentence: '\\b(?:scouts|sailing|boat|climbing|camping|macrame|crochet|tent|washing line)\\b',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:rope|ropes|noose|nooses|ligature|hose|hosepipe|finish|finishes|finished|how (?:many|much)|which|what|knots?|sorted|sorting|sort)\\b',
  },
  // ── Written from set 8's misses (round 6, branch s16d); each is the concept, tested in other
  // wordings by corpus-tuning-8-self.json. ──
  {
    // Preparatory acts: a life wound up — the will or funeral done beside a second act of winding
    // up (things cancelled, work told "I won't be back", "nothing left to tidy up"). A will alone
    // is ordinary prudence, so each rule's message gate names acts its own pattern does not.
    id: 'suicide.affairs_wound_up',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:sorted|sorting|done|made|wrote|written|updated|finished|redone|changed|put) (?:out )?(?:my|me) (?:will|funeral(?: plans?)?|affairs|life insurance)(?: out| in order)?|(?:got|had|getting) (?:my |me |the )?(?:will|affairs|funeral plan) (?:signed|done|sorted|drawn up|witnessed|in order)',
    withMessage:
      '\\b(?:cancel\\w*|told (?:work|my boss|my manager|everyone)|(?:wont|will not) be (?:back|coming back|around)|nothing (?:left|else|more) (?:for me )?to|gave (?:away|\\w+ away)|given away|giving away|rehom\\w*|goodbyes?|said my goodbyes)\\b',
    // Papers and milk cancelled before a holiday or a move are errands.
    unlessSentence: '\\b(?:holiday|going away|went away|trip|moving|move house|moved|emigrat\\w*|abroad|before (?:we|i) (?:went|go|leave|left|fly|flew))\\b',
  },
  {
    id: 'suicide.affairs_wound_up_more',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'nothing (?:left|else|more) (?:for me )?to (?:tidy|sort|sort out|put in order|settle|sign|cancel)(?: up| out)?|(?:put|gave|given|took|taken|rehomed|left) (?:the |my |his |her )?(?:cat|cats|dog|dogs|pets?|budgie|rabbit|parrot|horse) (?:\\w+ ){0,4}?for good|(?:written|wrote|writing|left) (?:a )?(?:letters?|notes?|cards?) (?:to|for) (?:each of )?(?:the |my |his |her )?(?:kids|children|grandkids|grandchildren|family|everyone|wife|husband|sons?|daughters?)|told (?:work|my (?:boss|manager|landlord)|them at work|everyone) (?:that )?(?:i|im) (?:wont|will not|am not|not) (?:be )?(?:back|coming back|coming in again|be around)(?! (?:after|until|till|because|as|from|for|on|at|when|next|this|in|once|while)\\b)',
    withMessage:
      '\\b(?:cancel\\w*|(?:my|his|her|the) will|funeral|affairs|gave (?:away|\\w+ away)|given away|giving away|goodbyes?|said goodbye|insurance|another winter|wont have to worry)\\b',
    // Papers and milk cancelled before a holiday or a move are errands.
    unlessSentence:
      '\\b(?:holiday|going away|went away|trip|moving|move house|moved|emigrat\\w*|abroad|new job|before (?:we|i) (?:went|go|leave|left|fly|flew))\\b',
  },
  {
    // Means sought for oneself: how to get a gun, a rope or a lethal substance "for myself".
    id: 'suicide.means_sought_for_self',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:how (?:to|i could|i can|you can|you) |where (?:to|i could|i can|you can) |trying to |want to |going to |looking (?:into|at) (?:how to )?)(?:get hold of|get|buy|order|obtain|find|source) (?:a |some |an )?(?:gun|firearm|pistol|handgun|shotgun|rifle|rope|noose|helium|charcoal|barbiturates?|nembutal|pentobarbital|cyanide|poison|exit bag)(?: \\w+| ,){0,5} (?:its |it is |thats |that is )?(?:for myself|for me|to use on myself|to do it|to end it)\\b(?! and (?:my|the))',
  },
  {
    // Method with place: where the person will go into the water, stones in the pockets, "that's
    // where I'll go in" said of a deep stretch of canal, a river or the sea.
    id: 'suicide.place_to_go_in',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:with|fill\\w*|put\\w*|load\\w*|weigh\\w* (?:myself|me|himself|herself) down with) (?:\\w+ ){0,2}?(?:stones|rocks|weights|bricks) in (?:my|his|her) (?:coat |jacket )?pockets|(?:thats|that is|this is|its|there is) (?:where|the (?:spot|place|bit)) (?:ill|i will|id|i would|i could|im going to|im gonna|i want to|i am going to) (?:go in|jump|do it|end it|go off|step off|walk in|walk out|go under|go over)(?! (?:for|to) (?:a )?(?:swim|dip|paddle|bathe|the water))',
    withMessage:
      '\\b(?:river|sea|canal|lake|loch|lough|water|deep|weir|lock|reservoir|bridge|cliff|quarry|tide|pockets|current|viaduct|railway|tracks|flyover|roof|edge)\\b',
  },
  {
    // Method with place: a bridge, rail line or height visited or looked at, beside a sign of
    // finality ("had a butcher's at the railway bridge, reckon that's me done").
    id: 'suicide.place_looked_at',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:had a (?:look|butchers|gander|nosey|shufti|proper look|good look|walk)|been (?:to )?(?:look\\w*|check\\w*|walk\\w*|stand\\w*) (?:at|out|up to|on)|went (?:to )?(?:look|see) at|checked out|scoped out|went and (?:stood|looked|sat) (?:on|at|by)|walk\\w* (?:up )?to the edge of|stood (?:on|at) the edge of|keep (?:going|walking) (?:back )?(?:to|up to)) (?:at )?(?:the )?(?:\\w+ )?(?:railway bridge|bridge|footbridge|overpass|viaduct|flyover|cliff|cliffs|cliff edge|railway line|level crossing|tracks|train tracks|multi storey|car park roof|rooftop|quarry|top floor|platform edge|edge)',
    withMessage:
      '\\b(?:me done|end it|do it|jump\\w*|for good|last time|cant go on|made (?:my|me|his|her|their) minds? up|reckon thats|nobody would|not coming back|over with|gone|no point|had enough|cant do this|finish it|high enough|deep enough|thatll be (?:it|me)|be it for me)\\b',
    // A bridge looked at on a walk or a tour is sightseeing.
    unlessSentence: '\\b(?:repainted|tour|heritage|engineering|views?|photos?|pictures?|boats|sightseeing|guided)\\b',
  },
  {
    // Going off the top or edge of a height, in everyday words ("go off the top of the bridge").
    id: 'suicide.go_off_the_top',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:go|going|gonna go|went|throw myself|chuck myself|launch myself|fling myself) (?:off|over) (?:the )?(?:top|edge|side) of (?:the |a |that )?(?:\\w+ ){0,2}?(?:bridge|flyover|viaduct|cliff|cliffs|multi storey|car park|building|roof|balcony|tower|block|flats)',
  },
  {
    // Passive ideation in dialect and euphemism: better off deid, six feet under, in the ground.
    id: 'suicide.better_off_euphemism',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:better|happier|best)(?: off)? (?:deid|six (?:feet|foot) under|in (?:the|my) (?:ground|grave)|in a box|pushing up (?:the )?daisies|dead and buried|with (?:my )?(?:mum|dad|him|her) (?:in heaven|up there|in the ground))|(?:wish|wished|wishing) (?:i was|i were|id be|to be) (?:six (?:feet|foot) under|in (?:the|my) (?:ground|grave)|pushing up (?:the )?daisies|deid)',
  },
  {
    // Stockpiling: tablets counted, saved or set aside and "enough" of them (not enough for a trip).
    id: 'suicide.enough_tablets',
    category: 'suicide',
    kind: 'method',
    severity: 'possible',
    pattern:
      '(?:(?:count\\w*|saved|saving|kept|keeping|hoard\\w*|stockpil\\w*|stash\\w*|collect\\w*|squirrel\\w*|put\\w* by|set aside|gathered|gathering) (?:up )?(?:all )?(?:my |me |the |his |her |mums |dads )?(?:\\w+ )?{MEDS}|(?:put\\w*|set\\w*|squirrel\\w*|stash\\w*|hid\\w*) (?:my |me |the |his |her )?(?:\\w+ )?{MEDS} (?:by|aside|away))(?: \\w+| ,){0,8} (?:ive|i have|i got|ive got|i have got|theres|there are|i know ive|i know i have|i have more than|got) (?:got )?(?:more than )?enough\\b(?! (?:for (?:the|a|my|two|three|\\w+) (?:week|weeks|month|months|holiday|trip|weekend|fortnight)|to last|till|until|for now))',
  },
  {
    // Means shown to someone close: a rope or noose shown, or bought with nothing it is for.
    id: 'suicide.means_shown',
    category: 'suicide',
    kind: 'method',
    severity: 'possible',
    pattern:
      '(?:showed|shown|show|showing) (?:me|us|her|him|them|my \\w+) (?:the |a |his |her |this )?(?:rope|noose|ligature|rope and|hosepipe and)|(?:rope|noose) (?:hes|shes|hed|shed|he had|she had|he has|she has|ive|i have|id|i had) (?:just )?(?:bought|got|ordered|made|tied)',
    unlessSentence: '\\b(?:scouts|sailing|boat|climbing|camping|macrame|crochet|tent|washing line|swing|tow|allotment|garden|knots? class|gym|skipping)\\b',
  },
  // ── Also round 6 (s16d): concepts behind the older tuned sets' (5, 6) suicide statements that
  // only the learned layer caught — the layer changes with every retrain, the crisis card needs a rule. ──
  {
    // Going to a height or water again and again and "working up to it", looking down, thinking how easy.
    id: 'suicide.keeps_going_to_the_place',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:stood|standing|been stood|been standing|sat|sitting|been sat|been sitting|went up|go up|goes up|been up|driv\\w*|drove|walk\\w*|going|goes|been) (?:out |up |down )?(?:to |on |at |by |up )?(?:the )?(?:top (?:floor )?of (?:the )?)?(?:\\w+ )?(?:bridge|footbridge|viaduct|flyover|multi storey|top floor|car park roof|rooftop|cliff|cliffs|quarry|reservoir|river|canal|weir|railway|tracks|platform|pier|harbour wall|steps)',
    withMessage:
      '\\b(?:working up to it|looking down|look down|how easy|it\\w* be quick|be quick|jump\\w*|sick of it all|had enough|for good|end it|do it|over the edge)\\b',
    // Looking down at boats or a view is sightseeing.
    unlessSentence: '\\b(?:boats|ducks|swans|sunset|fireworks|views?|photos?|pictures?|regatta|sightseeing)\\b',
  },
  {
    // A car or van driven off a height or into something "and have done with it".
    id: 'suicide.drive_off',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:drive|driving|drove|crash\\w*|steer\\w*|plough\\w*|put) (?:the |my |his |her |me )?(?:van|car|truck|lorry|motor|motorbike|bike) (?:off|into|over|under) (?:the |a |an )?(?:\\w+ ){0,2}?(?:pass|cliff|edge|bridge|wall|tree|river|sea|quarry|embankment|lorry|motorway|central reservation|reservoir|canal|harbour)',
    withMessage: '\\b(?:have done|done with it|end it|for good|be over|finish it|all over|nobody|no more|thats it|cant go on|sick of it|had enough)\\b',
  },
  {
    // Threatening to jump from somewhere unless someone comes back; standing at the top saying it.
    id: 'suicide.threat_to_jump',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:ill|shell|hell|i will|she will|he will|theyll|gonna|going to|im going to|says? (?:she|he)ll) jump(?! (?:in|on|at|for|up|into|the queue|ship|start|through|out of bed|around|about|for joy))(?: (?:if|unless)\\b| (?:off|from) (?:the |a |that )?(?:\\w+ )?(?:bridge|roof|top|building|balcony|cliff|cliffs|steps|window|flyover|car park|multi storey|tower|block|ledge|viaduct))',
    // A height, or the condition of a threat, must be in the message: "she\u2019ll jump if she sees a spider" is a startle.
    withMessage: '\\b(?:top|steps|bridge|roof|edge|window|balcony|cliff|ledge|building|flats|car park|multi storey|tower|comes? back|come home|leaves? me)\\b',
  },
  {
    // Stepping in front of a named train ("the 7.40") at a platform.
    id: 'suicide.in_front_of_train',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:step\\w*|jump\\w*|walk\\w*|throw\\w*|threw|lie|lying|lay|fall\\w*) (?:myself |himself |herself )?(?:in front of|under) (?:the |a )?(?:\\d+ \\d+|\\d+|next|fast|express|last|early|late|high speed|freight|non stopping)\\b',
    withMessage: '\\b(?:platform|train|trains|station|railway|tracks|line)\\b',
  },
  {
    // Passive ideation in plain or second-language words: no point being here, not want to live.
    id: 'suicide.no_point_being_here',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      'no point (?:in )?(?:me |my )?(?:being|living) (?:here|around|alive)(?! if (?:the|its|it is|theres|there is|nobody|no one|they|we|you|youre|your|everyone|all)\\b)|(?:am|is|are|im) not want (?:to )?(?:live|be here|be alive|wake up|exist)|(?:not|never) (?:brave|strong) enough(?: to (?:do it|go through with it|end it|actually do it|kill myself))?(?= [.,]|$| but| to (?:do it|go through|end it|actually))',
    withMessage: '\\b(?:point|live|alive|here|think about it|do it|do anything|end it|every day|wake up)\\b',
  },
  {
    // Means kept to hand and thought about: a gun by the bed, "what's the most you can take", "go peacefully if you stop eating".
    id: 'suicide.means_kept_and_asked',
    category: 'suicide',
    kind: 'method',
    pattern:
      '(?:shotgun|gun|rifle|pistol|firearm) (?:\\w+ )?(?:by|next to|under|beside) (?:the|my|his|her) (?:bed|pillow)|(?:whats|what is|what\\w*) the most (?:you|i|one|a person) (?:can|could) take(?: of)?|(?:go|die|slip away|pass) (?:peacefully|quietly|in (?:my|your) sleep) if (?:you|i|one) (?:stop eating|stop drinking|stop taking|stopped eating|took)|(?:has|have|got|keeps?) a stockpile',
    withMessage: '\\b(?:think\\w* about it|end it|do it|cant sleep|low|lives alone|stockpile|peacefully|take|eating|tablets|pills|co codamol|paracetamol)\\b',
  },
  {
    // Kill-self verbs with dialect reflexives ("top hisself", "do meself in").
    id: 'suicide.kill_self_dialect',
    category: 'suicide',
    kind: 'explicit',
    pattern:
      '(?:kill\\w*|top\\w*|off|end\\w*|hang\\w*|do|did|done) (?:hisself|hisen|herseln|meself|masel|mysel|theirselves|theirsen|thissen|missen|yersel|yerself)(?: in)?',
  },
];
