import type { RuleSpec } from './types';

/**
 * Fourth round of concept rules, written AFTER reading the misses of corpus-heldout-4.json (so that
 * corpus is no longer held out; see test/safeguarding/HELDOUT.md). Each rule names a concept and
 * is worded for its other phrasings, not for the one sentence that showed it was missing.
 */

/** Words that put a message about medicines, sleep or memory in the context of drink or drugs. */
const SUBSTANCE_CONTEXT =
  '\\b(?:drink\\w*|drunk|drank|alcohol|booze|bevvy|vodka|cider|brandy|wine|beer|lager|whisky|gin|codeine|tablets|pills|benzos|lean|gear|drugs|heroin|weed|spice|methadone|valium|diazepam|tramadol|painkillers|using|high|wasted)\\b';
const MEDS_RE =
  '(?:paracetamol|tablets|pills|meds|medication|medicine|painkillers|co codamol|cocodamol|codeine|tramadol|diazepam|valium|zopiclone|sleeping pills|sleeping tablets|morphine|oxycodone|benzos|antidepressants)';
const DRINK_RE = '(?:vodka|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|sherry|beer|lager|booze|alcohol|drink|bevvy|cans)';

export const ROUND4_SELF_RULES: RuleSpec[] = [
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
    pattern: 'had it with (?:everything|life|it all|living|everyone)|(?:ive|i have|im) (?:just |totally |really |completely )?had it(?: ,)? (?:bab|pet|love|hen|mate|duck|dear|honestly|i cant|i cannot)\\b',
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
    pattern: '(?:bought|got|have|buying|ordered) (?:a |the |some )?(?:hose|hosepipe|charcoal|disposable bbq|helium|ligature|razor blades)\\b|which (?:pills|tablets|meds|drugs) (?:would|will|d) (?:do it|work|kill|be enough)',
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
    pattern: '(?:edge of (?:the )?platform|platform edge)(?: \\w+){0,6} (?:train|waiting|wait|step|jump|lean\\w*)|(?:waiting|waited|wait) for the (?:fast|express|non stopping|through) train',
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
  // Self-harm: an injury made until it marks; the body parts a person injures; hiding it in summer.
  {
    id: 'self_harm.until_marked',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:hit\\w*|bit|bite|bites|biting|hold|holds|holding|held|press\\w*|scratch\\w*|pinch\\w*|burn\\w*|cut\\w*|punch\\w*|bang\\w*|dig\\w*|pick\\w*|slap\\w*|whip\\w*|lash\\w*|claw\\w*|squeez\\w*) (?:(?:\\w+|,) ){0,6}?(?:my|myself|herself|himself) (?:(?:\\w+|,) ){0,5}?(?:until|till|til|so) (?:it|they|i|my \\w+|theres?|there is) (?:\\w+ )?(?:bleed\\w*|bled|blister\\w*|bruis\\w*|scar\\w*|(?:is|are|go|goes|went|turn\\w*) (?:purple|black|blue|raw|red raw|numb)|purple|raw|split|breaks? the skin)',
  },
  {
    id: 'self_harm.body_parts',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:cut|cuts|cutting|slash\\w*|slit\\w*|scor\\w*|carv\\w*) (?:into )?(?:my|his|her|their) (?:own )?(?:(?:fore|upper )?arms?|wrists?|legs?|thighs?|stomach|belly|tummy|hips?|ankles?|chest)|fresh (?:marks|cuts|scars|wounds|burns|scratches)',
    unlessSentence: '\\b(?:paint|wood|timber|tree|hedge|fence|sofa|car)\\b',
  },
  {
    id: 'self_harm.clinical_wounds',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:superficial |fresh |healing |old |linear )?lacerations (?:to|on)|self inflicted|(?:cuts|scars|marks|burns|scratches) (?:to|on) (?:both |her |his |the |my )?(?:forearms|wrists|inner arms|upper arms|thighs|inner thighs)',
  },
  {
    id: 'self_harm.swallowed_objects',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:swallow\\w*|ate|eaten|drank|drunk|drinking) (?:\\w+ ){0,2}?(?:batteries|bleach|glass|pins|razor blades?|screws|magnets|coins|washing liquid|detergent|anti ?freeze|washing tablets)|(?:burn\\w*|cut\\w*|hurt\\w*|injur\\w*|scald\\w*|swallow\\w*) (?:\\w+ ){0,4}?(?:on purpose|deliberately)',
    unlessSentence: '\\b(?:baby|toddler|dog|puppy|cat|by accident|accidentally)\\b',
  },
  {
    id: 'self_harm.burns_and_voices',
    category: 'self_harm',
    kind: 'explicit',
    pattern:
      '(?:stub\\w*|put\\w*) (?:\\w+ )?(?:cigarettes?|fags?|cigs?) out on (?:my|his|her|their) (?:own )?(?:{BODY}|skin)|burn\\w* (?:\\w+ ){0,2}?(?:with|using) (?:a |the )?(?:cigarettes?|fags?|lighter|iron|hot water|kettle|matches)|voices? (?:\\w+ ){0,3}?(?:tell|telling|told|tells|say|saying|want|wants) (?:me )?(?:to )?(?:hurt|cut|burn|harm|punish) (?:myself|me)',
    unlessSentence: '\\b(?:cooking|oven|by accident|accidentally)\\b',
  },
  {
    id: 'self_harm.concealing',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:long sleeves|long sleeved|jumpers?|hoodies?) (?:\\w+ ){0,4}?(?:in (?:this|the) (?:heat|sun|summer|hot weather)|when its (?:hot|boiling|roasting))|(?:buy|buying|bought|need|needs) (?:more |loads of |lots of |a lot of )?(?:plasters|bandages|dressings|steri strips)(?: \\w+){0,8} (?:long sleeves|you know why|again|no one|nobody)',
  },
  {
    id: 'self_harm.cover_story',
    category: 'self_harm',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:told|tell|telling|say|said|pretend\\w*|make out) (?:\\w+ ){0,5}?(?:theyre|its|it was|they were|they are|its just) (?:from |just )?(?:the |a |my )?(?:cat|cats|dog|rose bush|roses|brambles?|gardening|the oven|cooking|an accident)(?: scratch\\w*| burns?)?|\\bdsh\\b|\\bnssi\\b|(?:reports?|disclosed|denies|denied|history of|hx of|hx) (?:of )?(?:sh|self harm)\\b',
    withMessage: '\\b(?:scratch\\w*|cuts?|marks|bruises?|scars?|burns?|sh|dsh|nssi|self harm|havent got a cat|dont have a cat)\\b',
  },
  // Eating disorders: food hidden, weight targets, fasting counted in days, pro-ana words, purging, compulsive exercise.
  {
    id: 'eating_disorder.tiny_intake',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      'only (?:eat|eating|have|having|ate|had|allow myself|let myself have) (?:one|an?|half an?|a single|a few) (?:apple|yoghurt|cracker|crackers|rice cakes?|piece of fruit|banana|biscuit|slice of toast|cup of soup|grapes|carrot sticks)(?: a day| all day| per day| each day| today| since)|(?:see|feel|count) (?:my|her|his) (?:ribs|hip ?bones|collar ?bones|spine)|thigh gap|(?:living|lived|surviving) (?:off|on) (?:black coffee|water|diet coke|chewing gum|coffee)(?: and (?:black coffee|water|diet coke|chewing gum|coffee))?',
  },
  {
    id: 'eating_disorder.body_image_and_notes',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:feel|feels|felt|look|looks) (?:so |really )?(?:huge|fat|massive|enormous|disgusting|gross)(?: (?:\\w+|,)){0,6} (?:too thin|so thin|skinny|underweight|skin and bone|nothing of (?:me|her))|\\bbmi (?:of |is |was )?(?:1[0-7]|[5-9])\\b|restrict\\w* (?:her |his |my |food |dietary |oral )?(?:intake|eating|food|diet)|(?:excessive|compulsive|obsessive)(?:ly)? exercis\\w*|over exercis\\w*|cut out (?:whole |all |entire )?food groups|obsess\\w* (?:with|about|over) (?:clean eating|healthy eating|calories|food|her weight|his weight|my weight|what (?:i|she|he) eat\\w*)',
  },
  {
    id: 'eating_disorder.fear_and_secrecy',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:terrified|scared|afraid|frightened|phobic) of (?:food|eating|calories)|only (?:drink|drinking|have|having) (?:water|black (?:tea|coffee)|diet coke)(?: and (?:water|black (?:tea|coffee)|diet coke))?(?= [.,]|$| all day| now)|(?:dont|doesnt|wont|never|cant|cannot) eat in front of (?:anyone|people|others|anybody|us|me|her|him|my \\w+)|(?:throw\\w*|threw|bin\\w*|chuck\\w*) (?:away )?(?:my|her|his) (?:packed )?(?:lunch|dinner|tea|food|breakfast|sandwich\\w*) (?:away|in the bin|out)|(?:exercis\\w*|running|gym|workouts?|training) (?:for )?(?:hours|two hours|three hours)(?: \\w+){0,3} (?:every|each|a) (?:day|night)',
    unlessSentence: '\\b(?:marathon|allergy|allergic|coeliac|wedding diet)\\b',
  },
  {
    id: 'eating_disorder.round4_more',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:run|walk|exercise|work|burn|cycle|swim) (?:it|them|that|everything|it all) off|go over (?:\\d{3,4})(?: calories| cals)?|count\\w* (?:every|each) (?:single )?(?:thing|bite|mouthful|calorie|crumb)|(?:hate|hates|hated|disgusted (?:by|with)) (?:my|her|his) (?:body|self|reflection|shape)(?: (?:\\w+|,)){0,6} (?:stopped eating|not eating|wont eat|starv\\w*|skip\\w*|sick)',
    unlessSentence: '\\b(?:christmas dinner|marathon|training for)\\b',
  },
  {
    id: 'eating_disorder.periods_stopped',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:not|hasnt|havent|no|not had|hasnt had|havent had) (?:had )?(?:a )?periods? (?:for|in) (?:months|ages|a year|over a year|\\w+ months)',
    withMessage: '\\b(?:thin|weight|eat\\w*|food|skinny|lost)\\b',
  },
  {
    id: 'eating_disorder.hidden_food',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:food|sandwich\\w*|dinner|lunch|meals?|tea|packed lunch|crisps|biscuits|wrappers|snacks|the rest|leftovers|toast)(?: \\w+){0,3} (?:stuffed|hidden|hid|stashed|shoved|wrapped|tucked|thrown|pushed) (?:\\w+ ){0,2}?(?:in|under|behind|into|down) (?:\\w+ ){0,4}?(?:wardrobe|bed|drawer|bin|napkin|pockets?|bag|cupboard|plant pot|sofa|cushions?|toilet|bedroom|sink)|(?:hide|hides|hid|hiding|stuff\\w*|wrap\\w*) (?:\\w+ ){0,3}?(?:in|into|under) (?:a |my |her |his |the )?(?:napkin|tissue|pocket|pockets|sleeve)',
  },
  {
    id: 'eating_disorder.weight_target',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:get|be|go|stay|keep|weigh|reach) (?:under|below|down to|less than) (?:[3-7]|three|four|five|six|seven)(?: and a half)? (?:stone|st)\\b|(?:under|below|down to|less than) (?:[2-4]\\d) ?(?:kg|kilos?)\\b|(?:my |the )?\\bugw\\b|(?:my|her|his) gw\\b',
  },
  {
    id: 'eating_disorder.fasting_days',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:water |dry |juice )?fast(?:ing|ed)? (?:for )?(?:like |about |nearly |over |almost |around )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks)|day (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of )?(?:no food|not eating|fasting|my fast|(?:a |the )?water fast|eating nothing)|water fast\\w*|\\b(?:ana|mia) (?:coach|buddy|buddies|tips|diet|mindset|friends?)\\b',
    unlessSentence: '\\b(?:ramadan|lent|blood test|operation|surgery|colonoscopy|procedure)\\b',
  },
  {
    id: 'eating_disorder.purging_words',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '\\bb pd\\b|\\bb ping\\b|binge (?:and )?purg\\w*|\\bthis ed\\b(?= (?:tbh|again|is|has|,|\\.)|$)',
  },
  {
    id: 'eating_disorder.compensating',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:laxatives?|diet pills|slimming pills|diuretics|water pills)(?: \\w+){0,3} (?:hid|hidden|hide|hiding|stash\\w*|secret\\w*|in (?:my|her|his) (?:handbag|bag|pocket|drawer|room))|(?:hid|hidden|hide|hiding|stash\\w*) (?:\\w+ ){0,3}?(?:laxatives?|diet pills|slimming pills|diuretics)|exercis\\w* (?:\\w+ ){0,2}?(?:till|until) (?:i|im|she|he|shes|hes) (?:\\w+ )?(?:dizzy|faint|sick|collapse\\w*|pass out|black out|shaking)|(?:exercis\\w*|running|gym|workouts?|training|couch to 5 k) (?:\\w+ ){0,4}?(?:three|four|five|[3-9]) times a day|hours (?:and hours )?(?:in|at) the gym every day',
  },
  {
    id: 'eating_disorder.refusing_and_thin',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:wont|will not|doesnt|refuses? to|refusing to|wouldnt) (?:touch|eat) (?:anything|a thing|any food|food|what|his food|her food|the food|meals|a bite)(?! (?:but|except|apart|other than|spicy|green|with))|(?:wont|will not|refuses to|refusing to) eat(?= [.,]|$| (?:at all|properly|in front of))|(?:gone|going|getting|got|looks?|looking|become) (?:so |really |very |dangerously |painfully |scarily |too )?(?:thin|skinny|gaunt|bony|skeletal)',
    // The body's signs of starving count as context too: hair falling out, fainting, periods stopping.
    withMessage: '\\b(?:lost|weight|gym|exercis\\w*|faint\\w*|stone|calories|skip\\w* meals|meals|sandwich\\w*|wardrobe|hair (?:is )?falling out|periods|always cold|dizzy)\\b',
    unlessMessage: '\\b(?:chemo\\w*|cancer|tumou?r|toddler|fussy|picky|flu|teeth|tooth|dementia|dog|cat)\\b',
  },
  // Substance crisis: mixing substances; taking more than prescribed; dependence; withdrawal; binges; lost days.
  {
    id: 'substance_crisis.mixing',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `mix\\w* (?:\\w+ ){0,2}?(?:benzos|lean|pills|tablets|xanax|ket|coke|drugs|meds|${DRINK_RE} (?:and|with) ${MEDS_RE})|(?:on|taking|having|with) (?:the |my )?${MEDS_RE} (?:and|with) (?:the |my |a |some |a little )?${DRINK_RE}|${MEDS_RE}(?: (?:\\w+|,)){0,4} with (?:a |some |little |a little |a drop of |a bottle of |a glass of )*${DRINK_RE}`,
  },
  {
    id: 'substance_crisis.beyond_prescription',
    category: 'substance_crisis',
    kind: 'explicit',
    severity: 'possible',
    pattern: `(?:taking|take|took|taken|having|had) (?:extra|double|twice|loads more|a lot more|way more) (?:of )?(?:my |the |his |her )?(?:\\w+ )?${MEDS_RE}|more than (?:the )?(?:doctor|gp|pharmacist|chemist|consultant) (?:said|says|told|prescribed|gave|recommends?)|more than (?:(?:i am|im|i was) )?prescribed`,
  },
  {
    id: 'substance_crisis.cannot_without',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|can not) (?:seem to )?(?:manage|cope|sleep|function|get through(?: the (?:day|night))?|go a day|last a day|get up|start the day) without (?:it|them|a drink|a can|the drink|the tablets|the pills|a fix|the gear|a smoke)(?: (?:no more|anymore|any more|now))?',
    withMessage: SUBSTANCE_CONTEXT,
  },
  {
    id: 'substance_crisis.withdrawal_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:if|when|whenever) i (?:stop|dont drink|dont have (?:one|a drink|it)|go without|try to stop|cut down)(?: (?:\\w+|,)){0,4} (?:my )?(?:hands?|body|i) (?:\\w+ )?(?:shake|shakes|shaking|trembl\\w*|sweat\\w*|see (?:bad )?things|get the shakes|fit|hallucinat\\w*)|drink\\w* (?:every day |every morning |each day )?(?:from|since) (?:first thing in )?the morning',
  },
  {
    id: 'substance_crisis.seeing_things',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: 'seeing (?:things|bugs|spiders|insects|creatures) (?:crawling|on the walls?|that (?:arent|are not|werent) there)',
    withMessage: SUBSTANCE_CONTEXT,
  },
  {
    id: 'substance_crisis.binge',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      'on the (?:bevvy|piss|sauce|lash|batter|booze|drink|turps|razz|sesh|tins|cans)(?: \\w+| ,){0,3} (?:since (?:\\w+day|last \\w+|the weekend|yesterday)|for (?:days|a week|\\d+ days|two days|three days|a fortnight)|all week|every day|again|cant stop)',
  },
  {
    id: 'substance_crisis.overdose_on_something',
    category: 'substance_crisis',
    kind: 'explicit',
    // Repeated overdoses, or an overdose where drugs are named, are a substance crisis as well as a risk to life.
    pattern: 'overdos\\w* (?:twice|again|(?:\\w+ )?times|more than once)|\\bods? (?:twice|again)',
  },
  {
    id: 'substance_crisis.clinical_shorthand',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '\\betoh\\b(?! (?:nil|none|0|zero|social))|\\bivdu\\b|\\bpwid\\b|\\baudit (?:score )?(?:of )?(?:[2-3]\\d|1[6-9])\\b',
  },
  {
    id: 'substance_crisis.injecting',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:he|she|son|daughter|i|they|partner|brother|sister) (?:\\w+ )?(?:injects?|injecting|jacks up|shoots up)\\b(?! (?:insulin|her insulin|his insulin|my insulin|b12|the dog|the cat|himself with insulin))|abscess\\w* (?:\\w+ ){0,3}?(?:injecting|needles?|arm|groin)|(?:sharing|shared|dirty) needles|woke up (?:\\w+ ){0,2}?(?:not knowing|no idea|with no idea) where (?:i|he|she) (?:was|am|were)',
  },
  {
    id: 'substance_crisis.daily_use',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:\\w+s|hes|shes|im|ive been|been|is|are|theyre|keeps|started) using (?:every day|daily|all day|all the time|again|constantly|heavily|more and more)\\b|(?:cant|cannot|can not) (?:get through|cope|manage|function|sleep|start|face) (?:the day |the night |the morning |a day )?without (?:a |my |the |some )?(?:couple of |few |bit of |drop of |line of |hit of )?(?:valium|diazepam|benzos|cans|drink|booze|vodka|cider|a fix|gear|weed|spice|coke|crack|a smoke)',
  },
  {
    id: 'substance_crisis.pills_bought_in_bulk',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      'buy\\w* (?:\\w+ )?(?:tramadol|codeine|diazepam|valium|xanax|benzos|pills|painkillers|pregabalin|gabapentin|oxycodone|morphine) (?:off|on|from) (?:the internet|online|the street|the dark web|a dealer|someone|a mate)|(?:take|taking|takes|having|using|on) (?:about |around |like |up to )?(?:[2-9]\\d|twenty|thirty|forty|fifty) (?:a|per|every) day',
    withMessage: '\\b(?:tramadol|codeine|diazepam|valium|xanax|benzos|pills|tablets|painkillers|pregabalin|gabapentin|oxycodone|morphine|co codamol)\\b',
  },
  {
    id: 'substance_crisis.others_prescriptions',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:taking|take|took|using|nicking|stealing|stole|nicked|pinching) (?:my |his |her )?(?:mums|dads|nans|grans|wifes|husbands|partners|friends|sons|daughters|mates|neighbours) (?:\\w+ )?(?:morphine|oxycodone|tramadol|codeine|diazepam|valium|pills|tablets|meds|medication|painkillers|patches|pregabalin|methadone)',
  },
  {
    id: 'substance_crisis.lost_time',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|dont|do not|can not) remember (?:\\w+ ){0,2}?(?:last (?:night|week|weekend)|the weekend|yesterday|most of (?:it|last \\w+|the \\w+)|anything (?:from|about) (?:last|the)|a thing|what happened|how i got)',
    withMessage: SUBSTANCE_CONTEXT,
  },
  // No safe place tonight: told to go; sheltering in a public place after leaving; the last night somewhere; fallbacks.
  {
    id: 'no_safe_place.told_to_go',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:cant|cannot|can not|not allowed to) stay (?:\\w+ ){0,3}?(?:past|after|beyond) (?:tonight|today|this week|the weekend|\\w+day)|wants? (?:me|us) (?:gone|out)(?= [.,]|$| of (?:the|his|her|their|my) (?:house|flat|home|place))|(?:told|tell|tells|telling) (?:me|us) (?:to )?(?:leave|get out|move out) (?:today|tonight|now|by (?:tonight|today|tomorrow|\\w+day))|bailiffs (?:changed the locks|took (?:the|my|our) (?:keys|house|flat))',
  },
  {
    id: 'no_safe_place.sheltering',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sat|sitting|sit|sleep\\w*|slept|kip\\w*|wait\\w*|stay\\w*) (?:\\w+ ){0,3}?(?:in|at|on) (?:the |a )?(?:mcdonalds|24 hour \\w+|station|bus station|train station|a and e|waiting room|laundrette|library|bus shelter|stairwell|multi storey|car park|doorway|underpass|park bench)',
    withMessage:
      '\\b(?:tonight|nowhere|no where|fled|fleeing|cant go (?:back|home)|kicked out|thrown out|told me (?:to )?leave|tell me leave|bags? with me|all my stuff|locked out|refuge|evicted|till (?:the )?morning|all night)\\b',
  },
  {
    id: 'no_safe_place.makeshift_more',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|kip\\w*|living|spend\\w* the night|spent the night) (?:in|on|at|under) (?:my |a |the |his |her |our )?(?:\\w+ ){0,2}?(?:car|van|tent|shed|garage|doorway|bus shelter|stairwell|underpass|back seat)\\b|been (?:\\w+ )?(?:in|on) (?:a |the |my |his |her )?(?:tent|car|van|doorway|bus shelter|stairwell|underpass)\\b(?: \\w+){0,4}? (?:for (?:a week|a month|days|weeks|nights|\\d+ (?:days|nights|weeks))|every night)|(?:be|sleep\\w*|kip\\w*) (?:on|in) the back (?:seat )?of (?:the|my|a) (?:car|van)',
    unlessSentence: '\\b(?:camping|festival|holiday|glastonbury|road trip|trip|fishing|best (?:weekend|night|time)|scouts|guides|cubs|brownies|dofe)\\b',
  },
  {
    id: 'no_safe_place.nowhere_tonight',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:ive|shes|hes|theyve|weve|she has|he has|i have|we have|they have) (?:got )?nowhere(?= [.,]|$| (?:else|and|now|left|at all|to turn))|(?:no) (?:\\w+ )?bed (?:for )?(?:tonight|the night)|walk\\w* (?:about|around|the streets)(?: all night)? (?:till|until|til) (?:its light|the morning|morning|dawn|daylight|sunrise|it gets light)|cant go (?:back )?there (?:tonight|again)',
  },
  {
    id: 'no_safe_place.sofa_and_notice',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:staying|sleeping|kipping|crashing|stopping) (?:at|on|round) (?:a )?(?:different|other|someone elses|whoevers|various) (?:\\w+ )?(?:mates|friends|peoples|places?|sofas?|houses?|floors?)(?: \\w+)? (?:each|every) night|(?:dont|do not|havent|have not) (?:have|got) (?:a place|a home|a roof over my head)(?= [.,]|$| of my own| to (?:live|stay|go|sleep))|have to be out by (?:\\w+day|tomorrow|tonight|the end of (?:the )?(?:week|month))|nowhere (?:lined up|sorted|to go to)|(?:given|got|served|had) (?:\\w+ )?(?:an eviction notice|a section 21|section 21|notice to quit)',
  },
  {
    id: 'no_safe_place.unsafe_to_return',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:not safe|unsafe|dangerous|too scared|too frightened|scared|afraid|frightened|terrified) (?:for (?:me|us|her|him) )?(?:to )?(?:go|going) (?:back )?(?:home|there|to (?:the|my|our|his|her) (?:flat|house|place|room|home))|(?:ive|i have|ive got|got|shes got|hes got) nowhere (?:tonight|after|after that|for tonight)|wants? (?:me|us) (?:gone|out)(?= in the morning| tomorrow| by \\w+| tonight| today)',
  },
  {
    id: 'no_safe_place.put_out',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:had|got|have|has) nowhere (?:else )?(?:warm|dry|safe|to be)|pack (?:my|your|his|her) bags? (?:and )?(?:get out|leave|go|and not come back|and dont come back)|(?:told|tells|telling) (?:me|him|her|us) (?:\\w+ ){0,4}?(?:not to|never to|dont) come back|(?:fled|fleeing|ran away|escaped)(?: (?:\\w+|,)){0,4} (?:last night|tonight|this morning|today)',
  },
  {
    id: 'no_safe_place.deadline_to_leave',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:given|gave|give) (?:me|us|her|him) (?:till|until|to) (?:\\w+day|tomorrow|tonight|the end of the (?:week|month)|\\w+ days?) to (?:leave|get out|move out|go)|(?:council|housing)(?: \\w+){0,3} (?:cant|cannot|wont|will not|refused to|dont) (?:house|help|rehouse|find)',
  },
  {
    id: 'no_safe_place.uncertain_bed',
    category: 'no_safe_place',
    kind: 'explicit',
    severity: 'possible',
    negativeIsMeaning: true,
    pattern:
      '(?:theres always|there is always|or else|otherwise|if not|failing that)(?: ,)? (?:\\w+ ){0,3}?(?:the )?(?:multi storey|car park|park|bus station|train station|streets?|doorway|bench|underpass|bus shelter|stairwell)\\b|(?:hostel|shelter|night shelter|refuge|b and b)s? (?:\\w+ ){0,3}?(?:might|may|could|should) have (?:a )?(?:bed|space|room)|where (?:i|ill|will i|do i|can i|shall i|am i going to|im going to) (?:go|sleep|stay|kip)(?: \\w+)? tonight',
  },
];
