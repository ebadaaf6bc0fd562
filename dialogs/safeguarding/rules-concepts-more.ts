import type { RuleSpec } from './types';

/**
 * More concept rules (issue 16, second tuning round on corpus-tuning-5): the same concepts as
 * rules-concepts-self/-others, in other everyday wordings. `withSentence` lets a rule ask for two
 * signs together (a child's age beside an adult's; hoarding beside a medicine) instead of a phrase.
 */
const CHILD_AGE =
  '\\b(?:(?:[4-9]|1[0-5]) ?(?:year old|yr old|yo)|(?:shes|hes|is|aged) (?:only )?(?:1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)|(?:eleven|twelve|thirteen|fourteen|fifteen) year old)\\b';

export const MORE_SELF_RULES: RuleSpec[] = [
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
    id: 'self_harm.more',
    category: 'self_harm',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:take|took|taking|takes) (?:a|the|my) (?:razor|blade|knife|scissors|lighter|compass) to (?:my|his|her) (?:\\w+ )?(?:thighs?|arms?|wrists?|legs?|skin|stomach|body)|(?:until|till|til|so) (?:i|it|they) (?:draw|draws|drew) blood|draw\\w* blood|(?:cut|cutting|cuts) again|(?:relaps\\w*)(?: ,)? (?:\\w+ )?(?:cut|cutting|sh)\\b|(?:arms|legs|wrists|thighs|body) (?:are |is )?(?:covered in|full of) (?:cuts|scars|burns|marks)|urges? to (?:cut|self harm|hurt (?:myself|herself|himself)|burn myself)|(?:dont|no longer|stopped|never) cut(?:ting)?(?: myself)?(?: any ?more)?(?: but)',
  },
];

export const MORE_OTHERS_RULES: RuleSpec[] = [
  {
    id: 'harm_to_others.more',
    category: 'harm_to_others',
    kind: 'explicit',
    pattern:
      '(?:feel|felt|feeling) like (?:stabbing|killing|hitting|hurting|punching|strangling|battering|murdering|smashing) (?:someone|somebody|him|her|them|people|(?!myself|himself|herself|me\\b)\\w+)|(?:ill|im going to|im gonna|going to|gonna|i will|i want to) (?:\\w+ ){0,2}?(?:knock|spark) (?:him|her|them) out|(?:put|stick) a (?:knife|blade) in (?:him|her|them)|(?:when|if|once) i get my hands on (?:him|her|them)|(?:run|running|ran) (?:him|her|them) over|sort (?:him|her|them) out (?:properly|good|once and for all|for good)|(?:stab|batter|bash|shank|deck|do) (?:him|her|them) (?:up|in)',
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
    id: 'adult_at_risk.more',
    category: 'adult_at_risk',
    kind: 'explicit',
    negativeIsMeaning: true,
    pattern:
      '(?:borrow\\w*|tak\\w*|took|had|gets?|getting) (?:\\w+ ){0,2}?money (?:off|from) (?:nan|mum|dad|gran|grandad|grandma|her|him|my (?:mum|dad|nan|gran|grandad))(?: (?:\\w+|,)){0,8} (?:never|not|doesnt|dont) (?:pay|pays|paid|give|gives|gave) (?:it |her |him )?back|(?:put|putting|added|add\\w*) (?:her|him|them|\\w+) on the (?:deeds|account|bank account)|living off (?:mums|dads|nans|grans|his|her|my (?:mums|dads|nans)) (?:pension|money|benefits|savings)|(?:carers?|agency|care workers?) (?:\\w+ ){0,2}?(?:dont|doesnt|didnt|never|havent) (?:turn up|come|show up|turned up|came)|(?:left|been left) without (?:food|water|heating|meds|medication|care|help)(?: for)?|not (?:been )?out of bed for (?:days|weeks)|no food in(?: the (?:house|flat|fridge|cupboards?))?(?! for (?:the|my) (?:kids|children))|(?:bags|rubbish|junk|bin bags|boxes) piled up|(?:wont|will not|refuses? to|doesnt) (?:open|answer) the door',
    unlessSentence: '\\b(?:kids|children|child|baby|toddler|little (?:boy|girl|lad|ones?)|party|parcel|delivery)\\b',
  },
  {
    id: 'child_safeguarding.age_gap',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:boyfriend|girlfriend|man|men|bloke|blokes|guy|guys|lads?|woman|women) (?:\\w+ ){0,3}?(?:whos|who is|who are|aged|in (?:his|their|her) )?(?:1[89]|[2-9]\\d|twenties|thirties|forties|fifties|20s|30s|40s)\\b',
    withSentence: CHILD_AGE,
  },
  {
    id: 'child_safeguarding.more',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:stays?|staying|stayed) out all night|(?:comes?|came|coming) (?:back|home) with (?:new )?(?:phones?|money|cash|clothes|gifts|trainers|jewellery)|(?:made|makes|told|tells|making) (?:my|her|his|the|our) (?:\\w+ )?(?:daughter|son|child|kids|niece|nephew|granddaughter|grandson|girl|boy) (?:promise )?not to tell|(?:dont|not to) tell (?:your|her|his) (?:mum|mam|mother|dad|parents)|(?:made|forced|used|being made|being used) to (?:sell|carry|deliver|hold|move|run) (?:drugs|packages|parcels|stuff|weed|gear)|(?:flinch\\w*|terrified|scared|frightened) (?:\\w+ ){0,3}?when (?:his|her|their) (?:dad|stepdad|mum|mums boyfriend|father) (?:comes|gets) (?:in|home)',
  },
  {
    id: 'eating_disorder.more',
    category: 'eating_disorder',
    kind: 'explicit',
    pattern:
      '(?:make|made|making|makes) (?:myself|herself|himself) (?:throw up|vomit)|only (?:eat|eating|have|having) (?:\\w+ ){0,3}?(?:meal|snack|thing) (?:every other day|every few days|every two days)|(?:to|so i can|so i|so she can|so she) (?:stay|get|look|be|keep|stay) (?:thin|thinner|skinny|skinnier)|skip\\w* (?:every|all|any|most) (?:meal|meals)(?: i can)?|burn (?:it|them|that|everything|the calories) off|exercis\\w* (?:\\w+ ){0,3}?after (?:every |each )?(?:meal|i eat)|exercis\\w* obsessively|obsessive\\w* exercis\\w*|scared of (?:getting|being|looking) fat',
  },
  {
    id: 'substance_crisis.more',
    category: 'substance_crisis',
    kind: 'explicit',
    pattern:
      '(?:not knowing|cant remember|dont remember|no idea) (?:where (?:ive|i have|id|i had) been|how i got (?:home|there))|(?:nearly|almost) died (?:\\w+ ){0,6}?(?:took|taken|had|drank|used) too much|(?:took|taken) too much (?:gear|heroin|coke|spice|ket|of it)|(?:owe|owes|owed) (?:the |my |a )?dealers?|dealers (?:have been|came|come) round|(?:drink|drinks|drinking) (?:\\w+ )?from the moment (?:i|he|she|they) (?:wake|wakes|get up|gets up)',
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
];
