import type { RuleSpec } from './types';

/**
 * National baseline: eating disorders and substance misuse crises. The eating-disorder rules also
 * exist so nothing downstream treats "I only let myself have 300 calories" as a diet question
 * (an eating-disorder helpline bot gave weight-loss advice in 2023). Ordinary drinking, diets and
 * prescribed medicines are deliberately not matched.
 */
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
];

export const SUBSTANCE_RULES: RuleSpec[] = [
  {
    id: 'substance_crisis.addiction',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:addict\\w*|hooked on|dependent on|alcoholic|alcoholism)(?! to (?:\\w+ )?(?:tv|telly|chocolate|crosswords|puzzles|soaps|netflix|coffee|tea|gardening|shopping|my phone|candy crush|knitting|football))',
  },
  {
    id: 'substance_crisis.heavy_drinking',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drank|down\\w*|neck\\w*|get through|getting through) (?:\\w+ ){0,2}?(?:a|one|two|three|four|five|\\d+|half a|a whole|couple of|few) (?:bottles?|litres?|liters?|cans|crates?|slabs?|boxes) (?:of )?(?:\\w+ )?{SPIRITS}|(?:bottles?|litres?) of {SPIRITS} (?:a day|every day|each day|a night|every night|before (?:noon|lunch))|(?:drink\\w*|drunk|pissed) (?:\\w+ )?(?:all day|since (?:this )?morning|since i woke up|from the moment i wake|round the clock|day and night|every day and night|from morning (?:till|til|until|to) night)|(?:drink|drinking|alcohol|drug|drugs) (?:problem|issue)|problem with (?:drink|alcohol|drugs|booze)',
  },
  {
    id: 'substance_crisis.dependence',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:need|needs|needed|have|has|having) (?:a drink|a can|a drop|alcohol|a swig|a fix) (?:\\w+ ){0,4}?(?:as soon as|when|before) (?:i|he|she) (?:wake|wakes|get up|gets up)|need (?:a drink|a can|a drop|alcohol|a fix) to (?:get going|get started|function|get through|stop (?:the|my) shak\\w*)|the shakes|drink(?: \\w+){0,8} (?:hands?|body) (?:shake|shakes|shaking|trembl\\w*)|(?:have to|need to|got to|must) have (?:a drink|a can|a drop|a swig|a fix) (?:before|to|when|as soon)|(?:cant|can not|cannot) (?:get through|function|cope|start) (?:the day |the morning )?without (?:a drink|drink|alcohol|booze|a can|gear|a fix|drugs)',
  },
  {
    id: 'substance_crisis.withdrawal',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:withdrawal|withdrawals|withdrawing|clucking|rattling|dts|delirium tremens)(?! (?:money|cash|from|of (?:money|cash|funds)|my money|savings))|(?:run out of|ran out of|no|missed my|lost my) (?:\\w+ )?(?:methadone|subutex|buprenorphine|script)|methadone|subutex|buprenorphine',
  },
  {
    id: 'substance_crisis.drug_use',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:using|use|used|uses|on|smok\\w*|inject\\w*|taking|take|takes|took|doing|do|does|did|snorting|snort\\w*|scor\\w*|buy\\w*|bought|spend\\w* (?:\\w+ ){0,3}?on|spent (?:\\w+ ){0,3}?on|owe\\w* (?:\\w+ ){0,2}?for|stop using|stopped using) (?:hard |street |the |some |a load of |loads of |a lot of |too much |a bag of |a gram of )?{DRUGS}(?! (?:for|from the|from my) (?:my )?(?:gp|doctor|pharmacy|chemist|blood|pain|heart|thyroid|diabetes|arthritis))|heroin|crack cocaine|cocaine|fentanyl|crystal meth|monkey dust',
  },
  {
    id: 'substance_crisis.craving',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:cant|cannot|can not) stop (?:taking|using|drinking|smoking|injecting|buying)(?! (?:the|my) (?:tablets|pills|meds|medication) (?:the doctor|for))|(?:really want|craving|crave|urges?) to (?:use|drink|score|get high|get wasted|get smashed)|want to use\\b|bags? of (?:gear|brown|white|heroin|crack|smack|spice)|\\d+ bags a day',
  },
  {
    id: 'substance_crisis.lines',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:the odd|a few|couple of|doing|did|do) lines?(?: of (?:coke|charlie|speed))?|lines? of (?:coke|charlie|speed)',
  },
  {
    id: 'substance_crisis.relapse',
    category: 'substance_crisis',
    kind: 'explicit',
    // A relapse into self-harm is self-harm (rules-self.ts), not a substance crisis.
    unlessSentence: '\\b(?:sh|cut\\w*|blades?|self harm\\w*|scratch\\w*|styro|plasters)\\b',
    pattern:
      '(?:using|drinking|relapsed|injecting|smoking crack) again|relaps\\w*(?!(?: ,)? (?:on )?(?:\\w+ )?(?:cut|cutting|sh)\\b)|back on (?:the )?(?:drink|gear|booze|heroin|crack|drugs|bottle)|(?:my|a|the|his|her) dealer|drug debts?',
  },
  {
    id: 'substance_crisis.out_of_control',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drugs|booze|using|gambling) (?:\\w+ ){0,3}?(?:out of control|out of hand)|(?<!(?:go|goes|went|going) )off (?:my|his|her|their) (?:face|head|tits|nut)|cant remember getting home|(?:drink\\w*|drank|using) (?:\\w+ ){0,3}?(?:until|till|til) (?:i|he|she|they) (?:pass\\w* out|black\\w* out|collapse\\w*|cant stand|fall\\w* over)',
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
