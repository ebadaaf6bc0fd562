import type { RuleSpec } from '../types';

/**
 * Eating disorder: restrictive eating, purging and compensating behaviours.
 *
 * Concepts: the diagnosis words and their slang (ana, mia); restriction described without numbers
 * (skipping meals, days without food, tiny intakes, food rules, earning food); purging, laxatives and
 * compensating exercise; weighing and weight targets; secrecy and hidden food; physical signs (periods
 * stopped, gone thin); guilt after eating.
 * Why: restrictive eating is usually described as a routine or a rule about food, not as a disorder.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

/** Food and eating, for the rules that need to know a rule is about food. */
const FOOD =
  '\\b(?:eat\\w*|ate|food|biscuits?|meals?|calories|cals|bites?|mouthfuls?|dinner|tea|lunch|breakfast|snacks?|cake|chocolate|crisps|bread|sweets|portions?)\\b';

export const EATING_DISORDER_RULES: readonly RuleSpec[] = [
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
    pattern: '(?:make|made|making|makes) (?:myself|me|himself|herself|themselves) (?:be )?sick|purg\\w*',
  },
  {
    // Apart from the rule above, so that an illness named in the sentence lets go only of being sick after meals:
    // "purging after every meal, told mum it's a stomach bug" is the cover story, not the cause.
    id: 'eating_disorder.sick_after_meals',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern: '(?:vomit\\w*|throw\\w* up|threw up|being sick|sick) (?:\\w+ )?after (?:i eat|eating|meals|every meal|food|everything|each meal)',
    // Sickness after meals from an illness, pregnancy or treatment is not purging.
    unlessSentence: '\\b(?:norovirus|bug|virus|stomach bug|food poisoning|gastro\\w*|pregnan\\w*|morning sickness|chemo\\w*)\\b',
  },
  { id: 'eating_disorder.starve', category: 'eating_disorder', kind: 'explicit', pattern: 'starv\\w* {REFL}' },
  {
    id: 'eating_disorder.laxatives',
    category: 'eating_disorder',
    kind: 'method',
    pattern:
      '(?:laxatives?|diet pills|slimming pills|water pills|diuretics|appetite suppressants?) (?:\\w+ ){0,3}?(?:to get rid|to lose|after (?:i eat|eating|meals)|every day|to purge)|(?:lots of|loads of|boxes of|a box of) laxatives',
  },
  {
    id: 'eating_disorder.calories',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:only|just|no more than|under|less than|max) (?:\\w+ ){0,3}?\\d{2,3} (?:calories|cals|kcal)|obsessed with (?:calories|my weight|her weight|his weight|food|counting)|count\\w* every calorie',
  },
  {
    id: 'eating_disorder.not_eating_fat',
    category: 'eating_disorder',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:havent|not|hardly|barely|dont|didnt|stopped|cant|wont) (?:\\w+ ){0,2}?(?:eaten|eat|eating)(?: \\w+){0,6} (?:because|as|since|so|and|but) (?:i|im|she|he|shes|hes) (?:\\w+ ){0,2}?(?:fat|huge|disgusting|gross|ugly|too big|overweight)',
  },
  {
    id: 'eating_disorder.guilt_eating',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:feel|feels|felt|am|im) (?:so |really )?(?:disgusting|disgusted|gross|fat|huge|guilty|ashamed) (?:\\w+ ){0,2}?(?:if|when|after|whenever) (?:i |she |he )?(?:eat|eats|ate|eating)',
  },
  {
    id: 'eating_disorder.weighing',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      'weigh\\w* (?:myself|herself|himself) (?:\\w+ ){0,3}?(?:times|every|after|before|constantly)|panic\\w* (?:if|when|about) (?:my weight|the scales?|i (?:gain|put on))|(?:terrified|scared|afraid|frightened|petrified|panic\\w*) (?:of|about) (?:putting on|gaining|getting) (?:any )?(?:weight|fat)|(?:under|below|down to|get to|reach|weighs?|is|only|just|at) (?:[3-6]|three|four|five|six)(?: and a half)? stone|(?:thinks|think|feels|says) (?:shes|hes|im|she is|he is|i am|i look|she looks|he looks) (?:still )?(?:too |so )?(?:fat|huge|overweight|massive)',
  },
  {
    id: 'eating_disorder.secret',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:hide|hiding|hid|throw\\w*|threw|bin\\w*) (?:away )?(?:my |her |his )?(?:food|wrappers|eating|dinner|tea|lunch|meals?|breakfast)(?: \\w+){0,4} (?:so (?:nobody|no one)|in secret|without (?:anyone|anybody))|(?:hide|hiding|hid) (?:food|wrappers|my eating)|burn (?:off )?(?:\\w+ ){0,2}?(?:i eat|i ate|she eats|he eats|calories)|eat\\w* (?:\\w+ ){0,3}?in secret|bing(?:e|es|ed|eing|ing)\\b(?! (?:on )?(?:a |the )?(?:new |whole )?(?:lot|watch\\w*|netflix|tv|telly|box set\\w*|series|show\\w*|programmes?|drink\\w*))',
  },
  {
    id: 'eating_disorder.stopped_eating',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:stopped|stops|refus\\w*|wont) eat\\w*(?: \\w+){0,6} (?:losing|lost|lose|weight|thin|skinny|wasting)|wasting away|stop eating (?:to|so i can) lose weight|quickest way to stop eating',
  },
  {
    id: 'eating_disorder.restriction',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:only|just) (?:let|allow) (?:myself|herself|himself) (?:\\w+ ){0,3}?(?:coffee|water|an apple|a yoghurt|one meal|a biscuit|a cracker|tea|\\d+ (?:cals|calories))|(?:skip\\w*|miss\\w*|cut out) (?:meals|breakfast|lunch|dinner|food)(?: \\w+){0,4} (?:on purpose|so (?:i|she|he) (?:lose|can lose)|to lose)|(?:bring|brought|bringing) (?:it|food|my food|my dinner|it all) (?:back )?up|(?:go|goes|went|run\\w*|ran) to the (?:bathroom|toilet|loo) (?:straight )?after (?:every |each )?(?:meal|eating|i eat|tea|dinner)(?! to (?:brush|clean|wash|do (?:his|her|my|their) teeth))|laxatives (?:after|every|with) (?:every |each )?(?:meal|day|time)|take laxatives|(?:havent|not|hardly|barely) (?:eaten|had) (?:a )?(?:proper )?(?:meal|food)(?: \\w+){0,4} (?:because|to|so) (?:i|she|he) (?:want|wants|can)? ?(?:to )?(?:be |get |look )?(?:thinner|skinny|thin|lose weight)|chew\\w* (?:\\w+ ){0,2}?(?:and )?spit\\w*|spit (?:it|food) out|(?:my|her|his) ed\\b(?= (?:is|has|was|thoughts|voice|brain|bad))|eating disorder voice|body check\\w*|(?:fast|fasting|fasted) (?:for )?(?:\\d+|two|three|four|five|six|seven) days|pro ana',
    unlessSentence: '\\b(?:ramadan|lent|blood test|operation|surgery|colonoscopy)\\b',
  },
  {
    id: 'eating_disorder.more',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:make|made|making|makes) (?:myself|herself|himself) (?:throw up|vomit)|only (?:eat|eating|have|having) (?:\\w+ ){0,3}?(?:meal|snack|thing) (?:every other day|every few days|every two days)|(?:to|so i can|so i|so she can|so she) (?:stay|get|look|be|keep|stay) (?:thin|thinner|skinny|skinnier)|skip\\w* (?:every|all|any|most) (?:meal|meals)(?: i can)?|burn (?:it|them|that|everything|the calories) off|exercis\\w* (?:\\w+ ){0,3}?after (?:every |each )?(?:meal|i eat)|exercis\\w* obsessively|obsessive\\w* exercis\\w*|scared of (?:getting|being|looking) fat',
  },
  {
    id: 'eating_disorder.round3',
    category: 'eating_disorder',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:till|until|so|to get) (?:its|it is|it|they are|theyre) (?:all )?(?:burnt|burned) off|(?:burnt|burned|burn) (?:it|them|that|everything|what i ate|the food) off|periods (?:have |has )?stopped|look (?:massive|huge|fat|enormous) in the mirror|(?:lost|dropped|gone down) (?:\\w+ )?(?:dress |clothes )?sizes|like that im disappearing|anas back|ana is back|\\bed (?:brain|voice|thoughts)|\\d+ days (?:of )?no food|no food for \\d+ days|(?:cuts?|cutting) (?:her|my|his) (?:food|tea|dinner|meals?) (?:up )?into tiny|(?:goes|go|went|going) to the (?:loo|toilet|bathroom) straight after|(?:dont|wont|not|never) let (?:myself|herself|himself) eat',
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
    withMessage:
      '\\b(?:lost|weight|gym|exercis\\w*|faint\\w*|stone|calories|skip\\w* meals|meals|sandwich\\w*|wardrobe|hair (?:is )?falling out|periods|always cold|dizzy)\\b',
    unlessMessage: '\\b(?:chemo\\w*|cancer|tumou?r|toddler|fussy|picky|flu|teeth|tooth|dementia|dog|cat)\\b',
  },
  {
    id: 'eating_disorder.restrict_compensate',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:cut|cutting) out (?:basically |almost |nearly |pretty much )?(?:everything|all food|all foods)(?: except| but| apart from)|if i (?:slip|eat|binge|have a \\w+)(?: \\w+| ,){0,4} i (?:do|have to do|make myself do|run|go) (?:\\w+ ){0,3}?(?:hours?|miles?|laps|km)|(?:feel|felt) (?:better|good|clean|in control|lighter) when (?:im|i am|i feel) (?:empty|hungry|starving)|(?:not|havent) (?:had|eaten) (?:a )?(?:proper )?(?:meal|food|anything) (?:in|for) (?:days|weeks)(?: \\w+| ,){0,6} (?:fat|a whale|a pig|huge|disgusting)',
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
  // ── Written from set 8's misses (round 6, branch s16d); corpus-tuning-8-self.json holds
  // other wordings of each. Restrictive eating told as a routine, a rule or what a parent sees. ──
  {
    // Not eating as the one thing in one's control.
    id: 'eating_disorder.control_by_not_eating',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:skip\\w*|not eating|starv\\w*|restrict\\w*|(?:stopped|stop) eating|miss\\w* (?:meals|meels)|(?:not|barely|hardly) eat\\w*)(?: \\w+| ,){0,5} (?:is )?(?:the )?on+ly (?:thing )?(?:i|im|she|he|shes|hes) (?:can |could |feel i can )?(?:control\\w*|controll|in control of)|(?:control\\w*|controll) (?:over )?(?:what|how much|when|if) (?:i|she|he) (?:eat|eats)',
  },
  {
    // Food earned by exercise: eating only if, only when, only after the gym or a run.
    id: 'eating_disorder.eat_only_after_exercise',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:eat|eating|meal|meals|food|dinner|tea|lunch|breakfast)(?: \\w+| ,){0,10} only (?:then )?(?:if|when|after|once) (?:i|ive|i have|id|im|she|shes|he|hes|they) (?:\\w+ )?(?:been to the gym|gone to the gym|been (?:for|on) (?:a )?(?:run|walk|jog|swim)|exercised|trained|worked out|run|ran|walked|burnt|burned|done (?:\\w+ )?(?:miles|steps|sit ups|press ups|workouts?|a workout|classes|laps|lengths))|on+ly (?:let (?:myself|herself|himself|themselves) )?(?:eat|eats|have|has) (?:\\w+ ){0,2}?(?:if|when|after|once) (?:i|ive|i have|id|im|she|shes|he|hes|they) (?:\\w+ )?(?:been to the gym|gone to the gym|been (?:for|on) (?:a )?(?:run|walk|jog|swim)|exercised|trained|worked out|run|ran|walked|burnt|burned|done (?:\\w+ )?(?:miles|steps|sit ups|press ups|workouts?|a workout|classes|laps|lengths))',
    // A training routine told as one ("I train first thing, then breakfast") is not food earned.
    unlessSentence: '\\b(?:first thing|before work|training (?:plan|for)|my coach|personal trainer|pre workout|post workout)\\b',
  },
  {
    // Secrecy and compulsion a family sees: food hidden in sleeves or pockets, exercise in the
    // middle of the night, disappearing to the bathroom after every meal.
    id: 'eating_disorder.hidden_food_and_night_exercise',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      'hid\\w* (?:\\w+ )?(?:food|dinner|lunch|meals?|sandwich\\w*|tea|breakfast|toast) (?:in|up|under|inside|down) (?:her|his|my|their|the) (?:sleeves?|pockets?|napkins?|bag|room|bed|drawers?|wardrobe|plant pots?)|(?:sit ups|press ups|star jumps|crunches|exercis\\w*|working out|running on the spot|jumping jacks|burpees) (?:\\w+ ){0,3}?(?:at (?:two|three|four|1|2|3|4|midnight)(?: (?:in the morning|am|oclock))?|in the middle of the night|all night|through the night)|(?:disappear\\w*|goes?|going|went|runs?|running|ran|rushes|rushing|nips?|slips? off|heads? off) (?:off |up |straight )?to the (?:bathroom|toilet|loo|toilets) (?:\\w+ )?(?:straight |right |always |every time |immediately )?after (?:every|each|her|his|my|a|the|we have|we eat) (?:\\w+ )?(?:meal|meals|eating|dinner|tea|lunch|breakfast|eat)(?! to (?:brush|clean|wash|do (?:his|her|my|their) teeth))',
  },
  {
    // Wasting away beside food: skin and bone, knuckles scarred from making oneself sick.
    id: 'eating_disorder.wasting_signs',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:down to|nothing but|just|all|gone to|is) skin and bones?|knuckles (?:are |all |have gone )?(?:\\w+ )?(?:scarred|scabbed|calloused|raw|cut|marked|sore|red raw)',
    withMessage: FOOD,
  },
  {
    // "Not hungry" every time there is food; "she says she's fat" beside not eating or fainting.
    id: 'eating_disorder.never_hungry_feels_fat',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:says?|said|claims?|claiming|always|keeps saying) (?:that )?(?:shes|hes|she is|he is|im|i am|theyre|she|he)? ?(?:not|never) hungry (?:every (?:single )?time|whenever|when(?:ever)? (?:we|they|i) (?:eat|have (?:tea|dinner|lunch))|at (?:every|any) meal|at mealtimes|at tea|at dinner)|(?:say|says|said|thinks?|thought|tells? (?:me|us)|keeps? saying|cries that) (?:that )?(?:she|he|i|they) (?:is |am |are |s |m |re )?(?:so |too |really |very |getting )?(?:fat|huge|disgusting|gross|a whale|massive)\\b',
    withMessage:
      '\\b(?:not eat\\w*|no eat\\w*|wont eat|dont eat|doesnt eat|not eat|skip\\w*|only water|thin|faint\\w*|weigh\\w*|starv\\w*|sick after|vomit\\w*|little bit|running|exercis\\w*|gym|calories|looks ill|bones)\\b',
  },
  {
    // Food cut into tiny pieces or binned, beside a sign it is not being eaten.
    id: 'eating_disorder.food_cut_up_or_binned',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:cut\\w*|chop\\w*|tear\\w*|pick\\w* at) (?:\\w+ ){0,2}?(?:food|sandwich\\w*|dinner|meal|tea|lunch|toast|plate) (?:up )?into (?:tiny|little|small|minute) (?:pieces|bits|squares)|(?:bin\\w*|throw\\w* away|threw away|chuck\\w* away|feeds? (?:it )?to the dog|scrap\\w*) (?:most|half|all|the rest|nearly all) of (?:it|her (?:food|lunch|dinner|tea|meal)|his (?:food|lunch|dinner|tea|meal)|my (?:food|lunch|dinner|tea|meal))',
    withMessage:
      '\\b(?:faint\\w*|dizzy|thin|weight|fat|hides?|hiding|barely|hardly|skips?|skipped|calories|wont eat|doesnt eat|not eating|pushes|moves it around|tiny|bones|pe|periods?|no ones looking|nobodys looking|no one is looking|in secret|secretly|cant stand (?:the idea of )?eating)\\b',
  },
  {
    // Living on a drink: only a coffee, a cuppa and a fag, all day or till the next day.
    id: 'eating_disorder.only_a_drink_all_day',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:just |only )?(?:have|hae|had|having|drink|live on|living on) (?:a |some )?(?:cuppa|coffee|black coffee|cup of tea|cups of tea|tea|diet coke|water|glass of water|fag|cigarette)(?: (?:an|and|,) (?:a )?(?:fag|cigarette|cuppa|coffee|tea|water|diet coke))?(?: \\w+| ,){0,4} (?:all day|aw day|till (?:the next day|the next morning|tomorrow)|until (?:the next day|the next morning|tomorrow)|does me (?:all|aw) day)|(?:just|only) (?:have|hae|had|having) (?:a |some )?(?:cuppa|coffee|black coffee|cup of tea|tea|diet coke|water)(?: (?:an|and) (?:a )?(?:fag|cigarette))? (?:and|an) (?:thats|that is) (?:it|me)(?: ,)? (?:most days|every day|all day|each day|day after day|for the day)|(?:not|no) eatin\\w*(?: \\w+| ,){0,3} (?:cannae|cant|can not|cannot) face (?:it|food|eating|a meal)',
  },
  {
    // Guilt and rules: not deserving food; a list of "safe foods"; restricting to one meal a day.
    id: 'eating_disorder.deserve_safe_foods_restrict',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:dont|do not|didnt|never|doesnt|does not) deserve (?:to eat|food|a meal|dinner|tea|lunch|breakfast|to have (?:food|dinner|tea|lunch|a meal))|safe foods?(?! (?:standards?|hygiene|handling|storage|temperatures?|for (?:dogs|cats|babies|the baby|pets|the dog|the cat|people|anyone|those|kids|children|allerg\\w*|coeliacs?)))|fear foods?|restrict\\w* (?:\\w+ )?to (?:less than |under |only |about |just )?(?:\\d+|one|a|half a|two) (?:meal|meals|kcal|cals|calories|a day)',
  },
  // ── Also round 6 (s16d): concepts behind older tuned sets' eating statements only the learned layer caught. ──
  {
    // Fear of eating and the body felt too big; eating next to nothing beside fainting or training.
    id: 'eating_disorder.afraid_to_eat',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:scared|afraid|frightened|terrified) (?:to|of) eat\\w*(?! (?:out|in (?:front|public|restaurants)|there|that|it|the|spicy|meat|fish|raw|shellfish|nuts|seafood|gluten|dairy|eggs|anything with))|feel (?:like )?(?:i am |im |i\\w* )?(?:too big|a whale|huge|enormous|so fat|disgusting) (?:\\w+ )?(?:if|when|after) (?:i )?eat|(?:eats?|eating|ate|eaten|having|has|have) (?:next to|almost|practically|virtually) nothing',
    withMessage: '\\b(?:faint\\w*|thin|weight|train\\w*|gym|run\\w*|exercis\\w*|bones|calories|vomit|sick|big|whale|fat)\\b',
  },
  {
    // Rules and control: can't eat until the steps are done; not eaten on purpose; better empty;
    // the same few foods with panic; insulin skipped to lose weight.
    id: 'eating_disorder.rules_and_control',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|not allowed to|wont let myself|dont let myself|rule that i cant) eat (?:\\w+ ){0,2}?(?:until|till|unless|before) (?:ive|i have|i|id|im) (?:\\w+ )?(?:done|hit|walked|run|been|burnt|burned|earned)|(?:not|havent|hasnt|not) (?:eaten|had (?:anything|food)) (?:\\w+ ){0,3}?on purpose|feel\\w* (?:better|good|clean|in control|safe) (?:when (?:im|i am) )?empty|(?:only|same|just) (?:eat\\w* )?(?:the same )?(?:two|three|four|five|\\d) (?:safe )?(?:foods|things)(?: \\w+| ,){0,8} (?:panic\\w*|anxious|cant cope|freak\\w* out|meltdown)|(?:skip\\w*|miss\\w*|not taking|stopped taking|cutting down|restrict\\w*|under ?dos\\w*) (?:\\w+ )?insulin(?: \\w+){0,4} (?:to|so) (?:lose|drop|keep (?:her|his|my) weight|stay thin|not put)',
    // Fasting a doctor asked for is not a rule about food.
    unlessSentence: '\\b(?:blood tests?|fast\\w* from|nil by mouth|operation|surgery|scan|colonoscopy|ramadan|anaesthetic)\\b',
  },
  {
    // Purging as a habit: throwing up after tea most nights, after every meal, "make vomit".
    id: 'eating_disorder.purging_habit',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:throw\\w* up|threw up|be sick|being sick|vomit\\w*|make (?:myself )?(?:sick|vomit)|made (?:myself )?(?:sick|vomit)|bring (?:it )?(?:back )?up) (?:\\w+ )?after (?:every|each|most|all) (?:\\w+ )?(?:tea|dinner|meals?|eating|lunch|breakfast|food)|(?:throw\\w* up|threw up|be sick|being sick|vomit\\w*) (?:\\w+ )?after (?:\\w+ )?(?:tea|dinner|meals?|eating|lunch|breakfast|food)(?: \\w+| ,){0,4} (?:most nights|every night|every day|on purpose|keeping it in|so (?:i|she|he) (?:dont|doesnt|wont) put)|(?:after|when) (?:i )?eat\\w* (?:i |,)*(?:make (?:myself )?vomit|make (?:myself )?sick|throw it up)',
    // Sickness after meals from an illness, pregnancy or treatment is not purging.
    unlessSentence: '\\b(?:norovirus|bug|virus|stomach bug|food poisoning|gastro\\w*|pregnan\\w*|morning sickness|chemo\\w*)\\b',
  },
  {
    // A child who has stopped eating lunch beside fainting.
    id: 'eating_disorder.stopped_eating_and_fainting',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:stopped|stop|stops|started skipping|skips?|skipping) (?:eating )?(?:lunch|breakfast|dinner|tea|meals|at school|her lunch|his lunch|her dinner|his dinner)',
    withMessage: '\\b(?:faint\\w*|thin|weight|passed out|collaps\\w*|dizzy)\\b',
  },
  {
    // Weeks without a proper meal, beside how the body feels or looks (not a house with no food in it).
    id: 'eating_disorder.no_proper_meal_for_weeks',
    category: 'eating_disorder',
    kind: 'explicit',
    severity: 'possible',
    pattern: '(?:not|havent|hasnt|never) had (?:a )?(?:proper |decent |real )?(?:meal|food) (?:in|for) (?:weeks|days|months|ages|over a week)',
    withMessage: '\\b(?:whale|fat|too big|huge|thin|weight|cannit|cant face|scared|afraid|faint\\w*|dizzy|calories|gym|body|bones|mirror)\\b',
  },
];
