/**
 * Word groups shared by the baseline rules, written against normaliseForRisk() output (no
 * apostrophes: "im", "dont", "hed"). Rules refer to them as {NAME}; expandTemplate() swaps them in
 * once, when the rules are compiled.
 */
const GROUPS: Record<string, string> = {
  /** Reflexives: first person for disclosures, third person for reported speech. */
  REFL: '(?:myself|my self|me self|himself|herself|themselves|themself|yourself)',
  SELF: '(?:myself|my self|me self)',
  /** Someone in a close relationship: domestic abuse in UK law covers partners and ex-partners. */
  PARTNER: '(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|ex husband|ex wife|ex partner|other half|spouse|fella)',
  /** Adult family members (domestic abuse also covers family over 16). Parents are in CHILD_ABUSER. */
  FAMILY: '(?:son|daughter|nephew|niece|brother|sister|grandson|granddaughter|stepson|stepdaughter|in law|cousin)',
  /** People who look after an adult at risk, or may exploit them. */
  CARER:
    '(?:carer|carers|care worker|care workers|home care|staff|nurse|nurses|son|daughter|nephew|niece|grandson|granddaughter|neighbour|neighbours|lodger|someone|somebody|a man|a woman|people|friend|friends|lady|man|woman|stranger|relative|relatives|family|boyfriend|girlfriend|nobody|no one)',
  CHILD:
    '(?:kids?|children|child|baby|babies|toddler|little ones?|little boy|little girl|boy|girl|son|sons|daughter|daughters|stepson|stepdaughter|grandson|granddaughter|grandkids?|grandchild|grandchildren|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old|infant|newborn)',
  /** Adults in a parental role who may harm a child. */
  CHILD_ABUSER:
    '(?:dad|daddy|da|father|stepdad|step dad|stepfather|step father|mum|mam|mom|mummy|mammy|mother|stepmum|mums boyfriend|mums partner|uncle|grandad|teacher|coach)',
  /** Parts of the body a person may injure (self-harm) or show injuries on. */
  BODY: '(?:(?:fore|upper )?arms?|wrists?|legs?|thighs?|skin|stomach|belly|tummy|hips?|ankles?|hands?|fingers?|chest|shoulders?|body|knuckles|calves|feet)',
  /** Weapons and things used as weapons ("take the poker to her"). */
  WEAPON:
    '(?:knife|knives|blade|gun|shotgun|rifle|air rifle|crossbow|machete|weapon|baseball bat|bat|hammer|claw hammer|axe|hatchet|poker|crowbar|golf club|cricket bat|iron bar|acid)',
  /** Adult men (and women) as a child's family would describe them. */
  ADULT: '(?:man|men|bloke|blokes|guy|guys|lad|lads|fella|fellas|fellow|geezer|geezers|chap|chaps|woman|women|adults?)',
  PERSON_OBJ:
    '(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|a (?:soul|person|man|woman|child|kid)|my \\w+|the \\w+|his \\w+|her \\w+|their \\w+|that \\w+|this \\w+|\\w+s \\w+)',
  FIRST_OR_THIRD: '(?:me|her|him|us)',
  VIOLENCE:
    '(?:threat\\w* to (?:kill|hurt|stab|beat|batter|burn|shoot|take)|(?:said|says) (?:he|she)(?:d|ll) (?:kill|hurt|stab|batter)|la(?:y|id|ys|ying) a (?:finger|hand) on|hits?|hitting|beats?|beating|beaten|punch\\w*|kick\\w*|slap\\w*|push\\w*|shov\\w*|chok\\w*|strangl\\w*|throttl\\w*|rape\\w*|raping|abus\\w*|assault\\w*|hurts?|hurting|attack\\w*|threaten\\w*|batter\\w*|bull(?:y|ies|ied|ying)|drag\\w*|spit\\w*|spat|lock\\w*|trap\\w*|stalk\\w*|isolat\\w*|smack\\w*|bit|bites|biting|burn\\w*|strangled|throws? \\w+ at|threw \\w+ at)',
  /** Medicines and other overdose means. */
  MEDS: '(?:paracetamol|tablets|pills|meds|medication|medicine|painkillers|co codamol|cocodamol|codeine|aspirin|ibuprofen|sleeping pills|sleeping tablets|insulin|tramadol|diazepam|amitriptyline|sertraline|citalopram|fluoxetine|mirtazapine|zopiclone|morphine|oxycodone|antidepressants|prescriptions?)',
  /** Illicit drugs and slang that in themselves signal use. */
  DRUGS:
    '(?:heroin|crack|cocaine|coke|spice|mamba|ketamine|ket|meth|crystal meth|speed|mdma|ecstasy|smack|gear|opiates|opioids|fentanyl|benzos|street valium|xanax|methadone|subutex|ghb|monkey dust|nitrous|drugs|something)',
  SPIRITS: '(?:vodka|whisky|whiskey|gin|rum|wine|cider|spirits|brandy|sherry|beer|lager|booze|alcohol|voddie|white lightning|frosty jacks?)',
  /** A quantity large enough to be a means, not a dose; checked further by isRiskyQuantity(). */
  NUM: '(?:\\d+|the lot of|the lot|the rest of|every one of|all the|all|all of|all my|the whole|a whole|whole|a box of|a packet of|a pack of|a bottle of|boxes of|packets of|a strip of|strips of|lots of|loads of|a load of|a handful of|handfuls of|enough|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|dozens of|a dozen)',
  NEG: '(?:not|never|no|dont|didnt|doesnt|havent|hasnt|wont|wouldnt|cant|couldnt|isnt|wasnt|arent|aint|shouldnt|nobody|no one|nothing|neither|nor)',
  STOP_NOW: '(?:anymore|any more|any longer|now)',
  /**
   * A speaker who gives their age as under 16 ("im 14"): domestic abuse in UK law is between people
   * aged 16 or over, so the same words from a child are child safeguarding (rules/child-safeguarding.ts).
   */
  SPEAKER_UNDER_SIXTEEN:
    '(?:im|i am) (?:only |just )?(?:[4-9]|1[0-5]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\\b(?! (?:stone|st|foot|ft|kg|minutes|mins|hours|weeks|months|pounds|quid|percent|miles))',
};

export function expandTemplate(pattern: string): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const group = GROUPS[name];
    if (group === undefined) throw new Error(`Safeguarding rule uses unknown word group ${whole}`);
    return group;
  });
}

const QUANTITY_WORDS =
  /^(?:the lot of|the lot|the rest of|every one of|all the|all|all of|all my|the whole|a whole|whole|a box of|a packet of|a pack of|a bottle of|boxes of|packets of|a strip of|strips of|lots of|loads of|a load of|a handful of|handfuls of|enough|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|dozens of|a dozen)$/;

/**
 * "take 2 paracetamol" is a dose; "take 30 paracetamol" is a means. Ten or more tablets at once is
 * past any normal dose (paracetamol's daily maximum is eight 500 mg tablets).
 */
export function isRiskyQuantity(quantity: string): boolean {
  if (/^\d+$/.test(quantity)) return Number(quantity) >= 10;
  return QUANTITY_WORDS.test(quantity) || quantity === 'ten' || quantity === 'twelve';
}
