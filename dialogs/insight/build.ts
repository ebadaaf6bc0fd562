import { confirmedConcerns } from '../safeguarding/concerns';
import type { AssessmentState } from '../engine/types';
import { compareScores, ONS4_KEYS, scoreAssessment, type ScoreChange, type Scores, type Source } from '../scoring';
import { readMulti, readText } from '../scoring/read-answers';
import { BARRIERS, NEED_AREAS } from '../vocabulary';
import { interpretMhlc } from './locus-of-control';
import { motivationPrompts } from './motivation';
import type { Insight, LabelledId, LonelinessInsight, WellbeingItem } from './types';
import { QUESTION } from '../question-ids';

const WELLBEING_LABELS: Record<WellbeingItem['key'], string> = {
  life_satisfaction: 'Life satisfaction',
  worthwhile: 'Things done are worthwhile',
  happiness: 'Happiness yesterday',
  anxiety: 'Anxiety yesterday',
};

/** Vocabulary label for each recorded id; an id a manager's script added keeps its id as label. */
function labelled(ids: string[], vocabulary: Record<string, string>): LabelledId[] {
  return ids.map((id) => ({ id, label: vocabulary[id] ?? id }));
}

function wellbeing(scores: Scores, changes: ScoreChange[] | null): WellbeingItem[] {
  return ONS4_KEYS.map((key) => {
    const r = scores.ons4.items[key];
    const change = changes?.find((c) => c.measure === `ons4.${key}`);
    return {
      key,
      label: WELLBEING_LABELS[key],
      value: r.scored ? r.value : null,
      bandLabel: r.scored ? r.bandLabel : null,
      ...(change ? { change } : {}),
    };
  });
}

function loneliness(scores: Scores, changes: ScoreChange[] | null): LonelinessInsight {
  const u = scores.ucla3;
  const relevant = changes?.filter((c) => c.measure === 'ucla3.total' || c.measure === 'ucla3.direct');
  return {
    uclaTotal: u.total.scored ? u.total.total : null,
    directLabel: u.direct?.label ?? null,
    typeLabel: u.lonelinessType?.label ?? null,
    ...(relevant ? { changes: relevant } : {}),
  };
}

/** Cite what contributed: an instrument nobody answered is not a source of this insight. */
function sources(scores: Scores): Source[] {
  const cite = (s: Source): Source => ({ name: s.name, citation: s.citation });
  const out: Source[] = [];
  if (Object.values(scores.ons4.items).some((i) => i.scored)) out.push(cite(scores.ons4));
  const u = scores.ucla3;
  if (u.total.scored || u.direct || u.lonelinessType) out.push(cite(u));
  if (Object.values(scores.mhlc.subscales).some((s) => s.scored)) out.push(cite(scores.mhlc));
  if (scores.goals.goals.some((g) => g.importance !== null || g.confidence !== null)) out.push(cite(scores.goals));
  if (Object.values(scores.hbm.answers).some((a) => a !== null)) out.push(cite(scores.hbm));
  return out;
}

/**
 * The insight for one assessment, optionally with change since an earlier one. Pure: reads the
 * answers, scores them through dialogs/scoring (never its own arithmetic) and interprets them by
 * the rules in RULES.md.
 */
export function buildInsight(state: AssessmentState, previous?: AssessmentState): Insight {
  const answers = state.answers;
  const scores = scoreAssessment(answers);
  const changes = previous ? compareScores(scoreAssessment(previous.answers), scores) : null;
  const locusOfControl = interpretMhlc(scores.mhlc);
  return {
    assessmentId: state.id,
    previousAssessmentId: previous?.id ?? null,
    whatMattersMost: readText(answers, QUESTION.mattersMost),
    goodDay: readText(answers, QUESTION.goodDay),
    people: readText(answers, QUESTION.people),
    strengths: readText(answers, QUESTION.strengths),
    worries: readText(answers, QUESTION.worries),
    needs: labelled(readMulti(answers, QUESTION.needAreas), NEED_AREAS),
    barriers: labelled(readMulti(answers, QUESTION.barriers), BARRIERS),
    wellbeing: wellbeing(scores, changes),
    loneliness: loneliness(scores, changes),
    locusOfControl,
    supportStyle: locusOfControl.supportStyle,
    goals: scores.goals.goals.map((g) => ({ number: g.number, text: g.text, importance: g.importance, confidence: g.confidence })),
    motivationPrompts: motivationPrompts(scores.goals.goals),
    hbm: scores.hbm,
    changesSincePrevious: changes,
    sources: sources(scores),
    scores,
    safeguarding: confirmedConcerns(state.safeguarding),
  };
}
