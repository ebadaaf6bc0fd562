/**
 * Services for one specific need — alcohol or drugs, or one health condition — are offered only
 * when the person's own words name it. The script's need areas are broad ("mental wellbeing",
 * "physical health"), so without this an online alcohol programme "fits" someone who never
 * mentioned drinking, and a diabetes group "fits" anyone with a health need; a link worker would
 * offer neither. A service is specific when its NAME or a TAXONOMY TERM says so (its purpose); a
 * description that merely mentions a condition ("including people with diabetes") does not count.
 */
interface Topic {
  id: string;
  /** In a service's name or taxonomy terms: the service is for this need. */
  service: RegExp;
  /** In the person's words (goals, what matters, notes): the need is named. */
  person: RegExp;
}

const TOPICS: readonly Topic[] = [
  {
    id: 'alcohol_drugs',
    service: /\balcohol\b|\bdrugs?\b|\bdrink ?less\b|substance|addiction|\brecovery (caf[eé]|community|group|service)/,
    person: /alcohol|drink|\bdrunk|\bdrugs?\b|substance|addict|sober|\bpub\b|recovery|cannabis|heroin|cocaine|gambl/,
  },
  { id: 'diabetes', service: /diabet/, person: /diabet|blood sugar|insulin/ },
  { id: 'lungs', service: /\bcopd\b|\blungs?\b|breath(e|ing)\b|asthma/, person: /\bcopd\b|\blungs?\b|breath|asthma|emphysema|bronchit|inhaler/ },
  { id: 'heart', service: /\bheart\b|cardiac/, person: /\bheart\b|cardiac|angina/ },
  { id: 'stroke', service: /\bstroke\b/, person: /\bstroke\b/ },
  { id: 'dementia', service: /dementia|alzheimer|memory (caf[eé]|loss|clinic|group)/, person: /dementia|alzheimer|memory/ },
  { id: 'cancer', service: /cancer|macmillan/, person: /cancer|chemo|tumou?r|oncolog/ },
  { id: 'parkinsons', service: /parkinson/, person: /parkinson/ },
  { id: 'arthritis', service: /arthrit/, person: /arthrit|joints?\b/ },
];

/** The specific needs a service is for (ids), from its name and taxonomy terms; empty for general services. */
export function specificTopicsOf(name: string, terms: readonly string[]): string[] {
  const purpose = [name, ...terms].join(' \n ').toLowerCase();
  return TOPICS.filter((t) => t.service.test(purpose)).map((t) => t.id);
}

/** The specific needs the person's words name (ids). */
export function topicsNamedIn(words: string): string[] {
  const lower = words.toLowerCase();
  return TOPICS.filter((t) => t.person.test(lower)).map((t) => t.id);
}

/** A specific service is for this person when their words name at least one of its needs. */
export function topicAllows(serviceTopics: readonly string[] | undefined, named: readonly string[] | undefined): boolean {
  if (!serviceTopics || serviceTopics.length === 0) return true;
  return serviceTopics.some((t) => named?.includes(t));
}
