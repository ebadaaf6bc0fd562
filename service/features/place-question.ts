import type { z } from 'zod';
import { parseCommand, unquoteLiteral } from '../../dialogs/engine/commands';
import { advance } from '../../dialogs/engine/advance';
import type { AssessmentState, Prompt } from '../../dialogs/engine/types';
import { detectRisks } from '../../dialogs/safeguarding';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { placesForDirectory } from '../../plans/places/directory-places';
import { resolvePlace, type PlaceChoice } from '../../plans/places/resolve-place';
import type { FeatureContext, FeatureResult } from '../features';
import { placePendingSchema } from '../../store/documents/feature-records';
import { escapeChatText } from '../../dialogs/markdown';
import { QUESTION } from '../../dialogs/question-ids';

/**
 * The area question ("Which town or postcode district do they live in?") checked as it is
 * answered: a place the gazetteer finds goes straight to the engine; an unknown, misspelt or
 * ambiguous one is NOT recorded — the bot asks again with numbered choices (closest spellings, or
 * each place of that name). The link worker picks a number, types another place or a postcode
 * district, or types `as typed` to keep the answer without distance (the plan then says so).
 * The offered choices wait in the assessment's `place` feature slot, so a number means the same
 * on the next turn.
 */
export const AREA_QUESTION = QUESTION.areaHome;
export const PLACE_SLOT = 'place';
export const KEEP_AS_TYPED = /^as typed$/i;
/** "Stoke-on-Trent, Staffordshire ST4" is 4 words; a sentence is not a place. */
const MAX_PLACE_WORDS = 8;

type Pending = z.infer<typeof placePendingSchema>;

function pendingOf(state: AssessmentState): Pending | null {
  const parsed = placePendingSchema.safeParse(state.features?.[PLACE_SLOT]);
  return parsed.success ? parsed.data : null;
}

function withPending(state: AssessmentState, pending: Pending | null): AssessmentState {
  const features = { ...state.features };
  if (pending) features[PLACE_SLOT] = pending;
  else delete features[PLACE_SLOT];
  return { ...state, features };
}

const atAreaQuestion = (ctx: FeatureContext) => ctx.assessment?.status === 'active' && ctx.assessment.cursor === AREA_QUESTION && ctx.script !== null;

/** What the typed reply means at the area question, or null to let the engine take it. */
function interpret(text: string, ctx: FeatureContext, index: DirectoryIndex): { answer: string } | { ask: Pending; kind: 'unknown' | 'ambiguous' } | null {
  const state = ctx.assessment!;
  if (parseCommand(text) || unquoteLiteral(text) !== null) return null;
  // Anything that might be a disclosure goes to the engine, whose safeguarding check runs on every
  // text answer; so does anything too long to be a place name.
  if (text.trim().split(/\s+/).length > MAX_PLACE_WORDS || detectRisks(text, { localPhrases: ctx.script!.script.safeguarding.localPhrases }).length > 0)
    return null;
  const pending = pendingOf(state);
  if (pending) {
    if (KEEP_AS_TYPED.test(text.trim())) return { answer: pending.typed };
    const n = /^\s*(\d{1,2})\s*$/.exec(text);
    const chosen = n ? pending.choices[Number(n[1]) - 1] : undefined;
    if (chosen) return { answer: chosen.label };
  }
  const r = resolvePlace(text, placesForDirectory(index));
  if (r.kind === 'found' || r.kind === 'empty') return pending ? { answer: text } : null;
  const choices: PlaceChoice[] = r.kind === 'ambiguous' ? r.choices : r.suggestions;
  return { ask: { typed: text.trim(), choices: choices.map((c) => ({ label: c.label })) }, kind: r.kind };
}

/**
 * Whether the area question takes this reply. The directory's index is read only once the turn is at
 * that question, because reading it builds it on first use (issue 22): other turns never pay for it.
 */
export function placeQuestionAccepts(text: string, ctx: FeatureContext, directory: { readonly index: DirectoryIndex }): boolean {
  return atAreaQuestion(ctx) && interpret(text, ctx, directory.index) !== null;
}

function question(p: Pending, kind: 'unknown' | 'ambiguous'): string {
  // What was typed is shown as text, never as Markdown or HTML (issue 19).
  const shown = escapeChatText(p.typed);
  const lead =
    kind === 'ambiguous'
      ? `“${shown}” is more than one place. Which one?`
      : `I couldn’t find “${shown}” as a UK town, village or postcode district${p.choices.length ? '. Did you mean:' : '.'}`;
  const list = p.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
  const how = `Type ${p.choices.length ? 'a number, ' : ''}another place or a postcode district (e.g. TR18), or \`as typed\` to keep “${shown}” — then distance cannot be used and only phone, online and home-visit services will be suggested.`;
  return [lead, list, how].filter(Boolean).join('\n');
}

export async function runPlaceQuestion(text: string, ctx: FeatureContext, index: DirectoryIndex): Promise<FeatureResult> {
  const state = ctx.assessment!;
  const outcome = interpret(text, ctx, index);
  if (!outcome) return { items: [] };
  if ('ask' in outcome) {
    const notice: Prompt = { kind: 'notice', text: question(outcome.ask, outcome.kind), tone: 'warning' };
    return { items: [notice], assessment: { ...withPending(state, outcome.ask), updatedAt: ctx.now } };
  }
  // A choice or a found place: recorded through the engine like any typed answer.
  const r = advance(
    ctx.script!,
    withPending(state, null),
    { kind: 'text', text: outcome.answer, activityId: ctx.activityId },
    { now: ctx.now, actor: ctx.userId },
  );
  return { items: r.prompts, assessment: r.state, events: r.events };
}
