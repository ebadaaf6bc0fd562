/**
 * The person's age as the assessment knows it. The script does not ask an exact age; the
 * optional "About you" question records an age group (NHS-style bands), and a service's
 * minimum_age / maximum_age are judged against that group: a group wholly outside the limits
 * excludes the service, a group that straddles a limit keeps it with a "Check:" for the link
 * worker. Without a group the age is unknown and every age-limited service says so.
 */
export interface AgeBand {
  min: number;
  max: number;
  /** "25 to 34", as the person chose it. */
  label: string;
}

const BANDS: Record<string, AgeBand> = {
  under_18: { min: 0, max: 17, label: 'under 18' },
  age_18_24: { min: 18, max: 24, label: '18 to 24' },
  age_25_34: { min: 25, max: 34, label: '25 to 34' },
  age_35_44: { min: 35, max: 44, label: '35 to 44' },
  age_45_54: { min: 45, max: 54, label: '45 to 54' },
  age_55_64: { min: 55, max: 64, label: '55 to 64' },
  age_65_74: { min: 65, max: 74, label: '65 to 74' },
  age_75_84: { min: 75, max: 84, label: '75 to 84' },
  age_85_plus: { min: 85, max: 120, label: '85 or over' },
};

/** The band for an answer value ("age_25_34"); null for "not stated", skipped or unknown values. */
export function ageBandOf(value: string | null | undefined): AgeBand | null {
  return (value && BANDS[value]) || null;
}

/** The answer value for an age in years (the evaluation's people, tests). */
export function ageBandValueFor(age: number): string {
  const hit = Object.entries(BANDS).find(([, b]) => age >= b.min && age <= b.max);
  return hit ? hit[0] : 'age_85_plus';
}
