import type { Prompt } from '../../dialogs/engine/types';
import type { Feature, FeatureContext } from '../features';
import { readStoredPlan } from './plan';

/**
 * `help` that always says what can be done *now*: with nothing open, after an assessment is
 * completed (plan, export, review, moving to another person), or while one is paused. During an
 * active assessment the engine's own help (answering, back, skip…) is shown instead, with the
 * current question.
 */
const notice = (text: string): Prompt => ({ kind: 'notice', text, tone: 'info' });

const EVERYWHERE = [
  '`people` — everyone you have assessed; `open *** 5919` or `open 2` reopens one',
  '`caseload` — everyone you support, most urgent first; `caseload due`, `caseload at cap`',
  '`assessments` — your unfinished assessments; `resume 2` switches to one',
  '`start 943 476 5919` (NHS number) or `start SP-2041` (local reference) — a new person',
  '`checkin` — a private end-of-day check-in, never shared',
];

export function helpNow(ctx: Pick<FeatureContext, 'assessment'>): string {
  const a = ctx.assessment;
  if (!a) return ['Nothing is open. You can:', ...EVERYWHERE.map((l) => `• ${l}`)].join('\n');
  if (a.status === 'paused')
    return [
      `The assessment for ${a.patient.masked} is paused. You can:`,
      '• `resume` — carry on exactly where you were',
      '• `status` — where you are',
      ...EVERYWHERE.map((l) => `• ${l}`),
    ].join('\n');
  const plan = readStoredPlan(a);
  const approved = plan.kind === 'ok' && plan.plan.status === 'approved';
  const now =
    a.status === 'cancelled'
      ? ['• `summary` — what was recorded before it was cancelled']
      : [
          '• `summary` — the insight card',
          plan.kind === 'ok'
            ? `• \`plan\` — the plan (version ${plan.plan.version}, ${approved ? 'approved' : 'draft'}); ${approved ? 'any edit needs approving again' : 'edit it, then `approve`'} · \`help plan\` lists the edits`
            : '• `plan` — draft the care and support plan',
          approved ? '• `export` — GP summary, letter and FHIR bundle of the approved plan' : '• `export` — available once the plan is approved',
          '• `find carers Bath` — search the directory; `add signpost 1 to goal 1`',
          '• `review` or `discharge` — a progress review; `progress` — the progress card',
          '• `session phone 30 …` — record a contact; `sessions` — count against the cap',
        ];
  return [`The assessment for ${a.patient.masked} is ${a.status}. You can:`, ...now, ...EVERYWHERE.map((l) => `• ${l}`)].join('\n');
}

export const helpFeature: Feature = {
  name: 'help',
  select(input, ctx) {
    if (input.kind !== 'text' || !/^(help|\?|what can i do\??)$/i.test(input.text)) return false;
    return !ctx.assessment || ctx.assessment.status !== 'active';
  },
  async handle(_input, ctx) {
    return { items: [notice(helpNow(ctx))] };
  },
};
