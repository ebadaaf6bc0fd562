import type { Insight } from '../../dialogs/insight';
import { MHLC_MIDPOINT, type ScoreChange } from '../../dialogs/scoring';
import { confirmedConcernsBlock } from './safeguarding-card';
import { adaptiveCard, escapeMarkdown, facts, subtle, text, type AdaptiveCard, type CardElement } from './card-kit';

/**
 * One compact Adaptive Card 1.5 summarising the insight for the link worker: the person's words
 * verbatim (escaped so they cannot restyle the card), scores with bands and change, and the
 * theory-informed suggestions with their sources. Plain JSON, no actions: it is read, not used.
 */

const heading = (value: string): CardElement => text(value, { weight: 'Bolder', spacing: 'Medium', separator: true });

/** "was 3 (Low), improved" — the previous value and the direction word from compareScores. */
function since(change: ScoreChange | undefined): string {
  // Nothing to say about change when there is no score now.
  if (!change || change.latest === null) return '';
  if (change.direction === 'not comparable') return ' · no earlier score to compare';
  return ` · was ${change.baseline?.label ?? 'not scored'}, ${change.direction}`;
}

function verbatim(label: string, value: string | null): CardElement[] {
  return value === null ? [] : [text(`**${label}**`, { spacing: 'Small' }), text(escapeMarkdown(value), { spacing: 'None' })];
}

function personSection(insight: Insight): CardElement[] {
  const body: CardElement[] = [...verbatim('What matters most', insight.whatMattersMost ?? '(not recorded)')];
  body.push(...verbatim('Strengths', insight.strengths), ...verbatim('Worries', insight.worries));
  const needs = insight.needs.map((n) => n.label).join(', ');
  const barriers = insight.barriers.map((b) => b.label).join(', ');
  body.push(
    facts([
      ['Needs', needs || 'none recorded'],
      ['Barriers', barriers || 'none recorded'],
    ]),
  );
  return body;
}

function scoresSection(insight: Insight): CardElement[] {
  const body: CardElement[] = [heading('Wellbeing (ONS4, each item separately)')];
  body.push(facts(insight.wellbeing.map((w) => [w.label, `${w.value === null ? 'not scored' : `${w.value} (${w.bandLabel})`}${since(w.change)}`])));
  const l = insight.loneliness;
  const change = (measure: string) => since(l.changes?.find((c) => c.measure === measure));
  body.push(heading('Loneliness'));
  body.push(
    facts([
      ['UCLA 3-item (3–9, higher = lonelier)', `${l.uclaTotal ?? 'not scored'}${change('ucla3.total')}`],
      ['How often lonely', `${l.directLabel ?? 'not answered'}${change('ucla3.direct')}`],
      ['Type (link worker)', l.typeLabel ?? 'not recorded'],
    ]),
  );
  return body;
}

function locusSection(insight: Insight): CardElement[] {
  const loc = insight.locusOfControl;
  const body: CardElement[] = [heading('Health locus of control (three separate subscales)')];
  const rows: Array<[string, string]> = loc.subscales.map((s) => [s.label, `${s.sum} (${s.level.replace('_', ' the ')} of ${MHLC_MIDPOINT})`]);
  for (const n of loc.notScored) rows.push([n.label, 'not scored']);
  body.push(facts(rows));
  for (const s of loc.suggestions) body.push(text(`• ${s}`, { spacing: 'Small' }));
  body.push(subtle(loc.caveat));
  return body;
}

function goalsSection(insight: Insight): CardElement[] {
  if (!insight.goals.length) return [];
  const body: CardElement[] = [heading('Goals and motivation')];
  for (const g of insight.goals) {
    const rulers = `importance ${g.importance ?? '–'}/10, confidence ${g.confidence ?? '–'}/10`;
    body.push(text(`**Goal ${g.number}:** ${escapeMarkdown(g.text)} (${rulers})`, { spacing: 'Small' }));
    const mi = insight.motivationPrompts.find((p) => p.goalNumber === g.number);
    if (mi) body.push(text(`Try asking: ${mi.prompts.map((p) => `"${p}"`).join(' ')}`, { isSubtle: true, spacing: 'None' }));
  }
  return body;
}

function sourcesSection(insight: Insight): CardElement[] {
  if (!insight.sources.length) return [];
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [subtle('**Sources**'), ...insight.sources.map((s) => subtle(`${s.name}: ${s.citation}`))],
    },
  ];
}

export function renderInsightCard(insight: Insight): AdaptiveCard {
  return adaptiveCard([
    text('Insight', { weight: 'Bolder', size: 'Medium', color: 'Accent' }),
    subtle('For the link worker: suggestions to explore with the person, not labels.'),
    ...confirmedConcernsBlock(insight.safeguarding, 'insight'),
    ...personSection(insight),
    ...scoresSection(insight),
    ...locusSection(insight),
    ...goalsSection(insight),
    ...sourcesSection(insight),
  ]);
}
