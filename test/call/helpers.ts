import type { Activity } from 'botbuilder';
import { joinsFastEntry } from '../../dialogs/engine/fast-entry';
import { firstPending } from '../../dialogs/engine/navigation';
import { parseTypedAnswer } from '../../dialogs/engine/parse-answer';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { ResolvedQuestion } from '../../dialogs/script/compile';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { createExportLinkSigner } from '../../service/export-links';
import type { ExportSettings } from '../../service/export-service';
import { createExportFeature } from '../../service/features/export';
import { helpFeature } from '../../service/features/help';
import { insightFeature } from '../../service/features/insight';
import { peopleFeature } from '../../service/features/people';
import { createPlanFeature } from '../../service/features/plan';
import { progressFeature } from '../../service/features/progress';
import { reviewFeature } from '../../service/features/review';
import { createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { service } from '../plans/fixtures';
import { INDEX } from '../plans/helpers';

/** The features a link worker has in the app (bot/app.ts), over the test directory. */
export const script = loadDefaultScript();
export const settings: ExportSettings = {
  practice: { name: 'Meanwood Health Centre', odsCode: 'B86999' },
  serviceName: 'Leeds North Social Prescribing',
  delegates: new Set(),
  linkSecret: 'test-secret-test-secret-test-secret-123',
  linkTtlMs: 15 * 60_000,
  publicBaseUrl: 'https://wma.example.test',
};

export async function callHarness(index = INDEX): Promise<Harness> {
  return createHarness({
    features: [
      helpFeature,
      peopleFeature,
      insightFeature,
      createPlanFeature({ directory: { index } }),
      reviewFeature,
      progressFeature,
      createExportFeature({ settings, links: createExportLinkSigner({ secret: settings.linkSecret, ttlMs: settings.linkTtlMs }) }),
    ],
  });
}

export const OWNER = 'aad-lw-1';

/** A carers' service in Leeds, added to the fixture directory where a plan needs a signpost too. */
export const CARERS_LEEDS = service({
  id: 'carers-leeds',
  name: 'Leeds Carers Centre',
  description: 'Support, advice and breaks for unpaid carers looking after a family member.',
  needAreas: ['caring'],
  taxonomyTerms: ['carers support'],
  lat: 53.801,
  lon: -1.548,
  venue: 'Merrion House',
  postcode: 'LS2 8BB',
});
export async function current(h: Harness): Promise<AssessmentState | undefined> {
  const mine = await h.store.listAssessments({ owner: OWNER });
  return mine.filter((a) => a.status === 'active').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

type Replies = Array<Partial<Activity>>;
export interface RunLog {
  /** Every message the link worker sent, in order. */
  sent: string[];
  /** Each fast entry with the read-back the bot showed before anything was recorded. */
  readBacks: Array<{ typed: string; shown: string; questionIds: string[] }>;
  last: Replies;
}

/**
 * The questions a fast entry would cover from `state`'s cursor, with the fixture's answers: the
 * next pending questions of the same section that are not free text — choices, scales and short
 * codes (as the link worker sees them coming on screen).
 */
function quickRun(state: AssessmentState, answersFor: (q: ResolvedQuestion) => string): Array<{ q: ResolvedQuestion; typed: string }> {
  const first = script.byId.get(state.cursor!)!;
  const answers = { ...state.answers };
  const run: Array<{ q: ResolvedQuestion; typed: string }> = [];
  for (let id: string | null = first.id; id; id = firstPending(script, { answers, skipped: state.skipped })) {
    const q = script.byId.get(id)!;
    if (q.sectionId !== first.sectionId || !joinsFastEntry(q) || (q.id === first.id && q.type === 'text')) break;
    const typed = answersFor(q);
    const parsed = parseTypedAnswer(typed, q);
    if (!parsed.ok) break;
    answers[q.id] = { value: parsed.value, at: '', activityId: '' };
    run.push({ q, typed });
  }
  return run;
}

/**
 * A full default assessment as a link worker types it: one message per question (`fast: false`)
 * or, with fast entry, one message for each run of three or more quick questions plus `yes`.
 */
export async function runDefaultAssessment(
  h: Harness,
  opts: { fast: boolean; patient?: string; answersFor?: (q: ResolvedQuestion) => string },
): Promise<RunLog> {
  const answersFor = opts.answersFor ?? typedAnswerFor;
  const log: RunLog = { sent: [], readBacks: [], last: [] };
  const say = async (text: string) => {
    log.sent.push(text);
    log.last = await h.say(text);
    return log.last;
  };
  await say(`start ${opts.patient ?? '9434765919'}`);
  for (let i = 0; i < 120; i++) {
    const state = await current(h);
    if (!state?.cursor) break;
    const run = opts.fast ? quickRun(state, answersFor) : [];
    if (run.length >= 3) {
      const typed = run.map((r) => r.typed).join('; ');
      const shown = texts(await say(typed));
      log.readBacks.push({ typed, shown, questionIds: run.map((r) => r.q.id) });
      await say('yes');
    } else await say(answersFor(script.byId.get(state.cursor)!));
  }
  await say('confirm');
  return log;
}

/**
 * `export text` as a link worker does it the first time for an assessment: the export first
 * confirms the person's name and date of birth with the NHS number, and who is sending it
 * (issue 17), then issues the export. Later exports go straight through.
 */
export async function exportText(h: Harness): Promise<Awaited<ReturnType<Harness['say']>>> {
  const first = await h.say('export text');
  if (!/family name, given name\(s\), date of birth/.test(texts(first))) return first;
  await h.say('Hartley, Margaret Ann, 14/06/1951');
  const asked = await h.say('Sam Patel, Social prescribing link worker');
  if (!/Date of birth/.test(texts(asked))) return asked;
  return h.say('yes');
}
