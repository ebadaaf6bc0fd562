import type { RuleSpec } from './types';

/**
 * National baseline: child safeguarding. A 2018 public test found mental-health chatbots missing a
 * child's abuse disclosure, so harm to, neglect of and grooming of children each have rules, and
 * a speaker who says they are under 18 is flagged alongside any risk they describe.
 */
export const CHILD_RULES: RuleSpec[] = [
  {
    id: 'child_safeguarding.harm_child',
    category: 'child_safeguarding',
    kind: 'explicit',
    // "I'll kill him if he touches my kids" is a threat to the man (harm_to_others), not harm to the
    // child. The check sits after the verb, not before the pattern, so it runs only where a verb matched.
    pattern:
      '(?:la(?:y|id|ys|ying) a (?:finger|hand) on|shook|hit\\w*|smack\\w*|slap\\w*|beat\\w*|punch\\w*|kick\\w*|hurt\\w*|shak\\w*|burn\\w*|bruis\\w*|batter\\w*|abus\\w*|touch\\w*|throw\\w*|threw|harm\\w*)(?<!\\bif (?:he|she|they|anyone|anybody|someone|somebody|you|u) (?:ever |so much as )?\\w+(?: a (?:finger|hand) on)?) (?:\\w+ ){0,2}?(?:my|the|his|her|their|our) {CHILD}\\b',
  },
  {
    id: 'child_safeguarding.child_harmed',
    category: 'child_safeguarding',
    kind: 'explicit',
    // "my daughter's partner hits her" is about an adult daughter: domestic abuse, not this rule.
    pattern: '{CHILD}(?!s? {PARTNER}\\b) (?:\\w+ ){0,8}?(?:hurts?|hits?|hitting|beats?|smacks?|touch\\w*|abus\\w*|kicks?|punch\\w*|burns?) (?:her|him|them)\\b',
  },
  {
    id: 'child_safeguarding.adult_abuser',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '{CHILD_ABUSER} (?:\\w+ ){0,2}?(?:touch\\w*|molest\\w*|abus\\w*|rap\\w*|interfer\\w* with|hurts?|hits?|beats?|smacks?) (?:me|her|him|them)\\b',
  },
  {
    id: 'child_safeguarding.injuries',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '{CHILD} (?:\\w+ ){0,3}?(?:has|had|got|gets|with|covered in) (?:\\w+ )?(?:bruises?|bruising|burns?|marks|injur\\w*|black eyes?|welts?|broken (?:arm|leg|wrist|bone|ribs?))',
  },
  {
    id: 'child_safeguarding.confined',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '(?:lock\\w*|shut\\w*) (?:the |my |our |her |his )?{CHILD} (?:in|out|up)',
  },
  {
    id: 'child_safeguarding.witness',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '{CHILD} (?:\\w+ ){0,2}?(?:see|saw|seen|sees|hear|heard|hears|witness\\w*) (?:\\w+ ){0,4}?(?:everything|it all|the fights?|the rows|him hit\\w*|her hit\\w*|the violence|the abuse|him kick\\w*)',
  },
  {
    id: 'child_safeguarding.left_alone',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:leave|left|leaves|leaving) (?:the |my |our |her |his |their )?{CHILD} (?:\\w+ ){0,2}?(?:alone|on (?:their|his|her) own|unattended|home alone|by themselves)|{CHILD} (?:\\w+ ){0,3}?left (?:\\w+ ){0,3}?(?:alone|on (?:their|his|her) own|home alone|unattended|by themselves)',
  },
  {
    id: 'child_safeguarding.night_visits',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '(?:{CHILD_ABUSER}|man|he|boyfriend) (?:\\w+ )?(?:comes|came|creeps|crept|gets|got|climbs) (?:in|into) (?:her|his|my|their) (?:room|bed)',
  },
  {
    id: 'child_safeguarding.neglect_signs',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern: '{CHILD} (?:\\w+ ){0,4}?(?:filthy|unwashed|neglected|unfed|not (?:being )?fed|underfed|malnourished|smell\\w*|covered in (?:lice|nits|sores))',
  },
  {
    id: 'child_safeguarding.young_carer',
    category: 'child_safeguarding',
    kind: 'explicit',
    pattern:
      '(?:\\d|1[0-3]|ten|eleven|twelve|thirteen) year old (?:\\w+ ){0,3}?(?:looks? after|look after|looking after|minds?|minding|babysit\\w*|in charge of) (?:the |his |her |my )?(?:little ones|baby|kids|children|siblings|brothers?|sisters?|younger)',
  },
  {
    id: 'child_safeguarding.hungry',
    category: 'child_safeguarding',
    kind: 'explicit',
    // "haven't eaten", "no food": the negative is the neglect itself.
    negativeIsMeaning: true,
    pattern:
      '{CHILD} (?:\\w+ ){0,3}?(?:go|goes|going|went) to (?:school|bed) (?:hungry|without (?:food|breakfast|dinner|tea|a meal))|{CHILD} (?:havent|hasnt|have not|has not|not) (?:eaten|had (?:a |any )?(?:proper )?(?:meal|food)) (?:\\w+ ){0,2}?(?:days|since)|no food for (?:the|my) {CHILD}',
  },
  {
    id: 'child_safeguarding.grooming',
    category: 'child_safeguarding',
    kind: 'explicit',
    // A boyfriend or girlfriend of about the same age is not an age gap.
    unlessSentence:
      '\\b(?:boyfriend|girlfriend|bf|gf)(?: is| s)? (?:1[2-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\\b|\\b(?:from (?:her|his) (?:year|class|school)|same age|same year)\\b',
    pattern:
      '(?:older|grown|adult) (?:man|men|woman|boy|guy|lad|bloke|lads)(?: \\w+){0,6} (?:my |our |her |his |a )?(?:\\d{1,2} year old|daughter|son|girl|boy|kids?|child|niece|nephew)|(?:im|i am|shes|hes|she is|he is|is) (?:only )?(?:1[0-7]|\\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b(?: ,)?(?: \\w+){0,8} (?:boyfriend|girlfriend|man|bloke|older|sex|staying at|living with|seeing|dating|run away|ran away|kicked|thrown|threw|hits?|hurts?|homeless|sleeping|drugs|(?:1[89]|[2-9]\\d) year old)',
  },
];
