import type { Barrier } from '../dialogs/vocabulary';
import { travelLimit } from './travel-limit';

/**
 * How far the person can get, from the barriers they named and their own words. The radius is
 * for going somewhere in person; phone, online and home visits need no travel and are offered
 * first when the person cannot travel or cannot leave someone. A person who cannot leave the
 * house (or the person they care for) gets nothing in person at all.
 */
/** cost: bus fares cost money too, so a cost barrier also keeps in-person suggestions nearer. */
export const RADIUS_KM = { default: 15, cost: 8, transport: 5, mobility: 3, caring_duties: 3 } as const;

const HOUSEBOUND =
  /\b(house-?bound|(can'?t|cannot|can not|unable to) (get|go) out|(can'?t|cannot|unable to) leave (the house|home|him|her|them)|(can'?t|cannot) be left|don'?t go out any ?more)\b/i;
const HEARING = /\b(deaf|hard of hearing|hearing (loss|aids?)|can'?t hear|bsl)\b/i;
const SIGHT = /\b(blind|sight|visual(ly)? impair\w*|partially sighted)\b/i;
// "Cannot follow English on the phone": a language barrier makes phone services no use too.
const NO_PHONE =
  /\b((can'?t|cannot|unable to|won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|do not|never) (manage|use|hear|ring|talk (to|on|over)) (a |the )?(tele)?phone( lines?)?|(can'?t|cannot|unable to|doesn'?t|does not) (follow|understand|cope with) (\w+ ){0,2}(on|over) the (tele)?phone|no (tele)?phone|not on the phone|not (talking|speaking) (to|on|over) (a |the )?(tele)?phone|phone calls are no good|no point phoning)\b/i;

/**
 * "No computer", "don't want to do it on a computer", "nothing online": online services are no use,
 * digital barrier or not. "On the phone but not on video" too: online groups and classes run by
 * video (round 6: a farmer who said so was offered an online watercolour class).
 */
const NO_ONLINE =
  /\b(no (computer|laptop|internet|wi-?fi)|(don'?t|doesn'?t) (have|own) (a |the )?(computer|laptop|internet)|nothing (online|on the (computer|internet))|not (online|on the (computer|internet))|(can'?t|cannot|unable to|don'?t|do not|doesn'?t|does not|won'?t|will not|never) (use|uses|manage|do (it|that|this|anything) on|want to do (it|that|this|anything) on) (a |the )?(computer|laptop|internet|zoom|online)|nothing (on|over) the (internet|computer)|(not|never) (doing|do) anything (online|on (a|the) (computer|internet))|(but )?not (on )?(a )?video( calls?)?|no video( calls?)?|(won'?t|will not|can'?t|cannot|doesn'?t|does not|don'?t|do not) (do |use |go on )?video( calls?)?)\b/i;

/**
 * Money named in the person's own words, with no cost barrier ticked: "no money of her own",
 * "nothing that costs money", "no paid courses", "pension credit only", "on Universal Credit",
 * "it has to be free", "nothing I have to pay for" (round 5b: a person who says it must be free has
 * said the price is a barrier, whichever boxes were ticked — a link worker would not offer a £79 CV service).
 * The plan then treats cost as a barrier (free services only, nearer in person), as a link worker
 * who heard it would.
 */
const MONEY_TIGHT =
  /\b(no money\b(?! (worries|problems|issues))|(can'?t|cannot|couldn'?t) afford|nothing that costs|(no|nothing) paid (courses?|classes|activities|services|groups|things)|costs? (any )?money|no spare (money|cash)|skint|hard up|money is tight|on a (tight|low) (budget|income)|no income|half pay|(on|only) (universal credit|pension credit|benefits|the state pension|jobseeker'?s)|(universal credit|pension credit|state pension|benefits) only|(it |they |that |everything )?(has|have|had|must|needs?|need|got) (to )?be free\b|nothing (i|we|she|he|they) (have|has|need|needs) to pay for|(only|just) (free|things that are free)\b|(can'?t|cannot) pay for (anything|things|classes|courses))/i;

/**
 * "Mum can take her somewhere local", "only things close to home", "within walking distance": the
 * person's words set a travel limit though no barrier was ticked — in person then as near as a
 * transport barrier allows.
 */
const LOCAL_ONLY =
  /\b((somewhere|something|things|anything|only|just) (local|nearby|close (to home|by))|close to home|(within|in) walking distance|on (my|her|his|the) doorstep)\b/i;

/**
 * "Walks slowly, up to about 1 km", "can walk about half a mile": the person's own walking limit
 * (round 5c). When walking is how they get anywhere (no bus, car, lift or taxi named), a venue
 * beyond it is out of reach whatever the barrier's default radius says. "Walks into Loughborough
 * town centre, about a mile" names the limit after the place (round 6), so the words between may
 * run to 45 characters.
 */
const WALK_LIMIT =
  /\bwalk(?:s|ing)?\b[^.;\n]{0,45}?\b(?:up to|about|around|no more than|at most|only|under)\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?|half a|a)\s*(km|kilomet(?:re|er)s?|miles?|metres|meters)\b/i;
const WALKS_ONLY = /\bwalk/i;
const OTHER_TRAVEL = /\b(bus(es)?|trains?|drives?|driving|lifts?|taxis?|cars?|buggy|scooter|dial-a-ride)\b/i;

/** The walking limit in km from the person's words, or undefined when none is named or they travel otherwise too. */
export function walkingLimitKm(ownWords: string): number | undefined {
  const m = WALK_LIMIT.exec(ownWords);
  if (!m || OTHER_TRAVEL.test(ownWords)) return undefined;
  const n = m[1]!.toLowerCase() === 'half a' ? 0.5 : m[1]!.toLowerCase() === 'a' ? 1 : Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const km = unit.startsWith('mile') ? n * 1.609 : unit.startsWith('met') ? n / 1000 : n;
  // Never below half a kilometre: the venue's pin and the person's home are both approximate.
  return Math.max(0.5, Math.round(km * 10) / 10);
}

/** A stated limit wider than this is still capped: community services are local. */
export const MAX_STATED_KM = 40;

/**
 * The person drives ("Drives; Horncastle market every week", "has a car"): a transport barrier
 * ticked because they live rurally is not a limit on how far they can get (round 6: a farmer who
 * drives to market was searched within 5 km, so his town's farmers' breakfast and the services he
 * named were left out). Not when the words say they do not or no longer drive, or limit it
 * ("drives short distances", "up to about 5 km", "petrol is dear") — those keep the barrier's radius.
 */
const DRIVES = /\b(drives|i drive|can drive|still drives|has (a|the|her own|his own) car|have (a|the|my own) car|got a car|own car)\b/i;
const NOT_DRIVING =
  /\b(doesn'?t|does not|don'?t|do not|can'?t|cannot|no longer|not|never|gave up|given up|stopped|told not to)\b[^.;\n]{0,20}\b(drive|drives|driving)\b|\bdrive(s)? (short|only|up to|no more than|at most|locally)|\bpetrol\b|\bnot after dark|\bin daylight|\bshort (trips|distances|journeys)|\bup to about\b[^.;\n]{0,20}\b(km|miles?|minutes)\b/i;

/**
 * "Will not take the bus over the Humber Bridge", "does not go over the bridge", "won't cross the
 * water": a venue across an estuary is out of reach, however near the map puts it (round 7, set
 * 9; places/estuaries.ts). Ferries are already never counted as near (islands.ts).
 */
const NO_CROSSING =
  /\b(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|do not|never|can'?t|cannot|not)\b[^.;\n]{0,25}?(?:\b(?:go(?:es|ing)?|take (?:the |a )?(?:bus|train|car)|travel|get)\b[^.;\n]{0,10}?\b(?:over|across)|\bcross(?:es|ing)?)\s+(?:the\s+)?(?:\w+\s+)?(?:bridge|estuary|water|river)\b/i;

/** NO_CROSSING, but not "does not mind going over the bridge". */
function noCrossingIn(ownWords: string): boolean {
  const m = NO_CROSSING.exec(ownWords);
  return m !== null && !/\b(mind|minds|bother|problem|worry|worried)\b/i.test(m[0]);
}

export function drivesFreely(ownWords: string): boolean {
  return DRIVES.test(ownWords) && !NOT_DRIVING.test(ownWords);
}

export interface Reach {
  radiusKm: number;
  /** Nothing in person. */
  remoteOnly: boolean;
  /** No-travel options first. */
  remoteFirst: boolean;
  /** Severe hearing loss: phone only with a text option; or the person cannot use a phone at all. */
  phoneUse?: 'text_only' | 'none';
  /** The person's words rule out online services (without a digital barrier ticked). */
  noOnline?: boolean;
  /** The person drives (drivesFreely): a transport barrier did not narrow the radius. */
  drives?: boolean;
  /** The person will not go over the bridge or the water (NO_CROSSING). */
  noCrossing?: boolean;
  /** The person's words say money is tight, though no cost barrier was ticked: treated as one. */
  costInWords?: boolean;
  /** Plain words for the plan's barriers section and the search note. */
  why: string[];
}

export function reachFor(barriers: readonly Barrier[], ownWords: string): Reach {
  const costInWords = !barriers.includes('cost') && MONEY_TIGHT.test(ownWords);
  const has = (b: Barrier) => barriers.includes(b) || (b === 'cost' && costInWords);
  const drives = drivesFreely(ownWords);
  const limits: Array<[Barrier, number]> = (['cost', 'transport', 'mobility', 'caring_duties'] as const)
    .filter((b) => has(b) && !(b === 'transport' && drives))
    .map((b) => [b, RADIUS_KM[b]]);
  const localInWords = LOCAL_ONLY.test(ownWords);
  // The person's own limit ("takes the bus, up to about 5 km"), whatever the means, is what a link
  // worker goes by; the barriers' radii are defaults for when they said none (travel-limit.ts).
  const own = travelLimit(ownWords);
  const walkKm = own?.km ?? walkingLimitKm(ownWords);
  const saidKm = own?.stated ?? walkKm;
  const radiusKm =
    walkKm !== undefined
      ? Math.min(walkKm, MAX_STATED_KM)
      : Math.min(RADIUS_KM.default, ...limits.map(([, km]) => km), localInWords ? RADIUS_KM.transport : Infinity);
  const housebound = HOUSEBOUND.test(ownWords);
  // "Hearing or sight" is one checkbox: phone stays unless the words point to hearing, or say sight only.
  const hearing = has('hearing_sight') && (HEARING.test(ownWords) || !SIGHT.test(ownWords));
  // "Phone calls are no good, but she texts her grandson": no calls, yet a service that texts works.
  const texts = /\btext(s|ing|ed)?\b/i.test(ownWords);
  const noPhoneAtAll = NO_PHONE.test(ownWords) && !texts;
  const phoneUseIfNoCalls = NO_PHONE.test(ownWords) && texts ? 'text_only' : undefined;
  const phoneUse = noPhoneAtAll ? 'none' : hearing || phoneUseIfNoCalls ? 'text_only' : undefined;
  const why: string[] = [];
  if (housebound) why.push('cannot leave the house or the person they look after, so nothing in person');
  else if (limits.length || localInWords || walkKm !== undefined)
    why.push(
      walkKm !== undefined
        ? // The person's own limit replaces the barriers' defaults, so it is the only reason given.
          `in person only within ${radiusKm} km (the person ${WALKS_ONLY.test(ownWords) && !OTHER_TRAVEL.test(ownWords) ? 'walks' : 'travels'} about ${saidKm} km at most)`
        : `in person only within ${radiusKm} km (${[...limits.map(([b]) => b.replace('_', ' ')), ...(localInWords ? ['the person asked for somewhere local'] : [])].join(', ')})`,
    );
  if (costInWords) why.push('free services only (the person said money is tight)');
  if (phoneUse === 'none') why.push('no phone services (the person cannot use a phone)');
  else if (phoneUse) why.push('no phone-only services (hearing), unless they also work by text');
  const noOnline = !has('digital') && NO_ONLINE.test(ownWords);
  if (has('digital')) why.push('no online-only services (digital access)');
  else if (noOnline) why.push('no online-only services (the person said they do not use a computer or the internet)');
  return {
    radiusKm,
    remoteOnly: housebound,
    remoteFirst: housebound || has('mobility') || has('caring_duties'),
    ...(phoneUse ? { phoneUse } : {}),
    ...(noOnline ? { noOnline } : {}),
    ...(costInWords ? { costInWords } : {}),
    ...(drives && has('transport') ? { drives: true } : {}),
    ...(noCrossingIn(ownWords) ? { noCrossing: true } : {}),
    why,
  };
}
