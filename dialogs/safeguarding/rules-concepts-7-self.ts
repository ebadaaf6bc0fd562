import type { RuleSpec } from './types';

/**
 * Seventh round for the person's own risks, harm to others, eating and substance crises (branch
 * s16a), written AFTER reading the misses of corpus-heldout-7.json — so set 7 is tuned from round 5,
 * not held out (see test/safeguarding/HELDOUT.md). Each rule names a concept and is worded for its
 * other phrasings (corpus-tuning-7-self.json tests those), not for the one sentence that showed the gap.
 */

/** Drink, as people name it, including the brands and slang of a binge. */
const DRINK =
  '(?:vodka|voddy|voddie|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|sherry|beer|lager|booze|alcohol|bevvy|cans|tins|buckie|buckfast|special brew|white lightning|frosty jacks?)';
/** Downers and other medicines people overdose on, with their street names. */
const DOWNERS =
  '(?:tablets|pills|meds|medication|medicine|painkillers|paracetamol|co codamol|cocodamol|codeine|tramadol|trammies|diazepam|valium|vallies|blues|xanax|xans?|bars|benzos|zopiclone|zopes|sleeping (?:pills|tablets)|pregabalin|pregabs|gabapentin|gabbies|morphine|oxycodone|oxys|fentanyl|methadone|antidepressants|insulin)';
/** More than a dose, in the words of someone who has taken it. */
const LOT =
  '(?:a load of|load of|loads of|a lot of|lots of|a handful of|handful of|handfuls of|a bunch of|a whole (?:box|packet|strip|bottle|pack) of|the whole (?:box|packet|strip|bottle|pack)(?: of)?|a (?:box|packet|strip|bottle|pack|sheet) of|(?:boxes|packets|strips) of|the (?:lot|rest) of|every (?:one|last one) of|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|[1-9]\\d)(?: of)?)';
/** Drink or drugs named anywhere in a message (not "pop", "bars" or "blues", which mean other things too). */
const USING_IN_MESSAGE = `\\b(?:${DRINK}|drunk|drinking|drank|drugs|using|high|spice|gear|heroin|crack|coke|ket|pills|tablets|meds|xans?|benzos|valium|diazepam|tramadol|codeine|morphine|methadone|fentanyl|zopiclone|cold turkey|detox\\w*|withdraw\\w*|coming off|come off|came off|bender|(?:had|took|taken|necked|dropped|done|swallowed) (?:some of |a couple of |a few of |one of |two of )?the (?:green|blue|white|pink|yellow|red|purple|orange|new) ones)\\b`;
/** A weapon, as a threat names it; WEAPON_OR_FIRE adds the means of arson. */
const WEAPON =
  '(?:knife|knives|blade|gun|shotgun|rifle|firearm|crossbow|machete|weapon|bat|bats|baseball bat|hammer|axe|hatchet|poker|crowbar|golf club|iron bar|acid)';
const WEAPON_OR_FIRE =
  '(?:knife|knives|blade|gun|shotgun|rifle|firearm|crossbow|machete|weapon|bat|bats|baseball bat|hammer|axe|hatchet|poker|crowbar|golf club|iron bar|acid|brick|petrol|lighter fluid|jerry can)';
/** Food and eating, for the rules that need to know a rule is about food. */
const FOOD =
  '\\b(?:eat\\w*|ate|food|biscuits?|meals?|calories|cals|bites?|mouthfuls?|dinner|tea|lunch|breakfast|snacks?|cake|chocolate|crisps|bread|sweets|portions?)\\b';

export const ROUND7_SELF_RULES: RuleSpec[] = [
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
      'sorry for everything|love you all|(?:look after|take care of) (?:\\w+ ){0,2}?for me|(?:goodbye|bye) (?:everyone|all|forever|for good|my loves?)|(?:texted|messaged|sent|rang|wrote|left|posted) (?:\\w+ ){0,3}?(?:saying |a )?(?:goodbye|goodbyes|farewell)',
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
  // Self-harm: hurting the body to quiet the mind; injuring a part of the body until it marks or
  // to feel something; hands hurt on a wall on purpose; plasters and sleeves that hide it; SH slang.
  {
    id: 'self_harm.pain_to_quiet',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:pain|hurt|hurting|sting) (?:on the outside|outside|in my (?:body|skin|arms?|legs?))(?: \\w+){0,6} (?:inside|in (?:my|her|his|their) head|in here|my head|the rest)|(?:physical )?(?:pain|hurting (?:myself|me)|the sting) (?:\\w+ ){0,2}?(?:makes|helps|stops|quiets?|quietens?|numbs|drowns out|takes away|distracts? (?:me )?from|blocks out|shuts up) (?:\\w+ ){0,3}?(?:the )?(?:inside|other pain|real pain|pain inside|feelings|thoughts|noise|voices|head|mind)|(?:skin|arms?|wrists?|legs?|thighs?) (?:stings?|stinging|burns?|bleeds?|hurts?)(?: \\w+){0,3} (?:takes? away|helps? with|quiets?|numbs?|drowns? out|blocks? out|distracts? (?:me )?from|stops?) (?:\\w+ ){0,3}?(?:the )?(?:pain inside|inside|in (?:my|her|his|their) head|feelings|thoughts|noise|voices)|(?:release|let out) (?:the )?(?:pressure|tension|pain)(?: \\w+){0,4} (?:cutting|cut|hurt\\w*|burn\\w*|skin|blood|blade)',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:inside|head|here|rest|feelings|thoughts|noise|voices|mind|pressure|tension)\\b',
  },
  {
    id: 'self_harm.injure_body_part',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:pinch\\w*|scratch\\w*|bit|bite|biting|dig\\w*|snap\\w*|flick\\w*|slap\\w*|hit\\w*|punch\\w*|squeez\\w*|twist\\w*|burn\\w*|claw\\w*|pick\\w*|scrub\\w*|stab\\w*) (?:at )?(?:my|me|her|his|their) (?:own )?(?:(?:fore|upper |inner )?arms?|wrists?|legs?|thighs?|skin|stomach|belly|tummy|hips?|hands?|fingers?|chest)(?: \\w+| ,){0,4} (?:really hard|so hard|that hard|hard enough|till|until|so (?:i|she|he) (?:can )?feel|to feel|on purpose|deliberately|to punish)|dig\\w* (?:my |her |his )?(?:nails|fingernails) (?:right )?into (?:my|her|his) (?:own )?{BODY}|(?:snap\\w*|ping\\w*|flick\\w*) (?:\\w+ ){0,3}?(?:elastic band|rubber band|hair (?:bobble|tie|band)|bobble|band) (?:on|against|round|around) (?:my|her|his|their) wrists?',
    unlessSentence: '\\b(?:eczema|itch\\w*|mosquito|midge|bites from|nettles|rash|allergy|cooking|oven|iron|kettle|by accident|accidentally)\\b',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:hard|till|until|feel|purpose|deliberately|punish|wrists?)\\b',
  },
  {
    id: 'self_harm.wall_on_purpose',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:punch\\w*|hit\\w*|bang\\w*|smash\\w*|kick\\w*) (?:\\w+ ){0,2}?(?:walls?|doors?|brick\\w*|the floor)(?: \\w+| ,){0,5} (?:till|until|so|and) (?:my |his |her |their )?(?:knuckles|hands?|fists?|fingers|feet|toes) (?:\\w+ )?(?:bleed\\w*|bled|split|broke|break|broken|bruised?|swell\\w*|swollen|cracked|raw|were raw|went numb)|(?:punch\\w*|hit\\w*|bang\\w*|smash\\w*|burn\\w*|burnt|cut\\w*|scratch\\w*|scald\\w*) (?:myself|herself|himself|my (?:own )?{BODY}|my head|her (?:own )?{BODY}|his (?:own )?{BODY})(?: \\w+){0,4} (?:on purpose|deliberately)',
    unlessSentence: '\\b(?:baby|toddler|dog|puppy|cat|by accident|accidentally|football|ball|the car on purpose)\\b',
  },
  {
    id: 'self_harm.hidden_signs',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern: '(?:go|goes|going|gone|went|get|gets|getting|got) through (?:\\w+ ){0,3}?(?:plasters|bandages|dressings|steri strips|antiseptic)',
    withMessage: '\\b(?:cat|cats|dog|marks|cuts|scars|blood|bleeding|hide|hiding|hides|sleeves|razor|blades?|you know why|secret|nobody knows|no one knows)\\b',
  },
  {
    id: 'self_harm.sleeves_and_locked_door',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      'sleeves (?:\\w+ )?(?:pulled |yanked |tugged |kept )(?:right |all the way )?down|pull\\w* (?:her|his|my|their) sleeves (?:right |all the way )?down|(?:never|wont|doesnt|dont|refuses to) (?:\\w+ ){0,2}?(?:roll\\w*|push\\w*|take\\w*|took) (?:her|his|my|their) sleeves up|(?:lock\\w*) (?:herself|himself|myself|themselves) in the (?:bathroom|toilet|loo)(?: \\w+){0,4} (?:for (?:ages|hours)|again|every)',
    // Either sign alone is ordinary; the two together, or with marks or heat, are the concealment.
    withMessage:
      '\\b(?:(?:locks?|locking|locked) (?:herself|himself|myself|themselves) in|marks|cuts|scars|blood|bleeding|plasters|hiding|hides|summer|hot|heat|boiling|wont let|razor|blades?)\\b',
  },
  {
    id: 'self_harm.slang_more',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      // Rare words first: the scan for them is quick, and common words ("do", "went to") only follow one.
      'cat scratch\\w*(?= (?:again|on my|level|cant|last night|tonight))|(?:doing|did|done) cat scratch\\w*|barcod\\w* (?:arms?|wrists?|thighs?|legs?|cuts)|(?:doing|did|done) (?:\\w+ )?barcodes?|(?:styro|beans) (?:level|deep)|(?:went|got|cut|down) to (?:the )?(?:styro|beans|fat layer)|(?:sh|self harm) (?:streak|free since|clean since)',
  },
  // Eating: food rules and punishment for breaking them; food earned back by exercise; purging kept
  // hidden; a body gone thin beside restricted food or exercise; food weighed; not eating as a diet.
  {
    id: 'eating_disorder.food_rules',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:eat|eats|ate|eaten|eating) (?:\\w+ ){0,3}?(?:more than|over|past|outside) (?:my|her|his|the) (?:food )?(?:rules|limit|allowance|numbers?|calories|safe foods?)|(?:my|her|his) (?:food |eating )?rules (?:only )?(?:allow|say|let|dont allow|wont let)|(?:if|when|after|every time|whenever) (?:i|she|he) (?:eat|eats|ate)(?: \\w+| ,){0,6} (?:i|she|he) (?:punish|punishes|make myself|makes herself|makes himself|have to|has to|must|need to|needs to|force)(?: \\w+){0,2} (?:myself|herself|himself|sick|it back|earn|burn|exercise|not eat)',
  },
  {
    id: 'eating_disorder.earn_it_back',
    category: 'eating_disorder',
    kind: 'explicit',
    // "Walk it off after Sunday lunch" is ordinary; having to, or every calorie, is the compulsion.
    pattern:
      '(?:earn|earned|earning|earns) (?:(?:it|that|them) back|food|my food|my (?:meals?|dinner|tea|lunch|breakfast|supper)|the right to eat|every (?:bite|mouthful|calorie))|(?:burn\\w*|burnt|work\\w*|run\\w*|ran|exercis\\w*|walk\\w*|sweat\\w*|cycl\\w*|bik\\w*) (?:every (?:bit|calorie|mouthful|bite)(?: of (?:it|\\w+ \\w+|\\w+))?|the calories|what (?:i|she|he) (?:ate|eats|eat|had)) off|(?:have to|has to|had to|must|need to|needs to|got to|make myself|makes herself|makes himself) (?:\\w+ )?(?:burn|work|run|walk|exercise|sweat|cycle) (?:it|that|them|it all) off|(?:every (?:mouthful|bite|calorie|biscuit|meal)|everything (?:i|she|he) (?:eat|eats|ate)) (?:\\w+ ){0,3}?(?:burnt|burned|worked|run|walked|exercised) off',
    withSentence: FOOD,
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: FOOD,
  },
  {
    id: 'eating_disorder.purging_hidden',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:bags?|bottles?|tubs?|buckets?|containers?|jars?|bowls?|tupperware) (?:full )?of (?:sick|vomit|puke)|(?:sick|vomit|puke) (?:hidden|in bags|in (?:the |her |his )?(?:wardrobe|cupboard|drawer|bin bags?))|(?:hear|heard|hears|hearing) (?:her|him|them) (?:being sick|throwing up|vomiting|retching|purging) (?:after|every|in the)',
  },
  {
    id: 'eating_disorder.gone_thin',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:gone|going|got|getting|look|looks|looking|is|shes|hes|im) (?:so |really |very |painfully |scarily |dangerously |frighteningly |worryingly |too )?(?:thin|skinny|skeletal|gaunt|bony)|skin and bones?|bag of bones|wasting away|clothes (?:are )?hanging off',
    withMessage:
      '\\b(?:only (?:eats?|eating|ate|has|having|allows?|lets)|(?:press ups|sit ups|crunches|exercis\\w*|running|runs|gym|workouts?|training)(?: \\w+){0,3} (?:all|half) (?:the )?(?:night|day)|weighs? (?:everything|her food|his food|my food|it all|every)|proper meal|calories|skip\\w* meals|not hungry|wont eat|refuses? (?:to eat|food)|barely eat\\w*|hardly eat\\w*|picks at|pushes (?:her|his) food)\\b',
    unlessMessage: '\\b(?:chemo\\w*|cancer|tumou?r|dementia|dog|cat|hospice|stroke)\\b',
  },
  {
    id: 'eating_disorder.weighs_food_or_starves',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      'weigh\\w* (?:out )?(?:everything|all|every (?:bit|bite|crumb)) (?:\\w+ ){0,3}?(?:eat|eats|ate|eaten|food)|weigh\\w* (?:out )?(?:my|her|his|their) (?:food|meals?|portions?)|count\\w* (?:every|each) (?:calorie|bite|mouthful)|(?:not|havent|hasnt|hadnt|no|never) (?:had|eaten|eating|having) (?:a )?(?:proper |real |decent |full |single )?(?:meal|food|anything)(?: \\w+){0,2} (?:since|for|in) (?:\\w+ ){0,2}?(?:christmas|new year|easter|weeks|months|ages|days)|(?:my |her |his )?diet (?:is|was|plan is|right now is) (?:\\w+ ){0,3}?(?:not eating|no food|water|starving|fasting|nothing)|(?:day|days) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of )?(?:no food|not eating|without food|fasting|water only)|(?:not eating|no food|without food|water fast\\w*)(?: \\w+| ,){0,6} (?:day|days) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b',
    withMessage: '\\b(?:thin|fat|weight|weighs?|weigh\\w*|hungry|calories|cals|skinny|diet\\w*|light as|scales|size (?:\\d+|zero))\\b',
    unlessMessage:
      '\\b(?:slimming world|weight watchers|diabet\\w*|dietitian said|recipe|baking|ramadan|lent|surgery|operation|blood test|colonoscopy|flu|bug|chemo\\w*)\\b',
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
  // Substance crisis: medicines taken in a quantity beside drink; an overdose of medicines; someone
  // else's downers; the signs of an overdose in progress; alcohol withdrawal with fits or hallucinations.
  {
    id: 'substance_crisis.lot_with_drink',
    category: 'substance_crisis',
    kind: 'explicit',
    // Past and slang verbs only: "I take a handful of tablets every morning" is a regimen, not an overdose.
    pattern: `(?:swallow\\w*|necked|necking|downed|downing) (?:\\w+ ){0,2}?(?:all|the lot|the rest|every one) (?:of )?(?:my |me |the |his |her )?(?:\\w+ )?${DOWNERS}|(?:swallow\\w*|took|taken|necked|necking|downed|downing|popped|popping|done|dropped) (?:\\w+ ){0,2}?(?:${LOT} (?:my |me |the |his |her |their |mums |dads )?(?:\\w+ )?${DOWNERS}|everything in the (?:\\w+ )?(?:cabinet|cupboard|drawer|box|bathroom))`,
    withSentence: `\\b${DRINK}\\b|\\b(?:drunk|drinking|pissed|intoxicated|slurr\\w*)\\b`,
  },
  {
    id: 'substance_crisis.overdose_of_medicine',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `overdos\\w* (?:of|on) (?:my |me |the |his |her |their |mums |dads |some )?(?:\\w+ )?(?:${DOWNERS}|drugs|gear|heroin|spice|coke|crack|ket)|${DOWNERS} overdose`,
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: 'overdos',
  },
  {
    id: 'substance_crisis.someone_elses_downers',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:taken|took|take|taking|had|having|nicked|nicking|using|stole|stolen|pinched|pinching|borrowed|borrowing|necked) (?:a few |some |a couple |a couple of |loads |a load |a lot |the rest )?(?:extra |more )?(?:of )?(?:my )?(?:mums|mams|moms|dads|nans|grans|grandads|husbands|wifes|partners|mates|friends|sisters|brothers|neighbours|someone elses|other peoples|his|her) (?:\\w+ )?(?:morphine|oxycodone|oxys|tramadol|codeine|diazepam|valium|benzos|xanax|zopiclone|sleeping (?:pills|tablets)|fentanyl|patches|pregabalin|gabapentin|methadone|oramorph)|(?:a few|some|a couple of|loads of|a load of) extra (?:\\w+ ){0,2}?(?:morphine|oxycodone|tramadol|codeine|diazepam|valium|zopiclone|sleeping (?:pills|tablets)|pregabalin|oramorph)',
    unlessSentence:
      '\\b(?:pharmacy|chemist|to (?:the )?(?:hospital|surgery|gp)|collect\\w*|pick\\w* up|order\\w*|dispos\\w*|give (?:him|her) (?:his|her)|gave (?:him|her) (?:his|her)|return\\w*)\\b',
  },
  {
    id: 'substance_crisis.overdose_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:lips|face|skin|fingers|fingertips) (?:are|is|went|gone|turned|going|turning|look|looks|have gone) (?:all )?(?:blue|grey|gray|purple)|(?:hes|shes|he is|she is|theyre|they are|he has|she has) (?:gone |going |turned |turning )?(?:all )?(?:grey|gray|blue)(?= (?:and|,|\\.))|(?:cant|cannot|can not|wont|couldnt) (?:wake|rouse) (?:him|her|them|my \\w+)(?: up)?|(?:not|barely|hardly|stopped) breathing(?: properly| right)?|breathing (?:funny|weird|strange|really slow|so slow|slowly|shallow)|(?:snoring|gurgling) (?:\\w+ ){0,2}?(?:and|but) (?:wont|cant|will not) (?:wake|come round)',
    withMessage: USING_IN_MESSAGE,
  },
  {
    id: 'substance_crisis.withdrawal_danger',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:had|having|has|have|took|taking) (?:a |another |two |three |some )?(?:fit|fits|seizure|seizures|convulsion\\w*)\\b|(?:seeing|sees|saw) (?:things|bugs|spiders|shadows|insects)|(?:seeing|hearing|talking to|sees|hears|saw|heard) (?:things|people|voices|stuff|shadows|someone) (?:who|that|which) (?:arent|are not|werent|isnt|is not|wasnt) (?:there|real)|(?:insects|bugs|spiders|ants|things|worms) (?:crawling |running )?(?:on|under|all over|over) (?:him|her|me|my|his|their)|the dts\\b|\\bd ts\\b|delirium tremens|(?:cant|cannot|can not|cor|couldnt|wont) stop (?:me |my |his |her )?(?:\\w+ )?(?:shak\\w*|trembl\\w*)|(?:hands|ands|legs) (?:are |wont stop |keep )?(?:shaking|trembling) (?:\\w+ )?(?:all the time|non stop|so bad|like a leaf)',
    withMessage: `\\b(?:cold turkey|stopped (?:the )?(?:\\w+ )?(?:${DRINK}|drink|drinking)|(?:coming|come|came|getting) off (?:the )?(?:\\w+ )?(?:${DRINK}|drink|drinking|gear|benzos|heroin|methadone|drugs)|detox\\w*|withdraw\\w*|on the (?:pop|drink|booze|sauce|piss|lash|batter|sesh|bevvy|tins|cans)|bender|binge drinking|drinking binge|on a binge)\\b`,
  },
];

/**
 * Set 7's statements in these categories that only the learned layer caught: it raises only the
 * check-in card and is retrained from the corpora, so each concept gets a rule of its own too.
 */
export const ROUND7_SELF_MORE_RULES: RuleSpec[] = [
  {
    id: 'suicide.wishes_and_research',
    category: 'suicide',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:asking|ask|asked|begging|beg|pray\\w*) (?:\\w+ ){0,3}?(?:for )?(?:the lord|god|jesus|him upstairs|the good lord|someone up there|heaven) (?:\\w+ )?to (?:take me|let me go|call me home|take me home)|(?:ive |i have )?had my innings|(?:disappointed|gutted|sad|upset|annoyed|angry|fed up) (?:that )?i (?:woke|wake|keep waking|still wake) up|(?:rather|prefer) (?:just )?(?:not|never) (?:wake up|to wake up|wake up again)(?! (?:early|at|before|for|till|until|in time|so early|on|tomorrow|when|the))|(?:id|i would) rather (?:just )?not (?:be here|exist|be alive|be around)(?= [.,]|$| any ?more| any longer)',
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
  {
    id: 'self_harm.method_swapped_or_hidden',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:burn|burning|scratch\\w*|hit\\w*|bite|biting|starve|hurt) (?:myself |me |herself |himself )?instead(?: of cutting| because| now| so)?|(?:long sleeves|long sleeved|jumpers?|hoodies?|cardigans?) (?:\\w+ ){0,4}?(?:in summer|in the summer|when its hot|in this heat|in the heat|when its boiling)|so (?:nobody|no one|people dont|they dont|nobody can|no one can) (?:sees?|see|notices?) (?:my|her|his) (?:wrists?|scars|marks|cuts)|(?:pick\\w*|scratch\\w*|dig\\w*) (?:at )?(?:the )?skin (?:on|of) (?:my|her|his) (?:arms?|legs?|thighs?|hands?|fingers?|face|wrists?)(?: \\w+| ,){0,3} (?:until|till|so) (?:it|they|its|theyre) (?:\\w+ )?(?:raw|bleed\\w*|bled|sore|scabs?)',
    // Sleeves worn against the sun, the cold or for faith or tattoos are not concealment.
    unlessSentence: '\\b(?:sun|sunburn|burn easily|eczema|psoriasis|cold|air con|aircon|religio\\w*|modest\\w*|tattoos?)\\b',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:instead|summer|hot|heat|boiling|sees?|see|notices?|skin)\\b',
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
  {
    id: 'eating_disorder.days_without_food',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:not|havent|hasnt|hadnt|no) (?:eaten|had|eating) (?:anything|any food|a thing|a bite|food|a crumb)(?: \\w+){0,2} (?:for|in) (?:\\w+ )?(?:days|weeks)|(?:got|get|getting|cut|cutting) (?:it |myself |my eating |my food )?down to (?:one|an?|1|two|half an?|just) (?:\\w+ ){0,2}?(?:apple|banana|yoghurt|meal|cracker|rice cake|slice of toast|coffee|cup of soup|biscuit|piece of fruit|bowl of \\w+)(?: \\w+){0,4} (?:a|per) day|(?:if|when|whenever) (?:i|she|he) go(?:es)? over(?: \\w+| ,){0,4} (?:i|she|he) (?:walk|run|exercise|skip|starve|purge|make myself)',
    withMessage:
      '\\b(?:dizzy|dizziness|faint\\w*|light headed|passed out|collaps\\w*|thin|fat|weight|calories|cals|skinny|diet\\w*|walk|run|exercise|restrict\\w*)\\b',
    unlessMessage:
      '\\b(?:ramadan|lent|surgery|operation|blood test|colonoscopy|flu|bug|chemo\\w*|sickness|vomiting|norovirus|afford|skint|benefits|food bank|money)\\b',
  },
  {
    id: 'eating_disorder.notes_and_slang',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '\\bed (?:hx|history)|hx (?:of )?(?:ed|bn)\\b|restricting (?:again|food|intake|her intake|his intake|her food|his food|calories)|(?:mia|ana)s? (?:\\w+ ){0,2}?(?:visiting|visited|back|came|comes|round)(?: \\w+){0,2} after (?:every|each|a|my) (?:meal|binge|dinner|tea)|ana coach|pro mia|ana buddy|thinspo\\w*|meanspo|bonespo',
    // A word every alternative needs, tested once for the whole message: most messages skip the rule.
    withMessage: '\\b(?:ed|hx|restricting|mias?|anas?|ana coach|thinspo\\w*|meanspo|bonespo)\\b',
  },
  {
    id: 'substance_crisis.binge_amount_and_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `(?:had|drunk|drank|downed|necked|finished|gone through|done) (?:a |the )?(?:whole|full|entire) (?:litre|liter|bottle|70cl|half bottle) of ${DRINK}|(?:not sure|dont know|no idea|lost track of) what day it is|drinking since i (?:got|woke) up|on a (?:mad one|bender|binge|mad sesh|\\w+ day (?:bender|binge|sesh)) since|heart(?:s| is)? (?:goin|going|racing|pounding|banging|thumping) (?:like|so|mad|out of)`,
    withMessage: USING_IN_MESSAGE,
  },
];
