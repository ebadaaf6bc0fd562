import type { RuleSpec } from '../types';
import { CUCKOO } from './fragments';

/**
 * No safe place: nowhere safe to sleep tonight, or a home the person cannot return to.
 *
 * Concepts: homelessness and rough sleeping; nowhere to go tonight; sofa-surfing and makeshift
 * shelter (a car, a stairwell, a doorway); eviction and being put out or told to leave by a deadline;
 * a home that is unsafe to return to or taken over by others.
 * Why: it is told as where the person is sleeping, so rules read places and time (tonight), with the
 * negative as part of the meaning ("nowhere to sleep").
 *
 * Rule ids are kept as they were when each rule was added (some still name the round that added
 * it, e.g. `.round3`): they are recorded with every flag, so renaming one would change the record.
 * Order within this file is the order the engine tries the rules; when two rules of one category match
 * equally strongly the earlier one names the flag, so keep new rules after the ones they overlap.
 */

export const NO_SAFE_PLACE_RULES: readonly RuleSpec[] = [
  {
    id: 'no_safe_place.homeless',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: 'homeless\\w*|rough sleep\\w*|sleep\\w* rough|slept rough|sofa surf\\w*|couch surf\\w*',
  },
  {
    id: 'no_safe_place.nowhere',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:nowhere|no where|no place|noplace|(?:havent|dont|have not|do not|aint) (?:got )?(?:anywhere|any where|a place|a bed)) (?:safe )?(?:to|i can) (?:sleep|stay|go|live|kip|crash|lay my head|be)|(?:no|without a|need a|find a) (?:\\w+ )?(?:bed|roof|room|place to stay) (?:for (?:me |us |the night )?)?(?:tonight|this evening)',
  },
  {
    id: 'no_safe_place.no_home',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: '(?:got|have|with|ive) no (?:home|fixed abode|roof over (?:my|our) heads?|address)|no fixed abode',
  },
  {
    id: 'no_safe_place.evicted',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      'evicted|eviction|(?<!(?:security|guard|guards|bouncer|bouncers|doorman|doormen|referee|steward|stewards) (?:who |that )?)(?:kicked|thrown|chucked|turfed|threw|kick|throw|chuck|locked) (?:me |him |her |us |them )?out(?! of (?:the |a )?(?:pub|club|job centre|jobcentre|shop|bar|nightclub|match|ground|stadium|cinema|library|class|lesson|meeting|game|bank|gym|party)\\b)|changed the locks(?! (?:after|because of|following) (?:the|a|our) (?:break in|burglary))',
  },
  {
    id: 'no_safe_place.street',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|staying|stay|living|live|lives|ended up|end up) (?:out )?on the streets?|(?:stuff|things|belongings|bags) (?:\\w+ )?(?:is |are )?(?:on|in) the street',
  },
  {
    id: 'no_safe_place.makeshift',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern:
      '(?:sleep\\w*|slept|stay\\w*|living|live|lives|kip\\w*) (?:in|on|at|under) (?:my |a |the |his |her )?(?:\\w+ )?(?:car|van|tent|night bus|buses|bus station|bench|doorway|park|car park|station|stairwell|shed|a and e|beach|floor|field|woods|underpass|porch|cemetery|churchyard|graveyard|subway)\\b(?! (?:on holiday|for the holiday))|(?:staying|sleeping|kipping|crashing) (?:on|at) (?:a |my |his |her )?(?:mates|friends|sisters|brothers|someones) (?:sofa|couch|floor|settee)',
    unlessSentence:
      '\\b(?:road trip|camping|festival|glastonbury|holiday|best (?:weekend|night|time)|scouts|guides|cubs|brownies|dofe|duke of edinburgh|on the way to|long drive|journey|(?:makes?|made|making|forces?|forced) (?:me|us) (?:to )?(?:sleep|stay|spend)|(?:if|when|whenever) (?:ive |i have |i )?(?:upset|annoy\\w*|anger\\w*|cross\\w*) (?:him|her)|(?:locks?|locked|shuts?) me out (?:\\w+ ){0,2}?(?:when|if|because|whenever))\\b',
  },
  {
    id: 'no_safe_place.cant_go_home',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern: '(?:cant|cannot|can not|not safe to) go (?:back )?home(?: tonight)?|(?:not safe|unsafe) (?:to (?:go|stay|be) )?(?:at )?home',
  },
  {
    id: 'no_safe_place.left_housing',
    category: 'no_safe_place',
    kind: 'explicit',
    pattern: '(?:leave|left|kicked out of|thrown out of|evicted from|lost) (?:my |the )?(?:hostel|refuge|shelter|supported housing|b and b|accommodation)',
  },
  {
    id: 'no_safe_place.concept',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:rid\\w*|rode|sitting on|sat on|stay\\w* on) (?:\\w+ ){0,2}?(?:night bus|buses) (?:\\w+ ){0,4}?(?:to (?:keep|stay) warm|all night|to sleep)|(?:on the streets?|no (?:gaff|drum|yard|place|home)) (?:\\w+ ){0,3}?(?:again|to go|tonight)|(?:no|dont know) where (?:ill|i will|im going to|i can|im gonna) (?:sleep|stay|go)(?: tonight)?|(?:out of|leave) (?:my )?(?:mates|friends|sisters) (?:\\w+ )?tonight|nowhere to go',
  },
  {
    id: 'no_safe_place.more',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:in|sleeping in|staying in|kipping in) (?:the|my) (?:car|van|tent) (?:again )?(?:tonight|last night|every night)|(?:staying|sleeping|kipping|crashing) on (?:a |my |different |someones |other )?(?:mates|friends|peoples)? ?(?:floors?|sofas?|couches?)(?: each night| every night)?|(?:cant|cannot|can not) go (?:back )?(?:home|to (?:my|the) (?:flat|house|place|room))|(?:dont|do not|havent|have not) (?:got|have) anywhere(?: to (?:go|stay|sleep|live))?|nowhere to (?:crash|kip|stay|sleep|go)',
    unlessSentence: '\\b(?:holiday|holidays|road trip|camping|festival|christmas)\\b',
  },
  {
    id: 'no_safe_place.round3',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:havent|have no|dont have|not got) (?:a clue|any idea|an idea|a scooby) where (?:ill|i will|im going to|to|i can) (?:go|sleep|stay)|cant stay (?:on|at) (?:his|her|their|my mates|my friends) (?:\\w+ )?(?:sofa|couch|place|flat|floor) (?:after tonight|any ?more|tonight)|(?:sleep\\w*|slept|kip\\w*) (?:in|at) (?:the )?(?:24 hour|mcdonalds|waiting room|laundrette|library)|(?:paid|booked) (?:up )?(?:to|until|till) (?:last night|today|this morning)|maybe the park|skipper\\w*|had a doorway|\\bnfa\\b(?! (?:re|for|needed|required|at this|safeguarding|from))|walk about (?:till|until) its light',
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
    unlessSentence:
      '\\b(?:camping|festival|holiday|glastonbury|road trip|trip|fishing|best (?:weekend|night|time)|scouts|guides|cubs|brownies|dofe|on the way to|long drive|journey|(?:makes?|made|making|forces?|forced) (?:me|us) (?:to )?(?:sleep|stay|spend)|(?:if|when|whenever) (?:ive |i have |i )?(?:upset|annoy\\w*|anger\\w*|cross\\w*) (?:him|her))\\b',
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
  // ── No safe place ───────────────────────────────────────────────────────────────────────────
  {
    id: 'no_safe_place.rough_places',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    // Where people sleep when they have nowhere: doorways, stairwells, bin stores, night buses, a tent in the woods.
    // The sleeping-in-a-car-or-doorway wordings are in no_safe_place.makeshift above; these add the
    // state ("I'm in the stairwell"), places behind and among buildings, and the signs around them.
    pattern:
      '(?:im|i am|ive been|been|hes been|shes been|hes|shes|living|stopping|staying) (?:\\w+ ){0,2}?(?:in|on|at|under|behind) (?:a|the|my|his|her|their|an) (?:old )?(?:\\w+ )?(?:doorways?|stairwells?|bin stores?|bin sheds?|underpass|squat)\\b|(?:sleep\\w*|slept|kip\\w*|doss\\w*|crash\\w*|bed\\w* down|spend\\w* the night|spent the night|spend\\w* nights|spent nights) (?:\\w+ ){0,2}?(?:in|on|at|under|behind) (?:a|the|my|his|her|their|an) (?:old )?(?:\\w+ )?(?:bin stores?|bin sheds?|bus shelters|garages|sheds|multi storey|squat|skip|bins|flats|shops|church)\\b|(?:sleep\\w*|slept|kip\\w*|doss\\w*) (?:rough )?on the streets?\\b|(?:im|i am|was|been|living|ended up|end up|back|be|out|kipping|sleeping|dossing) on the streets\\b|(?:ride|riding|rode|on) the night bus(?:es)?(?: \\w+){0,3}? (?:till|until|all night|again|morning)|warmer than (?:the|a|my) (?:doorway|street|streets|bench|park|tent|car|stairwell)|(?:doorway|stairwell|bin store|underpass) again\\b|(?:a|my) tent (?:\\w+ ){0,2}?(?:in|behind|under|by|near) (?:the|a) (?:woods|park|bushes|field|canal|river|retail park|car park|underpass|bridge|trees)',
    unlessMessage: '\\b(?:camping|campsite|festival|holiday|glamping|scouts|duke of edinburgh|dofe|fishing)\\b',
    withMessage:
      '\\b(?:doorways?|stairwells?|bin|bins|underpass|squat|shelters|garages|sheds|multi storey|skip|flats|shops|church|streets?|night bus\\w*|warmer than|tent)\\b',
  },
  {
    id: 'no_safe_place.tonight_running_out',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    // Not knowing where tonight will be: the B&B nights run out, the sofa ends tonight, put out by
    // the landlord tonight with things in the skip, "I'll find somewhere, I always do".
    pattern:
      '(?:dont|do not|dunno|no idea|not sure|havent a clue|no clue|(?:havent|hasnt|not|never|nobody has|no one has|nobody|no one) (?:been )?(?:told|said) (?:me|her|him|us)) (?:\\w+ )?where (?:ill|im|i will|i am|i can|i could|shes|hes|she will|he will|well|we will|she can|he can|to) (?:\\w+ )?(?:sleep\\w*|crash\\w*|stay\\w*|kip\\w*|go|going|be|doss\\w*|live|living|end up|put (?:my|her|his) head)(?: \\w+){0,2}? (?:tonight\\b(?! (?:for|to eat|with))|next\\b(?! (?:week|year|month|summer|holiday|time|term))|tomorrow night|after (?:tonight|this))|run (?:out of|out on) (?:nights|her nights|my nights|his nights)|(?:nights?|time|stay|booking|place) (?:at|in) the (?:b and b|bnb|hostel|hotel|shelter|refuge|travelodge) (?:\\w+ )?(?:run out|runs out|ran out|is up|are up|ends|ended|finished|over)|(?:councils|the|my|her|his) (?:\\w+ )?(?:b and b|bnb|temporary accommodation|emergency accommodation|emergency housing) (?:\\w+ )?(?:ran out|runs out|run out|is up|ends|ended|finished|stops|stopped)|(?:nothing|nowhere|no where|no place|nothing else) (?:else )?lined up|(?:my|her|his) last night (?:on|at) (?:the|her|his|my|their) (?:\\w+ )?(?:sofa|couch|floor)|(?:sofa|couch|floor)(?: \\w+| ,){1,10}? (?:tonights|tonight is|today is) (?:my|her|his) last|(?:ill|i will|ill have to|ill just|ill just have to) (?:find|sort) (?:somewhere|a place|a doorway|a bench)(?: to (?:sleep|kip|crash|stay|go))?(?= ,| \\.|$| i always| tonight| probably)|(?:if|when) the (?:hostel|shelter|night shelter|council) (?:says no|is full|are full|cant|wont|doesnt|turns? me away)|(?:told|telling|wants?|given) (?:me|us|her|him) (?:to (?:be|get) out|out of (?:the|my|his|her|here)(?: \\w+)?) by (?:\\w+ ){0,2}?(?:tonight|today|this (?:evening|afternoon)|the morning|tomorrow)|(?:put|thrown|threw|chucked|dumped|binned|bagged up) (?:all )?(?:my|our|her|his) (?:things|stuff|belongings|bags|clothes|gear)(?: \\w+){0,2}? (?:in (?:the|a) skip|on the (?:street|pavement|doorstep|landing)|in bin bags)|(?:landlord|landlady|he|she|they|council|agent)s? (?:\\w+ )?(?:has |have |had )?changed the locks(?! (?:after|because of|following) (?:the|a|our) (?:break in|burglary))',
    withMessage:
      '\\b(?:where|nights|b and b|bnb|hostel|hotel|shelter|refuge|travelodge|accommodation|housing|lined up|last night|sofa|couch|floor|somewhere|a place|a doorway|a bench|council|out by|skip|street|pavement|doorstep|landing|bin bags|locks)\\b',
  },
  {
    id: 'no_safe_place.home_taken_over',
    category: 'no_safe_place',
    kind: 'explicit',
    negativeIsMeaning: true,
    // A home run by dealers, or one the person was threatened over, is not a safe place to go back to.
    pattern: '(?:cant|cannot|can not) (?:face )?(?:go|going|get) (?:back|home)|(?:scared|afraid|frightened|terrified) (?:to|of) (?:go|going) back',
    withMessage: `${CUCKOO}|\\bif i (?:walk|come|step|set foot|go|show (?:my )?face) (?:back )?(?:in|into|through|home|near)\\b`,
  },
  // Round 6 (branch s16e): written after reading set 8's misses and false alarms in this category (set 8 is a
  // tuning set from round 6; HELDOUT.md). Each rule is a concept — what the person describes — checked on
  // corpus-tuning-8-others.json, paraphrases of the misses and a second batch in new wordings.
  {
    id: 'no_safe_place.slept_worse',
    category: 'no_safe_place',
    kind: 'explicit',
    severity: 'possible',
    // Rough sleeping played down: "I've slept in worse places", "the bus station's not so bad for a night".
    pattern:
      '(?:slept|kipped|stayed|sleep|kip|been) (?:in |at )?(?:worse|rougher|colder) (?:places|spots)|(?:bus station|train station|station|shelter|doorway|park|bench|car park|stairwell|underpass|subway|multi storey|bin store)s?(?: (?:in|at|by|behind|round) (?:the )?\\w+(?: \\w+)?)? (?:is |are |s )?(?:(?:not|isnt|is not|aint|arent) (?:so |that |too )?bad|fine|alright|ok|okay) (?:for a (?:night|few nights|kip)|to (?:sleep|kip))',
    withMessage: '\\b(?:shelter|doorway|station|park|bench|street|streets|tent|car|bins?|underpass|stairwell|round the back|outside|night)\\b',
  },
  {
    id: 'no_safe_place.awake_all_night_out',
    category: 'no_safe_place',
    kind: 'explicit',
    // No bed: riding night buses to keep warm, sitting in an all-night cafe, walking about till light.
    pattern:
      '(?:night|all night|24 hour|twenty four hour) bus(?:es)? (?:\\w+ ){0,8}?(?:keep warm|stay warm|kip|get some sleep|nod off|doze|somewhere warm|sleep on it|round and round|one end to the other|end to end)|(?:24 hour|twenty four hour|all night) (?:mcdonalds|maccies|cafe|garage|tesco|asda|services) (?:\\w+ ){0,6}?(?:move me on|moved on|kick(?:ed)? me out|till (?:its )?light|till morning|all night)|(?:walk|walking|wander|wandering) (?:about|around|round|the streets) (?:\\w+ ){0,1}?(?:all night|till (?:morning|its light|it gets light|daylight|dawn)|until (?:morning|its light|dawn))|(?:walking|walk|wander\\w*) the streets (?:tonight|all night|till)',
  },
  {
    id: 'no_safe_place.days_until_street',
    category: 'no_safe_place',
    kind: 'explicit',
    severity: 'possible',
    // A home ending in days with nothing found: "two days before I'm out on the street".
    pattern:
      'before (?:im|i am|ill be|i will be|i end up) (?:out on the streets?|on the streets?|homeless|sleeping rough)|after that (?:im|ill be|i will be) (?:on the streets?|homeless|out on the streets?)|(?:till|until) then (?:before|and then) (?:im|ill be) (?:on the streets?|homeless)',
    withMessage: '\\b(?:tenancy|lease|notice|bailiffs?|council|landlord|eviction|housing|section 21)\\b',
  },
  {
    id: 'no_safe_place.sofa_ending',
    category: 'no_safe_place',
    kind: 'explicit',
    // The sofa or spare room that was the bed ends today: someone moving in, the friend has had enough.
    pattern:
      '(?:sofa|couch|spare room|floor|put me up|putting me up|letting me (?:stay|kip|crash)) (?:\\w+ ){0,10}?(?:moving in|moved in|needs? (?:the room|it back)|wants? me (?:out|gone)|had enough|cant (?:have|keep|put) me)',
    withMessage:
      '^(?=.*\\b(?:tonight|today|after tonight|from tonight|the night)\\b)(?=.*\\b(?:nowhere|stuck|no idea where|dont know where|got nothing|out on my ear)\\b)',
  },
  {
    id: 'no_safe_place.hostel_lost',
    category: 'no_safe_place',
    kind: 'explicit',
    // A hostel, shelter or supported housing place lost today, with nobody to go to.
    pattern:
      '(?:hostel|shelter|night shelter|supported housing|supported accommodation|b and b|refuge|foyer|the project|emergency accommodation|temporary accommodation) (?:\\w+ ){0,6}?(?:barred|banned|kicked|thrown|chucked|evicted|told (?:me )?to (?:leave|go)|out by|have to (?:leave|be out|go)|broken the rules|asked me to leave)|told to leave the (?:hostel|shelter|supported housing|supported accommodation|b and b|refuge)',
    withMessage:
      '\\b(?:dont know (?:a soul|anyone|anybody|a single person)|no family|nobody|no one|no where|nowhere|tonight|today|by (?:\\w+ )?(?:six|five|four|tonight|noon|\\d))\\b',
  },
  {
    id: 'no_safe_place.put_out_tonight',
    category: 'no_safe_place',
    kind: 'explicit',
    // Put out of the home tonight, in other words ("flung me oot", "out on my ear the night").
    pattern:
      'out on (?:my|ma|me|his|her) ear|(?:on|in) the streets? the night|(?:no|nae|not a|no a) (?:\\w+ ){0,1}?(?:money|penny|cash|pennies) (?:for|to get) a (?:room|b and b|hostel|hotel|bed|travelodge)|(?:flung|hoyed|slung|booted|lobbed|fucked|chucked|chuckd|threw|thrown) (?:me|him|her|us) out\\b(?! (?:of )?(?:the |our |my |their )?(?:pub|club|group|team|class|shop|library|match|game|meeting|job centre|jobcentre|office|bar|nightclub|cinema|ground|gym))',
    withMessage: '\\b(?:tonight|the night|today|this morning|nowhere|no money|no penny|no a penny|room|street|streets|sleep)\\b',
  },
  {
    id: 'no_safe_place.misspelt',
    category: 'no_safe_place',
    kind: 'explicit',
    // The same in text-speak: "evictid", "sleepin ruff", "on the streat".
    pattern: '(?:evictid|evictd|evicterd|evected)|(?:sleeping|sleep|slept|kipping) (?:ruff|rouf|rugh)|on the streats?',
  },
];
