import { BARRIERS, type Barrier } from '../dialogs/vocabulary';
import type { ResourceSuggestion } from './directory/query';
import type { Reach } from './reach';

/**
 * Barriers turned into something to do. The Health Belief Model "what might get in the way?"
 * answer is free text, so common themes are recognised by their everyday words and each gets a
 * concrete step; the needs checklist barriers get a sentence naming how the chosen services
 * respect them (e.g. "Free services chosen: …"), so the link worker can check the claim.
 */

export interface BarrierStep {
  theme: string;
  step: string;
}

export const NERVES_THEME = 'Nerves about going';

const HBM_THEMES: ReadonlyArray<readonly [RegExp, BarrierStep]> = [
  [
    /\b(bus|fares?|travel\w*|transport|lifts?|driv\w*|car|taxi|journey|get there)\b/i,
    { theme: 'Getting there', step: 'Plan the journey before the first visit: check the bus route, a bus pass or community transport.' },
  ],
  [
    /\b(knees?|hips?|back|pain\w*|stairs|legs?|mobility|walking far|breath\w*)\b/i,
    { theme: 'Physical comfort', step: 'Check step-free access and seating with the venue first, and start with a short session.' },
  ],
  [
    /\b(money|cost\w*|afford\w*|price|expensive|fares?|skint|broke)\b/i,
    { theme: 'Cost', step: 'Start with free options and ask about concessions before paying for anything.' },
  ],
  [
    /\b(nervous|anxi\w*|scared|shy|worried|confiden\w*|don'?t know anyone|on my own|alone)\b/i,
    { theme: NERVES_THEME, step: 'Arrange for the link worker or a named volunteer to go along the first time.' },
  ],
  [/\b(time|busy|work\w*|shifts?)\b/i, { theme: 'Time', step: 'Pick one session time that fits the week and put it in the diary.' }],
  [
    /\b(carer|caring|look(ing)? after|grandchild\w*|childcare)\b/i,
    { theme: 'Caring duties', step: 'Choose sessions that fit around caring, and ask about carers’ support or a sitting service.' },
  ],
  [
    /\b(forget\w*|remember\w*|motivat\w*|bothered|energy|tired|lazy)\b/i,
    { theme: 'Remembering and energy', step: 'Set a phone or calendar reminder, and agree a check-in call from the link worker after the first step.' },
  ],
  [/\b(weather|rain\w*|cold|dark\w*|winter)\b/i, { theme: 'Weather and dark evenings', step: 'Keep an indoor or daytime option as a back-up.' }],
  [/\b(internet|online|computer|wi-?fi|smartphone)\b/i, { theme: 'Getting online', step: 'Use phone or in-person options, so no internet is needed.' }],
  [/\b(mood|low|down|depress\w*|fed up)\b/i, { theme: 'Low mood', step: 'Start small, and have a check-in call with the link worker after the first step.' }],
];

/** Concrete steps for the person's own "what might get in the way", one per recognised theme. */
/** "Nothing really", "none", "no" — the person named no barrier. */
export const NOTHING_IN_THE_WAY = /^\s*(nothing|none|no|nope|not really|n\/a|can'?t think of any(thing)?)\b/i;

export function stepsForHbmBarriers(text: string | null): BarrierStep[] {
  if (!text || NOTHING_IN_THE_WAY.test(text)) return [];
  const out: BarrierStep[] = [];
  for (const [pattern, step] of HBM_THEMES) if (pattern.test(text) && !out.some((s) => s.step === step.step)) out.push(step);
  return out;
}

export const FALLBACK_HBM_STEP = 'Talk through what has helped before and agree one way round it at the next contact.';

const names = (list: readonly ResourceSuggestion[]) => list.map((s) => s.service.name).join(', ');

const noTravel = (list: readonly ResourceSuggestion[]) => list.filter((s) => s.mode !== 'in_person');
const listed = (label: string, list: readonly ResourceSuggestion[]) => (list.length ? ` ${label}: ${names(list)}.` : '');

/**
 * How a checklist barrier is respected, in words the link worker can check against the plan:
 * the rule the search applied (from reach) and the services that meet it.
 */
export function howBarrierIsAddressed(
  barrier: Barrier,
  chosen: readonly ResourceSuggestion[],
  supported: boolean,
  reach?: Reach,
  paidIncluded = false,
): string {
  const respecting = chosen.filter((s) => s.respectsBarriers.includes(barrier));
  const radius = reach && !reach.remoteOnly ? `In person only within ${reach.radiusKm} km of home.` : 'Nothing in person: only services that need no travel.';
  switch (barrier) {
    case 'cost':
      if (paidIncluded)
        return `The link worker included paid and low-cost services: agree what the person can afford before suggesting one.${listed(
          'Free',
          chosen.filter((s) => s.service.cost === 'free'),
        )}${listed(
          'May cost something',
          chosen.filter((s) => s.service.cost !== 'free'),
        )}`;
      return `Only free services, and ones that state no cost, were suggested (paid, low-cost and donation ones left out).${listed(
        'Free',
        chosen.filter((s) => s.service.cost === 'free'),
      )}${listed(
        'Cost not stated — check before going',
        chosen.filter((s) => s.service.cost !== 'free'),
      )}`;
    case 'transport':
      if (reach?.drives && !reach.remoteOnly)
        return `The person drives, so the transport barrier did not narrow the search: in person within ${reach.radiusKm} km of home.${listed('No travel needed', noTravel(chosen))} Check parking and the journey before a first visit.`;
      return `${radius}${listed('No travel needed', noTravel(chosen))} Plan the journey together before a first visit; check community transport and bus passes.`;
    case 'mobility':
      return `${radius} Home visits, phone and online options first.${listed('No travel needed', noTravel(chosen))}${listed(
        'Step-free',
        chosen.filter((s) => s.mode === 'in_person' && s.service.accessibility.wheelchair),
      )} Check access with any venue first.`;
    case 'hearing_sight':
      return `${reach?.phoneUse === 'none' ? 'No phone services. ' : reach?.phoneUse ? 'No phone-only services unless they also work by text. ' : ''}${respecting.length ? `Suits hearing or sight: ${names(respecting)}. ` : ''}Ask for information in the person’s preferred format and about hearing loops.`;
    case 'anxiety_new_places': {
      const meet = chosen.filter((s) => s.service.supportedFirstVisit);
      const first = supported
        ? 'The link worker goes along to the first in-person session (supported first attendance).'
        : 'Offer to go along to the first session.';
      return `${first}${listed('Someone meets newcomers at', meet)}${listed('Can start from home', noTravel(chosen))}`;
    }
    case 'language':
      return respecting.length ? `Offered in the person’s language: ${names(respecting)}.` : 'Ask each service about an interpreter before the first visit.';
    case 'digital':
      return `No online-only services were suggested, so no internet is needed.${listed('By phone, at home or in person', chosen)}`;
    case 'caring_duties':
      return `${reach?.remoteOnly ? 'Nothing in person' : `In person only within ${reach?.radiusKm ?? 3} km`}; home visits, phone and online first so nobody has to leave the person they care for.${listed('Fits around caring', noTravel(chosen))} Ask about carers’ support or a sitting service.`;
  }
}

export const barrierLabel = (b: Barrier): string => BARRIERS[b];
