import type { RuleSpec } from '../types';
import { CHILD_AGE_UNDER_18 } from './fragments';

/**
 * Domestic abuse: violence, threats and coercive control by a partner or family member.
 *
 * Concepts: violence in plain and everyday words; fear and walking on eggshells; coercive and
 * controlling behaviour described as ordinary routine (money, phone, permission, curfews, never left
 * alone); monitoring and stalking; threats; sexual abuse; injuries explained away; needing a refuge.
 * Why: coercive control is usually told as "how things are at home", so rules read who decides what
 * rather than an abuse word.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

export const DOMESTIC_ABUSE_RULES: readonly RuleSpec[] = [
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
  {
    id: 'domestic_abuse.more',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:he|she|{PARTNER}) (?:decides|says|chooses|controls) (?:when|if|whether|who|where|what) (?:i|she) (?:can|am allowed to|is allowed to|may) (?:see|go|visit|talk|phone|call|leave|eat|sleep|wear|spend)|(?:have to|got to|must|need to) ask (?:him|her) for (?:money|cash|the bus fare)|keeps? hold of (?:my|her) (?:bank card|cards?|money|passport|phone|keys)|(?:im|i am|shes|she is) only allowed to|(?:makes?|made) (?:me|her) (?:send|show|tell|text|prove)(?: \\w+){0,4} (?:where|who|what) (?:i am|im|she is|shes|ive been)|(?:calls?|called|calling) (?:me|her) (?:useless|stupid|worthless|pathetic|a slag|a bitch|fat|ugly|thick)|no one else (?:would|will|could) (?:want|have|love) (?:me|her)|(?:pinned|pushed|shoved|slammed) (?:me|her) (?:against|into|down|onto|up against|across|to the (?:wall|floor|ground|bed))|(?:taken|hidden|hid|destroyed) (?:my|her) (?:passport|documents|phone|keys|bank card|money)|(?:makes|made|forces|forced) (?:me|her) to (?:have sex|sleep with|do things)',
    unlessSentence: '\\b(?:carers?|nan|gran|dementia)\\b',
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
  // Domestic abuse: a partner who "gets handy"; can't talk because he is there; injuries; curfews; refuges; "only me".
  {
    id: 'domestic_abuse.everyday_words',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:{PARTNER}|he|she) (?:\\w+ ){0,2}?(?:gets?|getting|got|can get|can be|goes|turns) (?:a bit |a little |quite |really |very |proper )?(?:handy|free with (?:his|her) (?:hands|fists))(?! with (?:a|the|his|her) (?:tools|drill|spanner|garden))|\\bdv\\b(?! ?ds?\\b)|put\\w* (?:his |her |their )?hands on (?:me|her)\\b|(?:nobody|no one) else (?:would|will|could|is going to) (?:ever )?(?:want|have|love|put up with) (?:me|her|you)|(?:never|not) (?:actually |once )?(?:touched|hit|hurt|laid a finger on) (?:them|the kids|the children|the boys|the girls|the baby)(?: ,)? (?:only|just) me|i (?:\\w+ ){0,2}?grab\\w* (?:her|him) by the (?:throat|neck|hair)|(?:grab\\w*|had|held|pinned) (?:me|her) (?:by|round|around) the (?:throat|neck)',
  },
  {
    id: 'domestic_abuse.family_violence_signs',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:get|got|getting|gets|step\\w*|came|come|jump\\w*) (?:in )?between (?:us|them|me and (?:him|her|my \\w+))|(?:cant|cannot|daren?t|not allowed to|scared to|too scared to) tell (?:them|anyone|anybody|social services|the school|the police|you) about (?:him|her|what (?:he|she) does)|gives? (?:me|her) (?:a tenner|a fiver|twenty quid|ten quid|\\d+ (?:pounds?|quid)) a (?:week|day|month)|\\bipv\\b|intimate partner (?:violence|abuse)',
  },
  {
    id: 'domestic_abuse.control_and_objects',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:{PARTNER}|he|she) (?:\\w+ ){0,2}?(?:threw|throws|thrown|chucked|chucks|hurled|lobbed) (?:a |the |his |her |my )?(?:\\w+ )?(?:at|over) (?:me|my head|my face|her|her head|her face)\\b|(?:{PARTNER}|he|she) (?:\\w+ )?(?:controls?|controlling|restricts?|restricting|limits?|limiting|monitors?|monitoring) (?:all )?(?:the |her |my |his )?(?:finances|money|access|contact|movements|friendships|who (?:she|i) (?:sees|see|talks to))|(?:{PARTNER}|he|she|hell|shell) (?:\\w+ )?(?:only|never|wont|doesnt|wouldnt) (?:lets?|let|allows?) (?:me|her) (?:to )?(?:go out|out|leave|see|go anywhere|go to)(?: \\w+){0,3} (?:if|unless|without)',
  },
  {
    id: 'domestic_abuse.sexual_and_proof',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      'forced (?:himself|herself) (?:on|upon) (?:me|her)|(?:raped|sexually assaulted) (?:me|her)|(?:sex|it|things) (?:\\w+ )?(?:when|after|even though|even when) i (?:said|say|told (?:him|her)) no|wont take no for an answer|to prove (?:where|who) (?:i am|im|i was|ive been|i was with|i am with)|(?:when|after) (?:hes|shes|he has|she has|he is|she is|hes been|shes been) (?:had a (?:drink|few)|drunk|drinking|been drinking)(?: ,)? (?:he|she) (?:gets?|turns?|goes|can get) (?:really |very |a bit |quite )?(?:nasty|violent|rough|aggressive|handy|physical|scary)',
  },
  {
    id: 'domestic_abuse.injury_notes',
    category: 'domestic_abuse',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:bruis\\w*|injur\\w*|marks|black eye|swelling)(?: (?:\\w+|,)){0,6} (?:partner|husband|wife|boyfriend|girlfriend|ex)\\b|(?:{PARTNER}) (?:\\w+ )?gets (?:angry|violent|aggressive|physical|rough)',
  },
  {
    id: 'domestic_abuse.coercion_more',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      'threat\\w* (?:\\w+ )?(?:to )?(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter)|(?:take|taking) (?:the|my|our) (?:kids|children|baby) (?:off me|away from me|and i(?:ll| will) never see them)|spat (?:in|at|on) (?:my|her) (?:face|hair)|spat at (?:me|her)|(?:hand over|give him|give her|handing over|hands over) (?:all )?(?:my|her) (?:wages|money|benefits|pay|salary|pension|card)|if (?:i|she) (?:leave\\w*|go|end it)(?: \\w+){0,3} (?:he|she)(?:ll| will| would|d| says (?:he|she)(?:ll| will|d)) (?:kill|hurt|harm|top) (?:himself|herself)|(?:try|tries|tried|trying) to leave (?:\\w+ ){0,2}?(?:he|she) (?:says|threatens|said) (?:he|she)(?:ll| will|d| would) (?:kill|hurt|top) (?:himself|herself)',
  },
  {
    id: 'domestic_abuse.round4_more',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:{PARTNER}|he|she|hes|shes) (?:\\w+ )?(?:stopped|stops|stopping) me (?:from )?(?:working|going to work|getting a job|seeing (?:my|anyone)|driving|going out)|(?:keeps?|kept|hides?|hid|takes?|took) (?:the|my|her) (?:car )?keys(?: \\w+){0,4} (?:so|and) (?:i|she) (?:cant|can not|cannot) (?:go|leave|get out|drive)|cant go anywhere without (?:him|her)|(?:punch\\w*|kick\\w*|smash\\w*) (?:a )?holes? in (?:the )?(?:door|wall|window)(?: \\w+){0,3} (?:next to|by|beside|near) my head|(?:makes?|made|forces?|forced) (?:me|her) (?:send|share|show|keep on|turn on) (?:him |her )?(?:my|her) (?:location|phone|messages|texts|screen|whereabouts)|goes? (?:mad|mental|ballistic|spare) if (?:i|my phone|its|my location)',
  },
  {
    id: 'domestic_abuse.cant_talk',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|can not) (?:talk|speak|say much|call|phone)(?: (?:\\w+|,)){0,6} (?:hes|shes|he is|she is) (?:\\w+ )?(?:in the (?:next|other) room|listening|right here|downstairs|upstairs|watching)\\b',
  },
  {
    id: 'domestic_abuse.curfew_punished',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      'if (?:i|im|i am) (?:not|no|late|out|home late)(?: \\w+){0,4} (?:he|she|{PARTNER}) (?:\\w+ )?(?:goes (?:off|mad|mental|ballistic|nuts|spare|berserk)|kicks off|loses it|flips|hits|batters|goes off (?:his|her) head)',
  },
  {
    id: 'domestic_abuse.injury_from_partner',
    category: 'domestic_abuse',
    kind: 'explicit',
    severity: 'possible',
    pattern: '(?:got|have|gave me|given me|left me with|with) (?:a |another )?(?:fat|split|busted|bust|swollen|bleeding) (?:lip|nose)',
    withMessage: '\\b(?:he|hes|him|my mans|my man|{PARTNER})\\b',
  },
  {
    id: 'domestic_abuse.refuge',
    category: 'domestic_abuse',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      'refuges? (?:is|are|was|were) (?:full|closed)|(?:place|space|bed|room) (?:in|at) a refuge|(?:go|going|went|get|got|move|moved|stay\\w*|fled|flee\\w*) (?:in|into|to) (?:a |the )?(?:womens )?refuge|womens refuge',
  },
  // ── Domestic abuse ──────────────────────────────────────────────────────────────────────────
  {
    id: 'domestic_abuse.parent_hurt_in_front_of_child',
    category: 'domestic_abuse',
    kind: 'explicit',
    pattern:
      '(?:dad|daddy|father|stepdad|step dad|(?:mums|mams) (?:boyfriend|fella|partner)) (?:\\w+ ){0,2}?(?:push|pushed|pushes|hit|hits|beat|beats|punch|punched|punches|kick|kicked|kicks|strangle|strangled|choke|chokes|choked|slap|slapped|batter|battered|throw|threw|shove|shoved|hurt|hurts) (?:his|her|my|our|their) (?:mum|mam|mom|mother|wife|girlfriend|partner)\\b',
    withMessage: '\\b(?:dad|daddy|father|stepdad|step dad|mums|mams)\\b',
  },
  {
    id: 'domestic_abuse.violence_in_other_words',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Hitting in regional slang, strangulation and pinning (the strongest predictor of a killing),
    // and threats to finish someone if they come back.
    pattern:
      '(?:{PARTNER}|he|she|hes|shes) (?:(?!(?:i|ill|im|id|ive|we)\\b)\\w+ ){0,3}?(?:lamps?|lamped|lamping|leathers?|leathered|leathering|belts?|belted|belting|wallops?|walloped|walloping|decks?|decked|thumps?|thumped|thumping|brays?|brayed|skelps?|skelped|twats?|twatted|batters) (?:me|her)\\b(?! (?:at|in) (?:cards|chess|darts|pool|golf|scrabble|games?|quiz))|knocks? (?:me|her) (?:about|around|down)|(?:me|her) (?:\\w+ ){0,5}?by (?:my|the|her) (?:throat|neck)|(?:hands?|fingers) (?:round|around|on) (?:my|her) (?:throat|neck)|(?:pin\\w*|pinned|slammed|slams|held|holds|shoved|shoves|pushed|pushes|grabbed|grabs|throws?|threw) (?:me|her) (?:up )?against (?:the|a) (?:wall|door|fridge|worktop|cupboard)|(?:hell|shell|he will|she will|hed|shed|he would|she would|hes going to|shes going to) (?:\\w+ )?finish (?:me|her|us)(?: off)?\\b|if i (?:walk|come|step|set foot|show (?:my )?face|go back|come back|turn up)(?: \\w+){0,5}? (?:,)? ?(?:hell|shell|he will|she will|hed|shed|he says hell|he said hed|she said shed) (?:\\w+ )?(?:kill|finish|hurt|batter|murder|strangle|stab|break|smash|beat|knock|do (?:me|her) in|end)\\b',
    withMessage:
      '\\b(?:lamp\\w*|leather\\w*|belt\\w*|wallop\\w*|deck\\w*|thump\\w*|bray\\w*|skelp\\w*|twat\\w*|batters|knocks?|throat|neck|against|finish|if i)\\b',
  },
  {
    id: 'domestic_abuse.control_as_routine',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    // Coercive control told as how the household works: permission to spend, clothes chosen,
    // being home for his call, threats to tell social services or immigration.
    pattern:
      '(?:ask|asks|asking|get|gets) (?:(?:his|her|their) )?permission (?:to|before|for) (?:spend\\w*|buy\\w*|go out|going out|leave|leaving|see|seeing|eat|eating|wear\\w*|use|using|have|having|phone|ring|visit\\w*|get (?:money|food))|(?:make|makes|made|making) (?:me|her|him) ask (?:\\w+ ){0,2}?(?:for|before|permission)|(?:wear|wearing|wore) (?:what|whatever|only what) (?:he|she|{PARTNER}) (?:picks|chooses|tells|says|likes|lets|wants|buys|allows)|(?:doesnt|does not|wont|dont|didnt) (?:like|let|want) (?:me|her) (?:looking|to look|dressing|to dress|wearing|to wear|wear|going out) (?:\\w+ ){0,2}?(?:nice|pretty|done up|make up|short \\w+|for other (?:men|women|people|blokes|lads))|(?:hell|shell|he will|she will|hed|shed|hes going to|shes going to|threaten\\w* to|threatens to|(?:says|said) (?:hell|shell|hed|shed)) (?:\\w+ )?(?:tell|ring|call|phone|report (?:me|her) to|grass (?:me|her) up to|get) (?:the )?(?:social|social services|social worker|immigration|home office)|unfit (?:mother|mum|mam|parent)|(?:got to|have to|has to|must|need to|supposed to|meant to|expected to) (?:be (?:home|in|back|on the phone)|answer|pick up)(?: \\w+)? (?:when|whenever|every time|the minute) (?:he|she|{PARTNER}) (?:rings|calls|phones|texts|facetimes)',
    unlessSentence: '\\b(?:council|landlord|school|boss|manager|gp|doctor|bank|parking|planning|teacher)\\b',
    withMessage:
      '\\b(?:permission|ask|wear|wearing|wore|looking|look|dressing|dress|going out|social|immigration|home office|unfit|rings|calls|phones|texts|facetimes)\\b',
  },
  {
    id: 'domestic_abuse.never_alone',
    category: 'domestic_abuse',
    kind: 'explicit',
    negativeIsMeaning: true,
    // Not allowed out alone, said beside a sign that it is a partner's rule rather than a disability.
    pattern:
      '(?:cannot|cant|can not|not allowed to|never allowed to|isnt allowed to|arent allowed to|not let) (?:\\w+ )?(?:go|leave|go out|go to (?:the )?\\w+|see (?:my |her )?\\w+|visit \\w+|do (?:the )?\\w+) (?:\\w+ ){0,3}?(?:alone|on my own|by myself|on her own|by herself|without (?:him|her))|(?:he|she|{PARTNER}) (?:is |s )?(?:always|insists on|has to|must|always has to) (?:come|coming|comes|go|going|goes) with me (?:everywhere|wherever|even to)',
    withMessage:
      '^(?=.*\\b(?:{PARTNER}|strict|jealous|controlling|permission)\\b)(?=.*\\b(?:alone|on my own|by myself|on her own|by herself|without (?:him|her)|with me)\\b)',
    unlessMessage: CHILD_AGE_UNDER_18,
    unlessSentence:
      '\\b(?:fall|fell|stroke|legs?|knees?|hips?|walk\\w*|frame|wheelchair|dementia|eyes|sight|blind|anxi\\w*|panic|agoraphob\\w*|confidence|dizzy|balance|seizures?|fits)\\b',
  },
  // Round 6 (branch s16e): written after reading set 8's misses and false alarms in this category (set 8 is a
  // tuning set from round 6; HELDOUT.md). Each rule is a concept — what the person describes — checked on
  // corpus-tuning-8-others.json, paraphrases of the misses and a second batch in new wordings.
  {
    id: 'domestic_abuse.sex_without_consent',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Sex forced or taken after "no", told plainly and misspelt ("forsed", "wen").
    pattern:
      '(?:forc|fors)(?:ed|d|es|ing)? (?:me|himself on me|herself on me|himself onto me|me into (?:bed|sex)) (?:to (?:have )?(?:sex|sleep with)|into|on|onto)?|(?:made|makes|make|forced|forsed) me (?:have sex|sleep with (?:him|her)|do (?:it|sexual things|stuff in bed))(?: \\w+){0,4}? (?:when|wen|after|though|even though|while) i (?:\\w+ ){0,1}?(?:said|kept saying|was saying|sayin|kept sayin|told (?:him|her)) no|(?:wont|doesnt|didnt|never) (?:take|takes|took|accept) no for an answer|(?:sex|it|the sex thing|sexual \\w+)(?: \\w+){0,4}? (?:even )?(?:when|wen|after|though|while) i (?:\\w+ ){0,1}?(?:said|say|tell|told|kept saying) (?:him |her )?(?:no|i dont want|to stop|stop|not to)',
    withMessage: '\\b(?:sex|bed|sleep with|himself on|herself on|sexual|no for an answer)\\b',
  },
  {
    id: 'domestic_abuse.heard_through_the_wall',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Violence in a couple next door, told by what the neighbour hears.
    pattern:
      '(?:laying into (?:her|him)|knocking (?:her|him) about|(?:she|he) screams|then it goes quiet|begging (?:him|her) to stop|screaming for help|shouting for help|crying for help|banging (?:on the (?:floor|wall|ceiling) )?for help|(?:call|ring) the police|thuds?|things (?:smashing|being thrown|breaking)|glass (?:going|smashing|breaking)|(?:her|him) (?:screaming|crying|sobbing))',
    withMessage:
      '^(?=.*\\b(?:hear|heard|hearing|can hear|through the wall|through the ceiling|through the floor)\\b)(?=.*\\b(?:upstairs|downstairs|next door|neighbours?|couple|the flat|the wall|the ceiling|the floor|his wife|her husband|her fella|her boyfriend)\\b)(?=.*\\b(?:him|he|man|husband|fella|boyfriend)\\b)',
    unlessMessage: '\\b(?:party|music|telly|tv|film|football|match|kids playing)\\b',
  },
  {
    id: 'domestic_abuse.practitioner_shorthand',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Note shorthand for domestic abuse risk: a DASH score, a MARAC or IDVA referral, "DA disclosed".
    pattern:
      'dash (?:\\w+ ){0,3}?(?:high|medium|standard) risk|(?:high|medium) risk (?:\\w+ ){0,2}?dash|(?:referral|refer\\w*|ref) (?:\\w+ ){0,2}?(?:marac|idva)|(?:marac|idva) (?:referral|ref|to be|considered|made)|\\bda (?:disclos\\w*|reported|incident|concerns?|victim)|disclos\\w* (?:of )?da\\b|non fatal strangulation',
    unlessSentence: '\\b(?:training|course|trained|module|e learning|elearning)\\b',
  },
  {
    id: 'domestic_abuse.beatings_in_other_words',
    category: 'domestic_abuse',
    kind: 'explicit',
    // A beating told in everyday or regional words, by a partner: "gives me a hiding when he's had a drink".
    pattern:
      '(?:gives?|gies|gave|giving|gets) (?:me|us) (?:a |another |a good |the odd )?(?:hiding|doing|doin|belting|leathering|kicking|battering|pasting|hammering|going over|slap|slapping|thumping|beating|back hander|backhander|good hiding|skelping|tanning)|(?:handy|free) with (?:his|her|their) fists|(?:quick|free|handy) with (?:his|her|their) (?:hands|fists) (?:when|if|after)|(?:quick|free|handy) with (?:a|the) (?:slap|backhander|back hander|fist|belt)|(?:batters|battered|leathers|leathered|belts|belted|skelps|skelped|wallops|walloped|lamps|lamped|decks|decked) (?:me|us)\\b|knock(?:s|ed|ing)? (?:me|us) about',
    withMessage: '\\b(?:he|she|hes|shes|man|fella|bloke|husband|partner|boyfriend|bf|wife|girlfriend|missus|other half)\\b',
    unlessMessage: '\\b(?:{SPEAKER_UNDER_SIXTEEN}|my (?:dad|mum|mam|da|stepdad|stepmum)|(?:dad|mum|da|stepdad) (?:gives?|gave) (?:me|us))\\b',
  },
  {
    id: 'domestic_abuse.punished_out_of_bed',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Made to sleep in the car, the shed or on the landing as a punishment: control, not homelessness.
    pattern:
      '(?:makes?|made|making|forces?|forced) (?:me|us) (?:to )?(?:sleep|stay|spend the night|spend nights|stand|sit|kneel) (?:\\w+ ){0,2}?(?:in the (?:car|shed|garden|garage|hall|hallway|bath|van)|on the (?:landing|floor|doorstep|step|sofa)|outside)|(?:have|had) to (?:sleep|spend the night) (?:in the (?:car|shed|garage|van)|on the (?:landing|floor|doorstep)|outside) (?:if|when|whenever|after) i|(?:if|when|whenever) i (?:\\w+ ){0,3}?(?:upset|annoy|wind|cross|displease|disobey|answer|anger)\\w* (?:him|her)(?: \\w+){0,3}? (?:i )?(?:have|has|had) to (?:sleep|spend the night|stay) (?:in the (?:car|shed|garage|van|garden)|on the (?:landing|floor|doorstep)|outside)',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}\\b',
    withMessage:
      '\\b(?:upset|annoy\\w*|wind (?:him|her) up|get it wrong|got it wrong|answer back|answered back|late|punish\\w*|hes angry|shes angry|he|she)\\b',
  },
  {
    id: 'domestic_abuse.whereabouts_checked',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Every movement accounted for: the mileage checked, a photo of where I am every hour.
    pattern:
      '(?:checks?|checking|checked|writes? down|notes?|reads?|reading) (?:the )?(?:mileage|milometer|odometer|miles on the (?:car|clock))|(?:asks?|makes?|made|expects?) me (?:to )?account for (?:every|each|all)|so (?:he|she) knows (?:exactly )?where i (?:ve been|have been|am|go|was)|(?:send|sends|show|text) (?:him|her) (?:a )?(?:photo|picture|pic|selfie|video|my location) (?:\\w+ ){0,4}?(?:where i am|who im with|every (?:hour|half hour|time|few))',
  },
  {
    id: 'domestic_abuse.locked_out_as_punishment',
    category: 'domestic_abuse',
    kind: 'explicit',
    // Locked out of the home for being late or for upsetting a partner: control by punishment.
    pattern:
      '(?:locks?|locked|locking|shuts?|shut) me out (?:\\w+ ){0,2}?(?:when|if|because|whenever|cos|every time) (?:im|i am|i was|i get|i come|i)|(?:when|if|whenever) (?:im|i am|i get|i come) (?:\\w+ ){0,1}?(?:late|home late|back late)(?: \\w+| ,){0,4}? (?:he|she) (?:locks?|locked|shuts?) me out',
    unlessMessage: '\\b{SPEAKER_UNDER_SIXTEEN}\\b',
  },
];
