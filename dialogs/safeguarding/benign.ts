/**
 * Everyday idioms that share words with risk phrases ("I could kill for a coffee", "cut myself a
 * slice"). They are blanked out before the rules run, so a risk phrase elsewhere in the same
 * message still matches: "this heat is killing me and I want to kill myself" flags.
 *
 * Each mask is deliberately narrow — it names the harmless continuation rather than guessing what
 * is harmless — because a mask that is too wide would hide a disclosure, and a missed disclosure
 * is far worse than a false alarm.
 */
const GAMES = '(?:cards|chess|scrabble|darts|golf|games?|pool|snooker|tennis|football|bowls|quiz|the quiz|bingo|dominoes|crib|cribbage|monopoly|draughts)';

const BENIGN_IDIOMS: readonly string[] = [
  'kill(?:ing)? for (?:a|an|some) (?:coffee|cuppa|tea|cup|drink|pint|biscuit|cake|sandwich|curry|takeaway|chip\\w*|fag|smoke|holiday|rest|lie in|sleep|nap)',
  'kill(?:ing)? time',
  'dying (?:to|for)',
  'dead (?:tired|beat|on my feet|good|easy|right|funny|chuffed|pleased|keen|serious|quiet|cheap|end job)',
  'drop dead gorgeous',
  'bridge (?:club|group|night|session|lessons?|game|afternoon|evening|players?|partner|drive)',
  'play(?:ing)? bridge',
  `beat(?:s|en|ing)? (?:me|him|her|us|them) (?:at|in) ${GAMES}`,
  'hit (?:me|him|her) up',
  'cut (?:myself|me) (?:a|an|some|another) (?:\\w+ )?(?:slice|piece|bit|wedge|sliver|chunk|portion|fringe)',
  'cut myself (?:shaving|gardening|cooking|chopping|by accident|accidentally|on (?:a|the) (?:tin|glass|knife|can|paper|fence|hedge|rose|brambles?))',
  'hurt myself (?:falling|when i fell|lifting|playing|gardening|at work|at the gym|doing the garden|on the stairs|tripping)',
  'skipping rope|tow rope|climbing rope|rope ladder|washing line',
  'hanging (?:the|out the|up the|my) (?:washing|clothes|laundry|pictures?|curtains|baskets?)',
  'killing (?:it|them) at (?:work|the quiz)|killer at',
  // Work, volunteering, charity and programmes about a risk are not a disclosure of it (issue 16).
  'rope and canes|rope (?:for|to tie) (?:the )?(?:allotment|garden|beans|runner beans|tomatoes|boat|tent)',
  '(?:volunteer\\w*|work\\w*|help\\w*) (?:at|for|in|with) (?:the |a )?(?:homeless (?:shelter|charity|project|hostel)|samaritans|(?:womens )?refuge)',
  '(?:sleep\\w*|slept) rough for charity|big sleep out',
  '(?:documentary|programme|film|drama|book|podcast|episode|series|soap|novel|play|talk|course|training|session|workshop|lecture|leaflet|poster|campaign|assembly|seminar) (?:about|on|ended with|ends with|where there is|with) (?:\\w+ ){0,2}?(?:eating disorders?|suicides?|suicide prevention|self harm|homelessness|addiction|domestic (?:abuse|violence)|overdoses?)',
  // Long past and said to be over: "I used to self-harm as a teenager but I've been fine for twenty years".
  'used to (?:self harm|cut myself|drink heavily|take drugs|use drugs|be homeless|starve myself) (?:as a (?:teenager|teen|kid|child|student)|when i was (?:young|younger|a teenager|at school|at uni)|years ago|in my (?:teens|twenties))(?=.*\\b(?:fine|well|stopped|recovered|clean|sober|free|over it)\\b)',
  '(?:see|sees|seen|saw|deal with|deals with|dealing with|dealt with|work with|worked with|working with|treat|treated|treating) (?:a lot of |lots of |plenty of )?(?:self harm|suicides?|overdoses|suicide attempts)(?: (?:and|,) (?:self harm|suicides?|overdoses|suicide attempts))?',
  // Hyperbole about a dreaded outing: "I'd rather die than go to another Zumba class".
  'rather (?:die|be dead) than (?:go|do|sit through|attend|watch|eat|have|wear|listen to|play)(?: to| on| in)? (?:another |a |the |more |one of those |one of them |any )?(?:\\w+ ){0,2}?(?:class\\w*|lessons?|meetings?|party|parties|match\\w*|films?|games?|quiz\\w*|dinners?|zumba|karaoke|aerobics|sessions?|weddings?|disco\\w*|gym|cruises?|musicals?|operas?|concerts?|shows?|nights?|evenings?|afternoons?|bingo|events?|dances?|dos|reunions?|christenings?|recitals?|pantos?|pantomimes?)',
  // A mock threat over a trivial lapse: "I'm going to kill my husband if he forgets our anniversary again".
  '(?:going to|ill|i will|im going to) (?:kill|murder|strangle|throttle) (?:him|her|them|my \\w+) (?:if|when) (?:he|she|they) (?:forgets?|eats?|ate|is late|are late|loses? the remote|moves? my|leaves? (?:the|his|her) (?:\\w+ )?(?:seat|socks|dishes|mess|lights))',
  // A relative's mock threat over something trivial: "if my mum finds out I ate the last of the trifle she'll kill me".
  // Partners are left out on purpose: "if he finds out I told you he'll kill me" is a disclosure.
  '(?:mum|mam|mom|dad|nan|gran|grandma|sister|brother|boss|teacher)s? (?:\\w+ ){0,2}?finds? out (?:that )?i (?:ate|eaten|had|finished|broke|forgot|lost|dented|scratched|used|borrowed|drank|spilt|spilled)(?: \\w+){0,6} (?:shell|hell|theyll|she will|he will) (?:kill|murder) me',
  // A drinking problem long past, told with its sobriety: "had a drinking problem back in the nineties, sober 26 years".
  'had (?:a|an) (?:drinking|drink|alcohol|drug) problem (?:back )?(?:in the \\w+|years ago|when i was (?:young|younger)|a long time ago)(?=.*\\b(?:sober|clean|dry|teetotal)\\b)',
  'overdoses (?:they|he|she) (?:get|gets|got) called to',
  '(?:listen\\w*|talk\\w*|support\\w*) (?:to )?people who (?:feel|are) suicidal',
  'was homeless (?:for a while )?(?:back )?in (?:19|20)\\d\\d',
  // Written after reading set 5's false alarms (set 5 is now tuned). Each names a harmless context
  // of the shared words, not the one sentence that showed it.
  // A threat over a trivial lapse, told as a joke: "he'll kill me if I forget his birthday again".
  // "if I tell anyone" or "if I leave" are not in the list, so real threats still flag.
  '(?:hell|shell|theyll|he will|she will|hed|shed|mums|dads) (?:kill|murder|strangle|throttle) me if i (?:forget|forgot|miss|am late|im late|lose|break|spend|eat|burn|scratch|dent|leave (?:the|his|her|my) (?:\\w+ )?(?:lights|dishes|mess|socks|washing|door))',
  // A risk word as the name of something: "the band is called Overdose".
  '(?:band|song|album|track|horse|racehorse|pub|boat|shop|team|cocktail|perfume|game|video game|podcast|club)s? (?:is |was |were )?(?:called|named) \\w+',
  // Sleeping rough or homelessness placed firmly in the past of the speaker's life.
  '(?:slept rough|was homeless|were homeless|lived on the streets) (?:for (?:a|an|\\w+) (?:\\w+ )?(?:year|years|months|weeks|while) )?(?:in my (?:teens|twenties|thirties|forties|youth)|years ago|as a (?:teenager|young man|young woman|lad|student)|when i was (?:young|younger|a teenager|a lad|at uni))',
  // Hyperbole about a film, a match or an embarrassment: "that film was so sad I wanted to die".
  '(?:film|movie|book|show|episode|programme|ending|match|game|play|speech|concert|quiz|musical|series|date) (?:was|were) so (?:\\w+ ){0,2}?(?:that )?i (?:wanted to|could have|could|nearly|almost|thought id|thought i would) (?:just )?(?:die|died)',
  // A care need, not neglect: "my husband has dementia and can't be left on his own" is what a carer
  // says of the person they care for (a neglectful carer leaves someone alone; this one says they can't).
  '(?:cant|cannot|can not|shouldnt|should not|mustnt|must not) be left (?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves))',
  // Written from the s16 carer probes (corpus-tuning-6-benign.json, scored before any change):
  // the speaker keeps their own card; help with money the person asked for and is glad of; an
  // illness long past and said to be over.
  'i keep my (?:pension|bank|post office) (?:card|book)',
  // "Something" is slang for drugs only as a thing taken: "do something for myself" is a goal.
  'do something (?:for (?:myself|me|us|her|him|them|others)|different|new|nice|fun|useful|positive|creative|with my (?:life|time|days?|hands))',
  '(?:manages|handles|looks after|sorts) my (?:money|finances|bills) (?:for me )?(?:\\w+ |, ){0,8}?(?:does it well|is very good at it|is brilliant|because i asked|as i asked)',
  '(?:had|has had|got over|recovered from) (?:an? )?(?:eating disorder|anorexia|bulimia|drink problem|drug problem|drinking problem) (?:\\w+ ){0,2}?(?:years ago|when (?:she|he|i) was (?:young|younger|a teenager|at uni))(?=.*\\b(?:recovered|fine|well|better|over it)\\b)',
  // Put out of an allotment, a club or a pub, not out of a home.
  '(?:kick|kicks|kicking|kicked|throw|throws|throwing|threw|thrown|chuck|chucking|chucked|turf|turfing|turfed) (?:us|me|them|him|her|everyone) out (?:of )?(?:the |our |my |their )?(?:allotment|club|group|pub|team|class|shop|library|choir|meeting|band|league|gym|church hall|hall|car park|cafe|quiz|competition)',
  // Written after reading set 7's false alarms in the self, others, eating and substance categories
  // (branch s16a; set 7 is tuned from round 5). Each names the harmless context, not the sentence.
  // "An overdose of sun / chocolate": too much of a pleasure, not of a drug.
  '(?:took |taken |had |have |an )?(?:an )?overdose (?:of|on) (?:the )?(?:sun|sunshine|chocolate|sweets|sugar|cake|telly|tv|christmas|carbs|coffee|caffeine|netflix|love|fresh air|exercise|culture|family|sunbathing|vitamin d|sea air|turkey|mince pies|football|soaps|shopping|nostalgia)',
  // A relative's suicide long ago, told as grief worked through: "my dad took his own life in 1998; I've had counselling".
  '(?:(?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|died by suicide|committed suicide|ended (?:his|her|their) (?:own )?life) (?:in (?:19|20)\\d\\d|(?:\\w+ ){1,2}years ago|when i was (?:\\w+ ){0,2}?(?:child|kid|teenager|baby|little|young|small|\\d+))|(?:died|passed away|lost (?:him|her|them)) (?:in (?:19|20)\\d\\d|(?:\\w+ ){1,2}years ago|when i was (?:\\w+ ){0,2}?(?:child|kid|teenager|baby|little|young|small|\\d+))(?: ,)? (?:she|he|they) (?:took (?:his|her|their) own life|killed (?:himself|herself|themselves)|died by suicide|committed suicide|ended (?:his|her|their) (?:own )?life))(?=.*\\b(?:counselling|counsellor|therapy|talk about (?:him|her|them|it)|come to terms|at peace|support group|cruse|bereavement|fine now|okay now|ok now|easily now|long time ago)\\b)',
  // A knock on a cupboard or a door frame: "banged my head on the cupboard door". A wall or floor is left out.
  '(?:bang\\w*|hit|knock\\w*|bump\\w*|crack\\w*|smack\\w*) (?:my|his|her) head (?:on|off) (?:the |a |my |our |his |her )?(?:kitchen |low |open |car |bathroom |loft )?(?:cupboard|cupboard door|cabinet|door frame|doorframe|shelf|beam|ceiling|car door|boot|table|corner|window|wardrobe|bunk bed|headboard|hatch|mantelpiece|sink|tap|dashboard|steering wheel)',
  // A pharmacist's advice about food: "not to mix my tablets with grapefruit juice".
  '(?:not to|never|dont|do not|shouldnt|should not|cant|mustnt|must not) (?:\\w+ )?mix (?:\\w+ ){0,3}?with (?:grapefruit|grapefruit juice|milk|dairy|antacids|iron|juice|food|caffeine|coffee|tea|cheese|calcium|indigestion \\w+)',
  // Mock threats at a tradesman or a neighbour who is "a nice fella really", or over a delay.
  '(?:id|i could|i would|i can|ill) (?:happily |cheerfully |gladly |quite happily )?(?:strangle|throttle|kill|murder|swing for|wring (?:his|her|their) necks?|lamp|thump) (?:him|her|them|the \\w+|that \\w+|my \\w+|our \\w+)(?= (?:for|over) (?:how long|the (?:delay|mess|noise|state|time)|being late|taking (?:so|this) long)|.*\\bbut (?:hes|shes|theyre|he is|she is) (?:a |an )?(?:nice|lovely|good|decent|sweet|great|alright|ok)\\b)',
  // Bridges and railways as a model or a hobby: "researching bridges for my model railway".
  '(?:model|toy|lego|hornby|n gauge|oo gauge) (?:railways?|trains?|bridges?|layouts?|kits?)|(?:bridges?|railways?|trains?|viaducts?) (?:\\w+ ){0,2}?for (?:my|the|a|his|her) (?:model|toy|lego|hornby) \\w+|(?:forth|tower|severn|humber|clifton suspension) bridge (?:kit|model|set|jigsaw|puzzle)',
  // A daily regimen, not an overdose: "I take a handful of tablets every morning", "all my tablets at breakfast".
  '(?:take|taking|takes|have|has) (?:a handful of|all (?:of )?(?:my|her|his)|all the|loads of|lots of) (?:\\w+ )?(?:tablets|pills|meds|medication|medicines)(?= (?:every|each|at|with|in the|after|before) (?:morning|day|night|evening|breakfast|lunch|tea|dinner|supper|bedtime|meals?))',
  // A meal walked off together ("after Sunday lunch we all walk it off"), and Ana the person back from somewhere.
  '(?:we|we all|everyone|the family|us all|all of us) (?:\\w+ )?walk(?:ed|ing)? (?:it|lunch|dinner|christmas dinner|the pudding) off',
  'anas? (?:is )?back (?:again )?from (?:her |the |a )?(?:holiday|holidays|hospital|work|uni|university|school|spain|trip|travels|honeymoon|\\w+ trip)',
  // Written after reading set 6's false alarms (set 6 is tuned from round 4). Each names the harmless
  // context of the shared words, not the one sentence that showed it.
  // Sofa surfing told as a memory of student days or youth.
  '(?:sofa|couch) surf\\w* (?:\\w+ ){0,4}?(?:when i was (?:a student|at uni|at college|young|younger|a teenager|a lad|in my (?:teens|twenties))|in my (?:teens|twenties|student days)|years ago|as a student)',
  // A rope that is a garden toy.
  '(?:rope|tyre|tire) swing',
  // Goodbyes said because the speaker is retiring, leaving a job or moving away.
  'saying (?:my )?goodbyes?(?: to (?:everyone|everybody|people|colleagues|friends|the team|the \\w+)(?: (?:at|from|in) (?:work|the office|school|church|the club|the \\w+))?)?(?=.*\\b(?:retir\\w*|leaving do|leaving party|new job|last day (?:at|of) work|emigrat\\w*|moving (?:house|abroad|away|to (?:spain|australia|canada|scotland|wales|the coast)))\\b)',
  // Cutting in the garden or kitchen, and a blunt razor: the object names what is cut.
  '(?:cut|cuts|cutting) (?:back |down )?(?:the |my |our |some )?(?:hedge|hedges|hawthorn|grass|lawn|roses|brambles|bushes|trees?|branches|wood|logs|veg|vegetables|onions|hair|fringe|coupons)',
  'razors? (?:is |s |was |has gone |gone )?blunt|(?:new|spare|fresh|replacement) (?:razor )?blades (?:for|before) (?:the |my )?(?:interview|wedding|shave|work|razor|holiday)',
  // A threat at a machine: "I could strangle that printer".
  '(?:strangle|throttle|kill|murder|swing for|punch|thump|smash|lamp) (?:that|the|this|my) (?:printer|photocopier|scanner|computer|laptop|phone|telly|tv|remote|kettle|washing machine|car|boiler|router|wifi|sat nav|alarm clock|toaster|hoover)',
  // Written after reading set 8's false alarms in harm from others and no safe place (branch s16e; set 8 is
  // tuned from round 6). Each names the harmless context of the shared words, not the one sentence.
  // Awareness work about a risk: "a county lines awareness session", "a session at the youth club about grooming".
  '(?:county lines|grooming|knife crime|domestic abuse|online safety|exploitation|cuckooing|scams?|elder abuse) (?:awareness|prevention|safety|training|information) (?:session|talk|workshop|course|day|week|event|training|assembly|campaign|evening|leaflet)s?',
  '(?:session|talk|workshop|course|assembly|training|lesson|evening|campaign|leaflet|poster|presentation)s? (?:\\w+ ){0,5}?(?:about|on) (?:\\w+ ){0,2}?(?:county lines|grooming|knife crime|online safety|child exploitation|exploitation|cuckooing|scams|elder abuse)(?: and (?:\\w+ ){0,2}?(?:pictures|photos|images|sexting|nudes|sharing \\w+))?',
  // A surprise kept: "we're planning a surprise for Grandma, it's our little secret until Sunday".
  '(?:surprise|present|party|gift|proposal)(?: \\w+| ,){0,8} (?:its |it is |thats |this is )?our (?:little |own )?secret|(?:our|a|its) (?:little |own |special )?secret(?= (?:\\w+ |, ){0,8}?(?:surprise|present|party|birthday|anniversary|christmas|proposal|saving up))',
  // A story about an abusive or controlling partner: a book, film or play, not the speaker's life.
  '(?:book|novel|thriller|film|movie|drama|play|series|story|documentary|programme|podcast|episode|memoir) (?:\\w+ ){0,3}?about (?:a |an |the )?(?:\\w+ ){0,6}?(?:abusive|controlling|violent|coercive) (?:marriage|husband|wife|partner|relationship|boyfriend|girlfriend|father|mother)',
  // Killing in a game: "in the game you can unalive the boss".
  // The boss or the squad only with the game named first, so "I'll kill the boss" at work still flags.
  '(?:unaliv\\w*|kill\\w*) (?:the |all the |a |some )?(?:zombies?|monsters?|aliens?|enemies|npcs?|goblins?|dragons?|orcs?|bad guys)\\b',
  '(?:in|on) (?:the |a |this |that |my |his |her )?(?:video game|game|fortnite|minecraft|roblox|call of duty|gta|playstation|xbox|switch)(?: \\w+| ,){0,6}? (?:unaliv\\w*|kill\\w*|take out|shoot) (?:the |all the )?(?:whole )?(?:boss|bosses|squad|characters?|other players?|everyone)\\b',
  // Homelessness long over, with a home of one's own for years: "homeless for six months in 2009, … my own flat for years".
  '(?:slept rough|sleeping rough|was homeless|were homeless|been homeless|be homeless|lived on the streets|used to sleep rough)(?= (?:\\w+ |, ){0,14}?(?:but|and|now) (?:ive|i have|weve|we have|i) (?:had|got|have) (?:my|our|a) (?:own )?(?:\\w+ ){0,3}?(?:flat|house|home|place|tenancy|bungalow) (?:for|now|since))',
  '(?:was|were|been) homeless (?:for (?:about |around |nearly |almost |over )?(?:a|an|\\w+) (?:\\w+ )?(?:year|years|months|weeks|while) )?(?:back )?in (?:19|20)\\d\\d',
  // A locksmith's work: people who have locked themselves out.
  '(?:people|customers|folk|tenants|drivers) (?:who )?(?:are |have |ve |get |got |who get |who have )?locked (?:themselves )?out|locked themselves out',
  // Put out of the pub at closing time, passively said: "we got turfed out of the pub".
  '(?:got|get|getting|were|was|been) (?:kicked|thrown|chucked|turfed|booted) out (?:of )?(?:the |our |my |their )?(?:pub|club|bar|nightclub|party|match|ground|cinema|gym|library|class|meeting|shop|cafe)',
  // Held-out set 9's false alarms, by concept (branch s16f, round 6). Each names the harmless part, not the risk word alone.
  // Deprived of something that is not food: "starving myself of sleep with this box set".
  'starv\\w* (?:myself|my self|himself|herself) of (?:sleep|rest|fun|company|sunlight|daylight|time|tv|telly|screen time)',
  // A risk that ended long ago, dated as such in the same breath: "used to self harm as a teenager, that's twenty
  // years ago"; "had a drink problem years back, 15 years sober now"; a parent's suicide in a named past year.
  'used to (?:self harm|cut myself|hurt myself) as a (?:teenager|teen|kid|young \\w+) (?:, )?(?:thats|that was|which was|its) (?:\\w+ )?(?:years|decades) ago',
  '(?:had|have had) a (?:drink|drinking|drug|gambling) problem (?:years (?:back|ago)|in my (?:teens|twenties|thirties)|a long time ago)(?: ,)? (?:\\d+|ten|twelve|fifteen|twenty|thirty) years (?:sober|clean|dry)',
  'took (?:his|her|their) own life in (?:19\\d\\d|200\\d|201\\d)',
  // A storyline on TV, not the person's life: "that storyline with the controlling husband", "the soap where the lad gets groomed".
  '(?:storyline|soap|drama|documentary|episode|box set|series|film) (?:with|where|about) (?:the |a |an )?(?:\\w+ ){0,3}?(?:controlling|abusive|coercive|violent) (?:husband|wife|partner|boyfriend|girlfriend)',
  '(?:storyline|soap|drama|documentary|episode|box set|series|film) (?:with|where|about) (?:the |a |an )?(?:\\w+ ){0,3}?gets groomed(?: online)?',
  // Asking about suicide is the job of the professional saying so: "half my day is asking people about suicide".
  'asking (?:people|patients|clients|callers|service users) about (?:suicide|self harm|suicidal thoughts)',
];

/** Compiled once; the check runs on every message. */
const BENIGN_MASK = new RegExp(`\\b(?:${BENIGN_IDIOMS.join('|')})\\b`, 'g');

/**
 * Counting the emergencies of one's own job: "I'm a paramedic; last night we had two overdoses".
 * Only plurals, and only after the speaker names the job — "I'm a nurse and I took an overdose"
 * still flags. Apart from BENIGN_MASK because it depends on what came before (a lookbehind there
 * would be tried at every position of every message).
 */
const OWN_JOB =
  /\b(?:im|i am|i work as|i worked as|ive worked as) (?:an? )?(?:\w+ )?(?:nurse|paramedic|doctor|gp|police officer|copper|firefighter|pharmacist|care worker|support worker|social worker|ambulance \w+|a and e \w+|healthcare assistant|hca|medic)\b/;
const JOB_EMERGENCIES =
  /\b(?:see|sees|saw|seen|had|get|got|attend\w*|treat\w*|deal\w* with|dealt with|done my share of|seen my share of|called out to|go to|went to)(?: (?:a lot of|lots of|plenty of|two|three|four|five|several|a few|some|\d+|\w+ and|\w+ ,)){0,4} (?:overdoses|stabbings|suicides|suicide attempts|self harm)(?: (?:and|,) (?:self harm|overdoses|suicides|suicide attempts|stabbings))?\b/g;

export function maskBenignIdioms(normalised: string): string {
  const masked = normalised.replace(BENIGN_MASK, ' ~ ');
  const job = OWN_JOB.exec(masked);
  if (!job) return masked;
  const after = job.index + job[0].length;
  return masked.slice(0, after) + masked.slice(after).replace(JOB_EMERGENCIES, ' ~ ');
}
