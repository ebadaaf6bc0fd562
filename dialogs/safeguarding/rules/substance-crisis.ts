import type { RuleSpec } from '../types';
import { MEDS_RE } from './fragments';

/**
 * Substance crisis: dependence, overdose and withdrawal that put the person in danger.
 *
 * Concepts: overdose (taken too much, a lot of a medicine, someone else's downers, the body failing:
 * blue lips, not waking); dangerous mixing of drink with downers; withdrawal crises (fits, shakes,
 * seeing things); binges and blackouts; dependence and daily use; injecting; pills bought in bulk.
 * Why: a crisis is told as what was taken and what happened to the body; many rules need a drink or
 * drug word elsewhere in the message (`withMessage`) so ordinary talk of medicines does not flag.
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

/** Words that put a message about medicines, sleep or memory in the context of drink or drugs. */
const SUBSTANCE_CONTEXT =
  '\\b(?:drink\\w*|drunk|drank|alcohol|booze|bevvy|vodka|cider|brandy|wine|beer|lager|whisky|gin|codeine|tablets|pills|benzos|lean|gear|drugs|heroin|weed|spice|methadone|valium|diazepam|tramadol|painkillers|using|high|wasted)\\b';
const DRINK_RE = '(?:vodka|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|sherry|beer|lager|booze|alcohol|drink|bevvy|cans)';
/** Drink or drugs named anywhere in the message. */
const SUBSTANCE_IN_MESSAGE =
  '\\b(?:drink\\w*|drunk|drank|alcohol|booze|vodka|cider|wine|beer|lager|whisky|gin|rum|spirits|pills|tablets|meds|diazepam|valium|benzos|xanax|tramadol|codeine|methadone|heroin|spice|gear|drugs|using)\\b';
const DRINK_WORDS = '(?:vodka|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|beer|lager|booze|alcohol|drink|cans)';
/** Downers that are dangerous with drink: the combination is what makes an overdose. */
const DOWNERS_WITH_DRINK =
  '(?:diazepam|valium|benzos|xanax|tramadol|codeine|methadone|heroin|zopiclone|pregabalin|gabapentin|sleeping (?:pills|tablets)|morphine|oxycodone)';
/** Drugs named anywhere in the sentence, for signs that mean a crisis only when someone is using. */
const USING =
  '\\b(?:drugs|spice|mamba|nitrous|heroin|gear|crack|pills|ket|ketamine|mdma|inject\\w*|using|high|off (?:his|her|their) face|smack|fentanyl|methadone)\\b';
/** Drink, as people name it, including the brands and slang of a binge. */
const DRINK_WITH_SLANG =
  '(?:vodka|voddy|voddie|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|sherry|beer|lager|booze|alcohol|bevvy|cans|tins|buckie|buckfast|special brew|white lightning|frosty jacks?)';
/** Downers and other medicines people overdose on, with their street names. */
const OVERDOSE_MEDS =
  '(?:tablets|pills|meds|medication|medicine|painkillers|paracetamol|co codamol|cocodamol|codeine|tramadol|trammies|diazepam|valium|vallies|blues|xanax|xans?|bars|benzos|zopiclone|zopes|sleeping (?:pills|tablets)|pregabalin|pregabs|gabapentin|gabbies|morphine|oxycodone|oxys|fentanyl|methadone|antidepressants|insulin)';
/** More than a dose, in the words of someone who has taken it. */
const LOT =
  '(?:a load of|load of|loads of|a lot of|lots of|a handful of|handful of|a handful o|handful o|a load o|loads o|handfuls of|a bunch of|a whole (?:box|packet|strip|bottle|pack) of|the whole (?:box|packet|strip|bottle|pack)(?: of)?|a (?:box|packet|strip|bottle|pack|sheet) of|(?:boxes|packets|strips) of|the (?:lot|rest) of|every (?:one|last one) of|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|[1-9]\\d)(?: of)?)';
/** Drink or drugs named anywhere in a message (not "pop", "bars" or "blues", which mean other things too). */
const USING_IN_MESSAGE = `\\b(?:${DRINK_WITH_SLANG}|drunk|drinking|drank|drugs|using|high|spice|gear|heroin|crack|coke|ket|pills|tablets|meds|xans?|benzos|valium|diazepam|tramadol|codeine|morphine|methadone|fentanyl|zopiclone|cold turkey|detox\\w*|withdraw\\w*|coming off|come off|came off|bender|(?:had|took|taken|necked|dropped|done|swallowed) (?:some of |a couple of |a few of |one of |two of )?the (?:green|blue|white|pink|yellow|red|purple|orange|new) ones)\\b`;

export const SUBSTANCE_CRISIS_RULES: readonly RuleSpec[] = [
  {
    id: 'substance_crisis.addiction',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:addict\\w*|hooked on|dependent on|alcoholic(?! anonymous)|alcoholism)(?! to (?:\\w+ )?(?:tv|telly|chocolate|crosswords|puzzles|soaps|netflix|coffee|tea|gardening|shopping|my phone|candy crush|knitting|football))',
  },
  {
    id: 'substance_crisis.heavy_drinking',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drank|down\\w*|neck\\w*|get through|getting through) (?:\\w+ ){0,2}?(?:a|one|two|three|four|five|\\d+|half a|a whole|couple of|few) (?:bottles?|litres?|liters?|cans|crates?|slabs?|boxes) (?:of )?(?:\\w+ )?{SPIRITS}|(?:bottles?|litres?) of {SPIRITS} (?:a day|every day|each day|a night|every night|before (?:noon|lunch))|(?:drink\\w*|drunk|pissed) (?!(?:tea|coffee|water|juice|squash|milk|pop|fizzy) )(?:\\w+ )?(?:all day|since (?:this )?morning|since i woke up|from the moment i wake|round the clock|day and night|every day and night|from morning (?:till|til|until|to) night)|(?:drink|drinking|alcohol|drug|drugs) (?:problem|issue)|problem with (?:drink|alcohol|drugs|booze)',
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
      '(?:withdrawal|withdrawals|withdrawing|clucking|dts|delirium tremens)(?! (?:money|cash|from|of (?:money|cash|funds)|my money|savings))|(?:run out of|ran out of|no|missed my|lost my) (?:\\w+ )?(?:methadone|subutex|buprenorphine|script)|methadone|subutex|buprenorphine',
  },
  {
    // "Rattling" apart from the rest of the withdrawal words, so that its exception (a machine or a window
    // rattling is not a person withdrawing) cannot cancel "withdrawals are awful, sleeping in my car".
    id: 'substance_crisis.rattling',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: 'rattling',
    unlessSentence: '\\b(?:machines?|windows?|doors?|car|engine|exhaust|pipes|cage|fan|boiler|chains?|drawers?|shed|roof|van)\\b',
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
    // A relapse into self-harm is self-harm (self-harm.ts), not a substance crisis.
    unlessSentence: '\\b(?:sh|cut\\w*|blades?|self harm\\w*|scratch\\w*|styro|plasters)\\b',
    pattern:
      '(?:using|drinking|relapsed|injecting|smoking crack) again|relaps\\w*(?!(?: ,)? (?:on )?(?:\\w+ )?(?:cut|cutting|sh)\\b)|back on (?:the )?(?:drink|gear|booze|heroin|crack|drugs|bottle)|(?:my|a|the|his|her) dealer|drug debts?',
  },
  {
    id: 'substance_crisis.out_of_control',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:drink\\w*|drugs|booze|using|gambling) (?:\\w+ ){0,3}?(?:out of control|out of hand)|(?<!(?:go|goes|went|going) )off (?:my|his|her|their) (?:face|head|tits|nut)(?! (?:\\w+ )?with (?:excitement|joy|happiness|nerves|worry|boredom|stress|glee|delight))|cant remember getting home|(?:drink\\w*|drank|using) (?:\\w+ ){0,3}?(?:until|till|til) (?:i|he|she|they) (?:pass\\w* out|black\\w* out|collapse\\w*|cant stand|fall\\w* over)',
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
  {
    id: 'substance_crisis.concept',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:blacked|black|blacking|passed|pass) out (?:\\w+ ){0,6}?(?:again|drunk|a and e|hospital|woke up)|woke up in (?:a and e|hospital|a cell|the cells)(?: \\w+){0,3}|(?:shaking|sweating|shakes|seeing things|hallucinat\\w*)(?: (?:\\w+|,)){0,8} (?:drink|drunk|drinking|using|gear|fix|booze)|(?:cant|cannot|can not) (?:go|get through|last|manage) (?:a |one |half a )?(?:day|night|morning|few hours) without (?:a )?(?:drink|drinking|booze|using|gear|a fix|a can)|naloxone|narcan|bring (?:me|him|her) round|(?:on a|mad|week long|massive) bender|benders?\\b|proper (?:mashed|wasted|smashed|off it)(?: \\w+){0,3}|(?:mashed|wasted|smashed) every (?:day|night)|(?:every|each) day on (?:ket|spice|gear|crack|coke)|on the (?:gear|brown|white|rock)',
    unlessSentence: '\\b(?:sober|since january|years clean|off the booze)\\b',
  },
  {
    id: 'substance_crisis.more',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:not knowing|cant remember|dont remember|no idea) (?:where (?:ive|i have|id|i had) been|how (?:i|she|he|they) got (?:home|there))|(?:nearly|almost) died (?:\\w+ ){0,6}?(?:took|taken|had|drank|used) too much|(?:took|taken) too much (?:gear|heroin|coke|spice|ket|of it)|(?:owe|owes|owed) (?:the |my |a )?dealers?|dealers (?:have been|came|come) round|(?:drink|drinks|drinking) (?:\\w+ )?from the moment (?:i|he|she|they) (?:wake|wakes|get up|gets up)',
  },
  {
    id: 'substance_crisis.round3',
    category: 'substance_crisis',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:a )?crate a day|(?:till|until) ive had a (?:can|drink)|{MEDS} with (?:wine|vodka|drink|alcohol|booze|beer|cider)|cant remember a thing|on the pipe|crack pipe|blacked out on|recovery position|(?:drink|drinks|drinking) (?:\\w+ )?from the (?:minute|second) (?:i|he|she|they) (?:wake|wakes|get up|gets up)|(?:drug|drugs|drink|drinking) (?:arent|isnt|is not|are not) (?:really )?a problem|(?:drunk|drinking)(?: (?:\\w+|,)){0,10} passed out|passed out (?:on|in) the (?:bathroom|floor|street|toilet)|overdos\\w* (?:on|of) (?:\\w+ )?(?:heroin|crack|cocaine|coke|spice|ket|ketamine|gear|drugs|g|ghb|methadone)',
    unlessSentence: '\\b(?:paramedic|nephew s a|film|documentary)\\b',
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
  {
    id: 'substance_crisis.taken_too_much',
    category: 'substance_crisis',
    kind: 'explicit',
    // "I've taken way too much" (said of drink or drugs), drink on top of downers, and the body
    // going numb or unresponsive after using: an overdose in progress, whatever the words.
    pattern: `(?:ive|i have|i|hes|he has|shes|she has|theyve|they have) (?:just )?(?:taken|took|swallowed|necked|done|had) (?:way |far |much |a lot |loads )?too (?:much|many)(?! (?:sugar|salt|cake|chocolate|coffee|food|sun|work|on))|${DRINK_WORDS}(?: \\w+| ,){0,8}? (?:and|with|plus|on top of) (?:a load of |loads of |some |a few |a handful of |all )?(?:my |me |her |his )?${DOWNERS_WITH_DRINK}|(?:cant|cannot) (?:feel|move) (?:my|me) (?:hands|legs|arms|feet|face|fingers|body)`,
    withMessage: SUBSTANCE_IN_MESSAGE,
    // Fingers numb from the cold are not a body failing after drink or drugs.
    unlessSentence: '\\b(?:freezing|so cold|frost\\w*|snow\\w*|ice cold|chilblains|raynauds)\\b',
  },
  {
    id: 'substance_crisis.body_failing',
    category: 'substance_crisis',
    kind: 'explicit',
    // Signs of an overdose or a bad reaction while using: blue lips, collapsing, shaking and overheating.
    pattern:
      'blue lips|lips (?:went|turned|going|gone) blue|(?:keeps?|kept|been|only|sometimes) (?:collaps\\w*|pass\\w* out|blacking out|blacked out|fitting)|(?:cant stop shaking|shaking all over|boiling up|overheating|heart (?:racing|pounding))|rattl\\w*(?: \\w+){0,2} (?:need|needs|needing) (?:a|some) (?:bag|fix|score|hit|gear)',
    withSentence: USING,
  },
  // Substance crisis: medicines taken in a quantity beside drink; an overdose of medicines; someone
  // else's downers; the signs of an overdose in progress; alcohol withdrawal with fits or hallucinations.
  {
    id: 'substance_crisis.lot_with_drink',
    category: 'substance_crisis',
    kind: 'explicit',
    // Past and slang verbs only: "I take a handful of tablets every morning" is a regimen, not an overdose.
    pattern: `(?:swallow\\w*|necked|necking|downed|downing) (?:\\w+ ){0,2}?(?:all|the lot|the rest|every one) (?:of )?(?:my |me |the |his |her )?(?:\\w+ )?${OVERDOSE_MEDS}|(?:swallow\\w*|took|taken|necked|necking|downed|downing|popped|popping|done|dropped) (?:\\w+ ){0,2}?(?:${LOT} (?:my |me |the |his |her |their |mums |dads )?(?:\\w+ )?${OVERDOSE_MEDS}|everything in the (?:\\w+ )?(?:cabinet|cupboard|drawer|box|bathroom))`,
    withSentence: `\\b${DRINK_WITH_SLANG}\\b|\\b(?:drunk|drinking|pissed|intoxicated|slurr\\w*)\\b`,
  },
  {
    id: 'substance_crisis.overdose_of_medicine',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `overdos\\w* (?:of|on) (?:my |me |the |his |her |their |mums |dads |some )?(?:\\w+ )?(?:${OVERDOSE_MEDS}|drugs|gear|heroin|spice|coke|crack|ket)|${OVERDOSE_MEDS} overdose`,
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
    withMessage: `\\b(?:cold turkey|stopped (?:the )?(?:\\w+ )?(?:${DRINK_WITH_SLANG}|drink|drinking)|(?:coming|come|came|getting) off (?:the )?(?:\\w+ )?(?:${DRINK_WITH_SLANG}|drink|drinking|gear|benzos|heroin|methadone|drugs)|detox\\w*|withdraw\\w*|on the (?:pop|drink|booze|sauce|piss|lash|batter|sesh|bevvy|tins|cans)|bender|binge drinking|drinking binge|on a binge)\\b`,
  },
  {
    id: 'substance_crisis.binge_amount_and_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `(?:had|drunk|drank|downed|necked|finished|gone through|done) (?:a |the )?(?:whole|full|entire) (?:litre|liter|bottle|70cl|half bottle) of ${DRINK_WITH_SLANG}|(?:not sure|dont know|no idea|lost track of) what day it is|drinking since i (?:got|woke) up|on a (?:mad one|bender|binge|mad sesh|\\w+ day (?:bender|binge|sesh)) since|heart(?:s| is)? (?:goin|going|racing|pounding|banging|thumping) (?:like|so|mad|out of)`,
    withMessage: USING_IN_MESSAGE,
  },
  // ── Written from set 8's misses (round 6, branch s16d); corpus-tuning-8-self.json holds
  // other wordings of each. An overdose, a bad reaction or a withdrawal told by its signs. ──
  {
    // An overdose named beside the body failing: blue lips, cannot be woken, not breathing.
    id: 'substance_crisis.overdose_with_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: 'overdos\\w*|\\bod d\\b|\\bodd\\b',
    withMessage:
      '\\b(?:blue|grey|gray|purple|cant wake|cannot wake|wont wake|not waking|wont come round|not breathing|barely breathing|stopped breathing|unconscious|unresponsive|foaming|fitting|collapsed|snoring|floppy|passed out|nobody knows|no one knows|feel rough|still feel)\\b',
  },
  {
    // Signs of a bad reaction or overdose while using: overheating, a jaw that will not stop, a heart
    // "going mental", numb arms, foaming at the mouth, not making sense, not waking, found on the floor.
    id: 'substance_crisis.reaction_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:boiling|burning up|burning hot|roasting|fitting|overheating|so hot|really hot|too hot|red hot)|(?:jaw|teeth|jaws) (?:\\w+ )?(?:wont|will not|cant|cannot) stop|(?:heart|hearts|hearts is) (?:is |s )?(?:going|racing|pounding|banging|beating|thumping) (?:\\w+ )?(?:mental|mad|crazy|like mad|so fast|out of (?:my|his|her) chest|like a train|like the clappers)|(?:cant|cannot|can not|couldnt) feel (?:my|his|her) (?:arms|legs|hands|feet|face|fingers|lips)|foaming at the mouth|(?:not|isnt|is not|no) making (?:any )?sense|woke up on (?:the )?(?:\\w+ )?floor|found (?:him|her|them) on the (?:\\w+ )?floor|(?:not|isnt|is not|wont be) waking up(?: proper\\w*| right)?|snoring (?:all |really )?(?:weird|funny|strange|loud|oddly)|(?:cant|cannot|couldnt) stand up',
    withMessage:
      '\\b(?:pills|drugs|spice|mamba|scored|score|using|high|bag after bag|line after line|mad one|bender|bars|xans?|blues|gear|coke|mdma|molly|mandy|ket|pingers|rehab|overdos\\w*|heroin|crack|fentanyl|benzos|party|festival|rave|buckie|buckfast|vodka|voddy|bottle|injected|smoked|snorted|bag|bags|lines|balloons|canisters|nos|nitrous|g)\\b',
  },
  {
    // More than a dose: "took too many bars", "all my pregabalin at once", beside drink or its effects.
    id: 'substance_crisis.too_many_at_once',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `(?:took|taken|had|necked|dropped|done|popped|swallowed|overdid) (?:way )?too many (?:of )?(?:my |me |the |his |her )?(?:\\w+ )?${OVERDOSE_MEDS}|(?:took|taken|take|swallowed|necked|had|downed|popped) all (?:of )?(?:my|me|the|his|her|their) (?:\\w+ )?${OVERDOSE_MEDS} (?:\\w+ )?(?:at once|in one go|together|at the same time)`,
    withMessage: `\\b(?:${DRINK_WITH_SLANG}|drunk|drinking|hours ago|couldnt sleep|to sleep|cant wake|not waking|wont wake|feel (?:funny|weird|strange|sick|dizzy|floaty)|snoring|breathing|party|too many)\\b`,
  },
  {
    // Using alone "so nobody has to watch": the overdose nobody would see.
    id: 'substance_crisis.using_alone',
    category: 'substance_crisis',
    kind: 'explicit',
    severity: 'possible',
    pattern:
      '(?:when|while|if|and) (?:im|i am|i|hes|shes|he is|she is) (?:on (?:my|his|her) own|alone|by (?:myself|himself|herself)) so (?:nobody|no one|no body) (?:has to |can |will |would |needs to )?(?:watch|see|know|find|stop)',
    withMessage: USING_IN_MESSAGE,
  },
  {
    // A return to using after rehab, detox or prison — tolerance gone, same amount as before.
    id: 'substance_crisis.relapse_after_abstinence',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:out of|left|after|since|got out of|discharged from) (?:rehab|detox|prison|jail|the nick)(?: \\w+| ,){0,6} (?:scored|used|relapsed|picked up|went back on|back on the (?:gear|drink|booze|heroin|crack|spice)|had a hit|using again)|same (?:amount|dose|hit|bag) as (?:before|i used to|last time)',
    withMessage: '\\b(?:rehab|detox|prison|jail|nick|scored|relapsed|gear|heroin|crack|spice|drugs|drink\\w*|methadone|clean|sober|overdos\\w*|bag|hit)\\b',
  },
  {
    // Withdrawal danger: a fit or seizure told beside stopping drink or drugs (last time, or tonight).
    id: 'substance_crisis.fit_on_stopping',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: '(?:had|have|having|has|gets?|got|took|take) (?:a |another )?(?:fit|fits|seizure|seizures)',
    withMessage:
      '\\b(?:(?:stop\\w*|quit\\w*|come off|coming off|came off|without) (?:\\w+ )?(?:drinking|the drink|booze|drink|the gear|benzos|valium|diazepam)|(?:stop|stopping|quit|quitting) cold|cold turkey|detox\\w*|withdraw\\w*|dry out|drying out|off the drink)\\b',
  },
  {
    // Withdrawal told plainly (often in a second language): stopped drinking for days, now shaking,
    // seeing things, falling down.
    id: 'substance_crisis.stopped_and_shaking',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:stop|stopped|stops|quit|quitted|stopping|no drink|not drink|not drinking|no drinking) (?:\\w+ ){0,3}?(?:days?|drinking|the drink|drink)(?! (?:coffee|tea|caffeine|fizzy|pop|cola|coke|energy drinks?|milk|water|juice|squash))|(?:no|not|stopped|stop|quit|off the) (?:drink|drinking|the drink|alcohol|booze) (?:since|for) \\w+',
    withMessage: '\\b(?:drink\\w*|drank|alcohol|vodka|cider|wine|beer|lager|whisky|booze|spirits)\\b',
    withSentence:
      '\\b(?:fit|fits|seizure|seizures|shak\\w*|shake|see things|sees things|seeing things|saw things|hallucinat\\w*|spiders|bugs|voices|fall down|fell down|falls down)\\b',
  },
  // ── Also round 6 (s16d): concepts behind older tuned sets' substance statements only the learned layer caught. ──
  {
    // Found unconscious or unresponsive beside needles, spice or drugs.
    id: 'substance_crisis.found_unresponsive',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:found|find|finding) (?:him|her|them|my \\w+) (?:\\w+ ){0,3}?(?:unconscious|unresponsive|collapsed|not breathing|passed out|blue|out cold|spark out)',
    withMessage: '\\b(?:needles?|spice|mamba|drugs|heroin|gear|pills|using|overdos\\w*|syringes?|foil|bags?|crack|fentanyl|vodka|drink\\w*)\\b',
  },
  {
    // The body damaged by drink: vomiting blood, eyes gone yellow.
    id: 'substance_crisis.drink_damage_signs',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:vomit\\w*|throw\\w* up|threw up|being sick|sick|bringing up|cough\\w*) (?:up )?(?:blood|black stuff|coffee grounds)|(?:eyes|skin) (?:are|is|have gone|gone|went|turned|turning|going|look|looks) (?:all |a bit |really )?yellow',
    withMessage: `\\b(?:${DRINK_WITH_SLANG}|drink\\w*|drunk|alcohol\\w*)\\b`,
  },
  {
    // Withdrawal in street words: rattling, clucking, needing a bag; a few extra tablets and a lost day.
    id: 'substance_crisis.rattling_or_extra',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern: `\\brattl(?:ing|in)\\b|\\bcluck(?:ing|in)\\b|(?:took|taken|had|necked|swallowed) (?:a few|a couple|some|loads|a lot|a load|two|three|four|a handful of|an) extra (?:of )?(?:my |me |the )?(?:\\w+ )?${OVERDOSE_MEDS}`,
    withMessage: '\\b(?:bag|gear|score|sick|methadone|script|heroin|need a|withdraw\\w*|slept|sleep|day and a half|overdos\\w*|drink\\w*|floaty|woke)\\b',
  },
];
