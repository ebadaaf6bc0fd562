import type { RuleSpec } from '../types';

/**
 * Harm to others: the person (or someone they describe) intending or threatening to hurt someone.
 *
 * Concepts: stated intent and threats, including everyday idiom (put him in the hospital, he'll get
 * what's coming); a weapon got ready, carried or kept for someone; revenge and arson; knowing a
 * target's movements; command voices and intrusive thoughts of harm; fear of one's own violence.
 * Why: threats arrive in idiom far more often than in the word "kill"; the weapon and plan rules
 * are kind 'method' like the suicide method rules.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

const INTENT =
  '(?:going to|ill|i will|i (?:want|wanted|need|needed|plan|planning|am tempted|was tempted|feel like i want) to|i (?:could|would|might)(?: just)?|id|i feel like i (?:could|might|will|want to)|(?:thoughts?|thinking|think|thought|dreams?|dreaming|fantasi\\w*) (?:of|about)|urges? to|i keep (?:thinking about|wanting to)|hed|shed|hes going to|shes going to|he will|she will|hell|shell|theyll|he wants to|she wants to|threaten\\w* to|says (?:he|she)ll)(?: (?:never|not|ever))?(?: \\w+){0,2}?';
const TARGET = '(?:him|her|them|his|that \\w+|the \\w+|my \\w+|someone|somebody)';
const I_WILL = '(?:ill|i will|im going to|im gonna|i am going to|going to|gonna|i could|id|i would|i swear|im)';
const REAL_WEAPON = '(?:shotgun|gun|rifle|air rifle|crossbow|knife|knives|machete|baseball bat|blade|acid)';
const WEAPON_OR_FIRE =
  '(?:knife|knives|blade|gun|shotgun|rifle|firearm|crossbow|machete|weapon|bat|bats|baseball bat|hammer|axe|hatchet|poker|crowbar|golf club|iron bar|acid|brick|petrol|lighter fluid|jerry can)';
/** A weapon, as a threat names it; WEAPON_OR_FIRE adds the means of arson. */
const WEAPON =
  '(?:knife|knives|blade|gun|shotgun|rifle|firearm|crossbow|machete|weapon|bat|bats|baseball bat|hammer|axe|hatchet|poker|crowbar|golf club|iron bar|acid)';

export const HARM_TO_OTHERS_RULES: readonly RuleSpec[] = [
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
  {
    id: 'harm_to_others.idiom',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: `${I_WILL} (?:\\w+ ){0,2}?(?:put ${TARGET} in (?:the )?(?:hospital|the ground|a wheelchair|an early grave)|wring (?:his|her|their) necks?|knock (?:his|her|their) (?:block|head|teeth) off|do ${TARGET} in|sort ${TARGET} out|(?:torch|burn|petrol bomb) (?:his|her|their) (?:car|house|flat|place)|make sure (?:he|she|they) (?:never|cant) walks?|break (?:his|her|their) (?:legs|neck|jaw|arms)|(?:shank|merk|bottle|glass|stab|smoke|bury|kill) (?:him|her|them|someone|somebody)|(?:go|going) round (?:there )?(?:with (?:a|my) (?:bat|knife|hammer|blade|mates))|(?:brick|bottle|petrol) through (?:his|her|their) (?:window|door|letterbox)|have (?:him|her|them) done in|smash (?:his|her|their) (?:face|head) in)|(?:knife|bat|hammer|blade) (?:\\w+ ){0,4}?(?:where (?:he|she|they) lives?|round (?:there|his|hers))|(?:getting|get|gets) a (?:brick|bottle|petrol bomb) through (?:his|her|their) (?:window|door)|(?:\\bhell|\\bshell|theyll) be sorry(?: \\w+){0,4} (?:ill|i will)|(?:gonna|going to) (?:shank|merk|stab|bottle|glass|do) (?:him|her|them)(?: on sight)?|(?:shank|merk)\\w* (?:him|her|them|someone)`,
  },
  {
    id: 'harm_to_others.more',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:feel|felt|feeling) like (?:stabbing|killing|hitting|hurting|punching|strangling|battering|murdering|smashing) (?:someone|somebody|him|her|them|people|(?!myself|himself|herself|me\\b)\\w+)|(?:ill|im going to|im gonna|going to|gonna|i will|i want to) (?:\\w+ ){0,2}?(?:knock|spark) (?:him|her|them) out|(?:put|stick) a (?:knife|blade) in (?:him|her|them)|(?:when|if|once) i get my hands on (?:him|her|them)|(?:run|running|ran) (?:him|her|them) over|sort (?:him|her|them) out (?:properly|good|once and for all|for good)|(?:stab|batter|bash|shank|deck|do) (?:him|her|them) (?:up|in)',
  },
  {
    id: 'harm_to_others.round3',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'do time for (?:him|her|them)|(?:keep|kept|got|have) a (?:claw hammer|hammer|knife|bat|baseball bat|machete|blade) (?:by|behind|under|near) (?:the|my) (?:front |back )?(?:door|bed)|wont be walking away|(?:somebody|someone) gets? (?:hurt|killed|stabbed)|pillow over (?:her|his|their) face|(?:sat|sitting|waiting|parked) outside (?:his|her|their) (?:\\w+ ){0,2}?(?:house|flat|work)|i know where (?:she|he|they) (?:parks|lives|works|goes)|catch a case|(?:end|ending) (?:him|her|them)\\b(?! (?:own )?life)|dead man walking|petrol bomb\\w*',
  },
  // Harm to others: threats told as what will happen to someone; slang for killing; weapons fetched for someone.
  {
    id: 'harm_to_others.fate_threat',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:hes|shes|theyre|he is|she is|they are|hell|shell|theyll|he will|she will) (?:be )?(?:getting|get|gets|going to get|going to be) (?:done in|battered|stabbed|sorted out|hurt|smashed|a kicking|a beating|a hiding|knocked out|done over|merked|shanked|dealt with)(?! by)',
  },
  {
    id: 'harm_to_others.slang',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'catch (?:a )?bod(?:y|ies)|(?:wet|duppy|cheff) (?:him|her|them|someone|that \\w+|this \\w+)(?: up)?|unaliv\\w* (?:him|her|them|someone|somebody|people|my (?!self)\\w+|the \\w+|that \\w+|this \\w+|his \\w+)',
  },
  {
    id: 'harm_to_others.weapon_for_someone',
    category: 'harm_to_others',
    kind: 'method',
    pattern:
      '(?:take|took|taking|get|getting|got|bring\\w*|grab\\w*) (?:the |a |my |his |her |their |an |that )?(?:\\w+ )?{WEAPON}(?: out)? (?:to|on) (?:him|her|them|someone|somebody|those \\w+|that lot)\\b|(?:get|got|getting|gets|take|took|taking|bring\\w*|fetch\\w*) (?:the |a |my |his |her |their |an )?(?:\\w+ )?' +
      REAL_WEAPON +
      ' (?:out )?to (?:sort|deal with|teach|scare|frighten|go after|hurt|kill|shoot|get)\\b',
  },
  {
    id: 'harm_to_others.weapon_ready',
    category: 'harm_to_others',
    kind: 'method',
    pattern:
      '{WEAPON} (?:\\w+ ){0,4}?for (?:when|if) (?:i see|i find|i bump into|i catch|he|she|they)|(?:going to|gonna|will|ll|wants to|threatened to|threatening to|threatens to|said hed|said shed) (?:\\w+ )?(?:torch|burn down|petrol bomb|firebomb|set fire to|set light to) (?:his|her|their|the|my) (?:\\w+ )?(?:car|house|flat|place|van|shop|door)',
  },
  {
    id: 'harm_to_others.revenge_and_throwing',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'make (?:him|her|them) pay(?! (?:for (?:the|his|her|their) (?:\\w+ )?(?:bill|share|rent|tab|drinks|dinner|petrol|damage|repairs|round)|back|up))|(?:wont|will not|never) see it coming|(?:put|putting|throw|throwing|chuck\\w*|send\\w*) (?:him|her|them) through (?:the|a|his|her) (?:window|wall|door|table)',
  },
  {
    id: 'harm_to_others.idiom_more',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'swing for (?:him|her|them|that \\w+|the \\w+|my \\w+|\\w+)|(?:asking|begging) for (?:a slap|a smack|a kicking|a beating|a hiding|a punch|it)(?: (?:\\w+|,)){0,4} (?:get|gets|getting) (?:one|it)|(?:hell|shell|theyll|he will|she will) get (?:a slap|a smack|a kicking|a beating|a hiding|a punch)',
  },
  {
    id: 'harm_to_others.command_voices',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      'voices? (?:\\w+ ){0,3}?(?:tell|telling|told|tells|say|saying|said|want|wants|command\\w*) (?:me )?(?:to )?(?:hurt|kill|stab|attack|harm|poison) (?:people|someone|somebody|him|her|them|my \\w+|the \\w+|others|everyone)|(?:thought|thinking|think) about poisoning (?:him|her|them|his \\w+|her \\w+)',
  },
  {
    id: 'harm_to_others.speaker_violence',
    category: 'harm_to_others',
    kind: 'explicit',
    // Not "she says she'll tell everyone I hit her": a threatened false accusation is not the speaker's violence.
    pattern:
      '(?<!(?:say|says|said|tell|tells|told|claim\\w*|accus\\w*|pretend\\w*|make out|makes out) (?:\\w+ ){0,2})i (?:\\w+ ){0,2}?(?:grab\\w*|had|held|pinned|got|took) (?:him|her|them) (?:by|round) the (?:throat|neck|hair)|(?<!(?:say|says|said|tell|tells|told|claim\\w*|accus\\w*) (?:\\w+ ){0,2})i (?:\\w+ ){0,2}?(?:chok\\w*|strangl\\w*|throttl\\w*|slapped|headbutt\\w*|thump\\w*|whacked|clouted|shoved) (?:him|her|them|my (?:wife|husband|partner|girlfriend|boyfriend))\\b',
  },
  {
    id: 'harm_to_others.intrusive_harm_child',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:picture|image|images|thought|thoughts|urge|urges|flash\\w*|tempted|imagine\\w*|think\\w* about|feel like) (?:\\w+ ){0,3}?(?:of |about )?(?:shaking|shake|hitting|smothering|smother|dropping|throwing|hurting|strangl\\w*|suffocat\\w*|drowning|drown) (?:her|him|them|the baby|my baby|it)\\b',
    withSentence: '\\b(?:baby|babies|newborn|toddler|little one|infant|kids?|child|children)\\b',
  },
  {
    id: 'harm_to_others.in_their_face',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    pattern: '(?:get|got|getting|gets) (?:right |up )?in (?:her|his|their|your|someones) face|(?:square|squared|squaring) up to (?:him|her|them)',
  },
  {
    id: 'harm_to_others.planned_killing',
    category: 'harm_to_others',
    kind: 'explicit',
    // A killing said alongside a plan, in whichever order: "murder him, that's what I'm planning".
    pattern: '(?:murder|kill|stab|shoot|strangle) (?:him|her|them)',
    withSentence: '\\b(?:planning|plan|planned|going to|gonna|tonight|tomorrow|this weekend)\\b',
  },
  {
    id: 'harm_to_others.going_round_armed',
    category: 'harm_to_others',
    kind: 'explicit',
    // Going round to someone with a weapon, in any voice: "gan roond there wi a bat".
    pattern:
      '(?:go|going|gan|gannin|goin|gonna go|head\\w*|went|ride|riding) (?:round|roond|over|down|out) (?:there |to (?:his|hers|theirs|them) |on (?:them|him|her) )?(?:\\w+ ){0,2}?(?:with|wi|wiv) (?:a|an|me|my|the|his|some) {WEAPON}|riding out on (?:them|him|her|\\w+)|bringing (?:the )?(?:tools|ting|strap|shank|nank|blades?)|smoke (?:that|dat|this|the) (?:yute|youth|guy|man|boy|opp|opps|lad)',
  },
  {
    id: 'harm_to_others.arson_or_revenge',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:set|setting|sets) fire to (?:the |his |her |their |my )?(?:flats|flat|house|building|school|car|place|block|them|him|her)|(?:burn|burning|torch|torching) (?:the|his|her|their) (?:flats|house|place|car|school) down|(?:list|names) (?:of (?:names|people) )?(?:\\w+ ){0,4}?(?:and )?(?:says|said|saying) (?:they|theyll|they will|they are going to) (?:all )?(?:pay|die|regret|be sorry)',
  },
  // Harm to others: a weapon kept ready; knowing a person's movements beside a weapon or revenge;
  // going round with petrol; sharpening a blade while thinking of someone; "they'll all pay";
  // rage that nearly hit someone; "I won't be responsible for what I do"; threats in idiom and dialect.
  {
    id: 'harm_to_others.weapon_kept_ready',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    pattern: `(?:kept|keep|keeping|got|have|sleep with|put|hid|hidden) (?:a |the |my |his |her )?${WEAPON} (?:\\w+ ){0,3}?(?:by|under|next to|beside|in) (?:the |my |his |her )?(?:bed|pillow|door|front door|car|boot|van|glovebox|pocket|coat|jacket|bag)|(?:the |a |my |his |her )?${WEAPON}(?:s| is| are)? (?:in|under) (?:the|my|his|her) (?:boot|glovebox|van|car|bag|pocket|coat|jacket|bed)|(?:id|i would|i will|ill|wouldnt hesitate to|not afraid to|im not scared to) (?:\\w+ )?use (?:it|them|that|the \\w+)(?= [.,]|$| on (?:him|her|them|anyone|someone)| if (?:he|she|they|anyone|someone))`,
    withSentence: `\\b${WEAPON}\\b`,
    // The same condition over the whole message, tested once for every rule that shares it: most messages name no weapon.
    withMessage: `\\b${WEAPON}\\b`,
    unlessSentence:
      '\\b(?:kitchen drawer|cooking|dinner|garden|allotment|shed|tools|cricket|baseball|rounders|softball|golf course|camping|barbecue|bbq|bonfire)\\b',
  },
  {
    id: 'harm_to_others.knows_their_movements',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:know|knows|found out|worked out|clocked|watching|watched|been watching|follow\\w*|tracked) (?:\\w+ ){0,2}?(?:what time|when|where|which way|the way|the route|the bus) (?:\\w+ ){0,2}?(?:he|she|they|my ex|his|her) (?:\\w+ )?(?:finish\\w*|leaves?|walks?|drinks?|lives?|works?|goes|gets|parks?|drops?|picks?|home|now)',
    withMessage: `\\b${WEAPON_OR_FIRE}\\b|\\b(?:get what|whats coming|wait for (?:him|her|them) with|teach (?:him|her|them)|took everything|pay for (?:this|what)|have (?:him|her|them) (?:done|sorted))\\b`,
  },
  {
    id: 'harm_to_others.revenge_threat',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:hes|shes|theyve|they have|he has|she has|hell|shell|theyll|he will|she will|they will|youll|you will) (?:got )?(?:it|what)s? coming(?: to (?:him|her|them|you))?|(?:get|gets|getting|got) what(?:s| is) coming(?: to (?:him|her|them))?|(?:regret|rue) the day|teach (?:him|her|them) a lesson|(?:told|tell|telling|got) (?:the lads|the boys|my mates|my boys|my brothers|my cousins|the crew|the man dem|the mandem|my lot) (?:\\w+ )?(?:where|what time) (?:he|she|they) (?:lives?|drinks?|works?|finish\\w*|goes|walks?|parks?|hangs? out|stays?|drinks)|(?:going|go|gonna|went) (?:round|over) (?:\\w+ ){0,4}?with (?:a )?(?:can of petrol|petrol|jerry can|lighter fluid|matches|a lighter)|pour\\w* petrol (?:on|over|through|in)',
    unlessSentence: '\\b(?:karma|taxes|tax man|fine|ticket|parking|rent)\\b',
  },
  {
    id: 'harm_to_others.they_will_pay',
    category: 'harm_to_others',
    kind: 'explicit',
    // "They'll all pay" is a threat beside a grievance or a list; "I'll pay" and "they'll pay for the taxi" are not.
    pattern:
      '(?<!\\b(?:i|we) )(?:will|theyll|youll|hell|shell|theyre going to|theyre gonna|hes gonna|shes gonna) (?:all )?(?:pay|get theirs|get what they deserve)(?= [.,!?]|$| for (?:this|that|what (?:they|he|she|you) (?:did|done|have done)|it all|everything))',
    withMessage: `\\b(?:list|names|laughed|bullied|did this|done this|wronged|revenge|get back at|hurt me|ruined|took everything|made my life|humiliated|sacked|grassed|${WEAPON_OR_FIRE})\\b`,
  },
  {
    id: 'harm_to_others.blade_and_a_face',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern: `sharpen\\w* (?:\\w+ ){0,3}?${WEAPON_OR_FIRE}s?(?: \\w+| ,){0,4} (?:thinking (?:about|of)|for (?:him|her|them|when)|ready for|imagin\\w*|picturing)|(?:thinking (?:about|of)|picturing|imagin\\w*) (?:\\w+ ){0,3}?(?:his|her|their) (?:\\w+ ){0,3}?(?:face|throat|neck)(?: \\w+){0,4} (?:with|and|when) (?:the |a |my )?${WEAPON_OR_FIRE}`,
    unlessSentence: '\\b(?:roast|cooking|carving|turkey|veg|vegetables|chef|whetstone class|woodwork|whittl\\w*)\\b',
  },
  {
    id: 'harm_to_others.near_miss_rage',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:put|punched|smashed|kicked|rammed|slammed) (?:my )?(?:fist|hand|foot|head|boot)? ?(?:through|into) (?:the |a |his |her |their )?(?:door|wall|window|telly|tv|windscreen|plasterboard)(?: \\w+| ,){0,6} (?:inch\\w*|centimetres|cm|close to|near|next to|from) (?:\\w+ ){0,3}?(?:head|face|him|her|them)|(?:an inch|inches|a few inches|centimetres|millimetres) (?:from|away from|off) (?:his|her|their|my \\w+s?|the \\w+s?) (?:head|face)|(?:so angry|that angry|so mad|that mad|in a rage|the rage)(?: \\w+){0,3} (?:i shake|im shaking|i see red|i lose it|i black out|i go for|i lash out|i smash|i want to hit)',
  },
  {
    id: 'harm_to_others.not_responsible',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:wont|will not|cant|cannot|not) be (?:held )?responsible for (?:what (?:i|ill|i will|i might|im going to) (?:do|might do|will do|end up doing)|my actions|what happens)|(?:dont|do not) know what (?:ill|i will|i might|id|i would) do (?:to (?:him|her|them)|if i see (?:him|her|them))|(?:one more|next time) (?:\\w+ ){0,4}?(?:and|then) (?:ill|i will|im gonna|im going to|i swear (?:ill|i will)) (?:\\w+ )?(?:kill|deck|batter|lamp|smack|swing for|flatten|floor|leather|glass|stab|bury|(?:hit|punch|knock out|belt|thump) (?:him|her|them|you|someone))',
  },
  {
    id: 'harm_to_others.threat_idiom_more',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:gonna|gonnae|going to|goin to|ill|i will|i wanna|i want to|id|i would|i could|im gonna|ima|imma|will|i swear (?:ill|i will)) (?:\\w+ )?(?:burst|split|cave|smash|crack|stave|kick|knock|bash|rip|tear|break|panel|pan|boot|stamp on) (?:his|her|their|yer|your|ur|the \\w+s|that \\w+s) (?:heid|head|face|skull|jaw|nose|teeth|coupon|napper|legs|block)(?: (?:open|in|off|apart|right in))?|(?:ill|i will|im going to|im gonna|gonna|going to|i swear ill|ima|imma) (?:\\w+ )?(?:deck|lamp|batter|glass|bottle|chin|knock out|spark out|sparko|floor|twat|smack|thump|punch|stab|shank|kill|belt|wallop|clobber|leather|bang out|knife|bury) (?:the next|anyone|anybody|whoever|the first|someone|somebody|everyone|any \\w+)|(?:made|making|makes|voiced|expressed|issued) (?:\\w+ ){0,2}?threats? (?:to (?:harm|hurt|kill|stab|attack|shoot|assault|burn|injure)|against|towards)|threat\\w* to (?:harm|injure|assault|attack)',
    withMessage:
      '\\b(?:gonna|gonnae|going to|goin|ill|i will|wanna|want|id|would|could|ima|imma|will|swear|threat\\w*|harm|kill|hurt|angry|rage|ex|risk|police|duty|notified|joking|when hes|next)\\b',
    unlessSentence:
      '\\b(?:wall|tiles|walls|door|doors|floor|plaster|eggs?|nuts?|crab|lobster|code|case|puzzle|the ice|glass ceiling|grouse|pheasant|clay|deer|rabbits?|farm|farmer|gamekeeper|pest)\\b',
  },
  {
    id: 'harm_to_others.threat_and_firearm',
    category: 'harm_to_others',
    kind: 'explicit',
    // Note-style: a threat on record beside access to a gun is the risk, whoever the gun is licensed for.
    pattern: '(?:access to|has|owns|keeps|got) (?:a |his |her )?(?:firearms?|shotguns?|guns?|shotgun cert\\w*|firearms? licen[cs]e|gun licen[cs]e|fac|sgc)\\b',
    withMessage:
      '\\b(?:threat\\w*|threaten\\w*|harm (?:to )?(?:others|him|her|them|ex)|kill (?:him|her|them)|hurt (?:him|her|them)|risk to others|homicidal)\\b',
  },
  {
    id: 'harm_to_others.own_violence_feared',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:frightened|scared|afraid|terrified|worried) (?:of )?what (?:i|ill|i will|i might|im going to) (?:do|might do|could do) (?:next|to (?:him|her|them|the baby|the kids|someone|somebody|my \\w+))|(?:started|ive been|i keep|ive started|i have been|ive begun) (?:hitting|slapping|pinching|smacking|shoving|kicking|punching) (?:him|her|them|my (?:mum|dad|husband|wife|son|daughter|baby|partner|nan|grandad))|(?:gonna|gonnae|going to|goin to|ill|i will|im gonna|ima|imma|i swear ill|i want to|wanna) (?:\\w+ )?(?:leather|batter|lamp|deck|twat|chin|glass|shank|merk|spark|sparko|floor|stamp on|do over|knock out) (?:him|her|them|that \\w+)|(?:wont|will not|aint|never) be (?:getting|gettin) up (?:again|this time)',
  },
  {
    id: 'harm_to_others.images_and_lashing_out',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:pictures|images|thoughts|visions|urges|flashes) (?:in my head )?(?:of|about) (?:me )?(?:shaking|hurting|hitting|smothering|drowning|dropping|throwing|stabbing|strangling|suffocating) (?:him|her|them|the baby|my baby|my \\w+)|lash\\w* out (?:\\w+ ){0,3}?(?:and )?(?:punch\\w*|hit|hits|kick\\w*|bit|bite|slap\\w*|attack\\w*|head ?butt\\w*|scratch\\w*)',
  },
  // Round 6 (branch s16e): written after reading set 8's misses and false alarms in this category (set 8 is a
  // tuning set from round 6; HELDOUT.md). Each rule is a concept — what the person describes — checked on
  // corpus-tuning-8-others.json, paraphrases of the misses and a second batch in new wordings.
  {
    id: 'harm_to_others.sentence_looked_up',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    // Finding out what a violent offence would cost: a preparatory act, even said "out of interest".
    pattern:
      '(?:look\\w* up|googl\\w*|check\\w*|search\\w*|read\\w* up on|reading up on|research\\w*|find\\w* out|found out|ask\\w*) (?:\\w+ ){0,3}?(?:how long|how many years|what (?:sentence|time)|what (?:the )?(?:courts?|judges?) (?:give|hand out|hands out)|what (?:you|youd|you would|youll|you will|people) (?:get|serve|would get)|the sentence)(?: \\w+){0,6}? (?:for|if you) (?:\\w+ ){0,2}?(?:gbh|abh|grievous bodily harm|assault\\w*|manslaughter|murder\\w*|stabb\\w*|stab|glass\\w*|batter\\w*|beat\\w*|kill\\w*|wounding|attack\\w*|shoot\\w*|hurting|hurt)\\b',
  },
  {
    id: 'harm_to_others.weapon_kept_for_someone',
    category: 'harm_to_others',
    kind: 'explicit',
    // A weapon the speaker still has, and a condition under which they will use it on someone.
    pattern:
      '(?:ill|i will|im going to|im gonna|i am going to|gonna) (?:\\w+ ){0,1}?(?:use it|use them|let (?:him|her|them) have it|go round (?:there )?with it|be going round (?:there )?with it|bring it out|get it out|fetch it)|(?:going|go|come|coming) round (?:there )?with (?:it|the \\w+)',
    withMessage: '\\b(?:pistol|gun|guns|shotgun|rifle|air rifle|crossbow|machete|bayonet|sword|knife|blade|bat|baseball bat|hammer|axe|firearm|revolver)\\b',
  },
  {
    id: 'harm_to_others.next_person_gets_it',
    category: 'harm_to_others',
    kind: 'explicit',
    // "The next one who looks at me funny is getting it": a threat to whoever comes next.
    pattern:
      '(?:next (?:one|person|lad|bloke|guy|fella|man|idiot)|whoever|anyone who|anybody who|the next \\w+ who)(?: \\w+){0,8}? (?:is |will |s )?(?:getting|gets|get|going to get|gonna get) (?:it|cut|stabbed|hurt|done|battered|glassed|shot|slashed|bottled|knifed|chibbed|shanked)|will regret it',
  },
  {
    id: 'harm_to_others.injury_promised',
    category: 'harm_to_others',
    kind: 'explicit',
    negativeIsMeaning: true,
    // A threat told as the injury the other person will be left with.
    pattern:
      '(?:hell|shell|theyll|he will|she will|they will|he wont|she wont|they wont|wont|will) (?:\\w+ ){0,2}?(?:be )?(?:leaving|leave|going home|go home|walking out|walk out|walking away|walk away|coming out) (?:in an ambulance|on a stretcher|in a box|in a body bag|on (?:his|her|their) own two (?:legs|feet))|(?:make sure|see to it|by the time im (?:done|finished)|when im (?:done|finished)) (?:with (?:him|her|them) )?(?:\\w+ ){0,4}?(?:never (?:sees?|walks?|talks?|works?|see|walk|talk) (?:straight )?again|(?:wont|cant|will not) (?:be able to )?(?:see|walk|stand|talk) (?:straight|again|properly))|(?:wont|will not|never) be able to (?:see|walk|stand|talk) (?:straight|again|properly) (?:\\w+ ){0,3}?(?:by the time|when|once) im (?:done|finished|through)|leave (?:him|her|them) in a (?:right )?(?:state|mess|heap)|(?:put|landed|sent|put me|ill put) (?:him|her|them|a lad|a man|a bloke|someone|somebody) in (?:hospital|intensive care|a and e|a wheelchair)',
  },
  {
    id: 'harm_to_others.temper_with_past_injury',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    // Losing control, told beside someone the speaker has already hurt badly.
    pattern:
      '(?:put|puts|putting|landed|sent) (?:a |the )?(?:\\w+ )?(?:lad|man|bloke|guy|fella|someone|somebody|him|her|them|kid) in (?:hospital|intensive care|a and e)|(?:broke|broken|bust|busted) (?:a |his |her |their |the )?(?:\\w+ )?(?:jaw|nose|ribs|arm|cheekbone|eye socket)',
    withMessage:
      '\\b(?:temper|short fuse|building again|red mist|see red|saw red|lose it|lost it|snap|snapped|flip|flipped|dont know what ill do|no idea what ill do|cant control|lash out|lashed out|rage)\\b',
  },
  {
    id: 'harm_to_others.intrusive_harm_strangers',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    // Unwanted thoughts of hurting strangers: pushing someone under a train or into traffic.
    pattern:
      '(?:thoughts?|urges?|flash\\w*|picture|picturing|imagine|imagining|images?|see myself|think\\w* about|keep thinking) (?:\\w+ ){0,4}?(?:push\\w*|shov\\w*|tip\\w*|throw\\w*|knock\\w*) (?:\\w+ ){0,4}?(?:people|someone|somebody|strangers?|(?:the |a )?(?:person|man|woman|lady|bloke|kid)|him|her) (?:\\w+ ){0,4}?(?:onto|on to|in front of|into|under|down|off) (?:the |a )?(?:tracks?|train|traffic|road|bus|platform|platform edge|escalator|stairs|cliff|canal|balcony|bridge)|(?:thoughts?|urges?|images?|pictures?) (?:\\w+ ){0,2}?(?:about|of) (?:hurting|harming|attacking|killing|stabbing|strangling) (?:strangers|people|someone|somebody|random people|innocent people|passers by|other people|anyone)',
  },
  {
    id: 'harm_to_others.intent_to_harm_named',
    category: 'harm_to_others',
    kind: 'explicit',
    // Intent to harm a named or particular person, as a note or a parent reports it, often with a means.
    pattern:
      '(?:intent\\w*|intends|plans?|planning|wants?|wanted|talking about|threatening) (?:\\w+ ){0,1}?to (?:seriously |badly |really )?(?:harm|hurt|injure|kill|attack|stab|cut|shoot) (?:a |the |his |her |their |named |this |that )?(?:\\w+ )?(?:ex|ex partner|ex wife|ex husband|partner|brother|sister|neighbour|wife|husband|father|mother|dad|mum|son|daughter|boss|manager|colleague|workmate|employer|landlord|teacher|doctor|gp|social worker|officer|copper|guard|girls?|boys?|lads?|kids?|bullies|people|man|woman|bloke|guy|fella|person|girlfriend|boyfriend|family)\\b|(?:bring|take|brings|takes|bringing|taking) (?:a |his |her |my )?(?:knife|blade|scissors|weapon|gun|bat|hammer|screwdriver|compass) (?:in|into school|to school|in to school|to college|into college|to work|to the match|to the party|to uni)(?: \\w+){0,2}? (?:and|to) (?:hurt|stab|cut|get|attack|use it on|do|slash)',
    unlessSentence: '\\b(?:rugby|football|match|game|fortnite|minecraft|play|film|book|cake|bake|cut the cake|tackle)\\b',
  },
  {
    id: 'harm_to_others.regional_threats',
    category: 'harm_to_others',
    kind: 'explicit',
    severity: 'possible',
    // Everyday and regional idioms for doing someone serious damage.
    pattern:
      '(?:pure |totally |gonnae |going to |gonna |ill |i will |im going to )(?:burst|bury|banjo|chib|deck|leather|lamp|plant|spark|sort) (?:him|her|them|his (?:face|head|heid|mouth|jaw|nose)|that \\w+)\\b',
    unlessSentence: '\\b(?:balloon|plant (?:him|her|them) (?:in|on)|sort (?:him|her|them) out (?:with|a)|sort (?:him|her|them) (?:a|some))\\b',
  },
];
