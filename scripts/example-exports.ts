/**
 * Sample exports from a demo run, for readers of docs/examples/exports/.
 *
 *   npx tsx scripts/example-exports.ts            (writes docs/examples/exports/)
 *
 * The run is real apart from the chat transport: the default script is answered through the
 * pure engine, resources are matched in the shipped sample directory (fictional services in real places), the rules drafter drafts the
 * plan, the link worker approves it, one contact is recorded, and produceExport — the same
 * code the `export` command and the download route use — renders each format. Everything is
 * fictional; the NHS number is the NHS's published test number 943 476 5919.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { advance } from '../dialogs/engine/advance';
import { startAssessment } from '../dialogs/engine/start';
import type { AssessmentState } from '../dialogs/engine/types';
import { parsePatientRef } from '../dialogs/patient-ref';
import { loadDefaultScript } from '../dialogs/scripts/load';
import type { ExportFormat } from '../exports';
import { buildDirectoryIndex } from '../plans/directory/build-index';
import { loadDirectory } from '../plans/directory/load';
import { draftPlan } from '../plans/draft-plan';
import { applyGpRequest } from '../exports/gp-request';
import { renderSendDocument } from '../exports';
import { approvePlan } from '../plans/plan-edits';
import { draftInputFor } from '../plans/plan-draft-input';
import { writeExportSlot } from '../service/export-record';
import { exportInputFor, produceExport, type ExportSettings } from '../service/export-service';
import { withPlan } from '../service/features/plan';
import { TYPED_ANSWERS } from './demo-answers';

const OUT = fileURLToPath(new URL('../docs/examples/exports/', import.meta.url));
const LINK_WORKER = 'demo-link-worker';
const START = Date.UTC(2026, 2, 2, 10, 0);

/** What the link worker types: the demo run, with this person's own words where they differ. */
const TYPED: Record<string, string> = {
  ...TYPED_ANSWERS,
  'screen.reason': 'My GP says I have been very low since my husband died last year',
  'context.referral_reason': 'bereavement',
  'context.adjustments': 'Hard of hearing in my left ear: please sit on my right',
  'wmtm.matters_most': 'Getting back to my allotment and seeing my grandson at weekends',
  'wmtm.good_day': 'Out in the garden in the morning, then tea with a neighbour',
  'wmtm.strengths': 'Good with plants, I like baking for people',
  'wmtm.worries': 'Money since my husband died, and the bus fares',
  'hbm.susceptibility': 'Quite likely, I stay in most days',
};

function runAssessment(): AssessmentState {
  const script = loadDefaultScript();
  let minute = 0;
  const now = () => new Date(START + 60_000 * minute++).toISOString();
  const ref = parsePatientRef('943 476 5919');
  if (!ref.ok) throw new Error(ref.message);
  let r = startAssessment(script, { id: 'demo-assessment-1', owner: LINK_WORKER, patient: ref.patient, scriptVersion: 1, now: now() });
  for (let turn = 1; turn < 200 && r.state.status !== 'completed'; turn++) {
    const q = [...r.prompts].reverse().find((p) => p.kind === 'question');
    const text = q && q.kind === 'question' ? TYPED[q.question.id] : r.state.mode.kind === 'review' ? 'confirm' : undefined;
    if (text === undefined) throw new Error(`The demo has no answer for ${q && q.kind === 'question' ? q.question.id : r.state.mode.kind}`);
    r = advance(script, r.state, { kind: 'text', text, activityId: `demo-${turn}` }, { now: now(), actor: LINK_WORKER });
  }
  if (r.state.status !== 'completed') throw new Error('The demo assessment did not complete');
  return r.state;
}

async function main(): Promise<void> {
  const script = loadDefaultScript();
  let state = runAssessment();
  const index = buildDirectoryIndex(loadDirectory(fileURLToPath(new URL('../data-samples/directory/services.json', import.meta.url))).services);
  const draft = draftPlan(draftInputFor(index, state, '2026-03-02T11:00:00.000Z', 'plan-demo-assessment-1'));
  // `ask gp …` in chat, then `approve`: what the service asks of the GP is part of the approved plan.
  const asked = applyGpRequest(
    draft,
    { kind: 'set', text: 'Please consider referring her for a hearing assessment (left ear): she finds groups hard to follow.' },
    { by: LINK_WORKER, at: '2026-03-02T11:15:00.000Z' },
  );
  if (!asked.ok) throw new Error(asked.message);
  const approved = approvePlan(asked.plan, { by: LINK_WORKER, name: 'Sam Patel', at: '2026-03-02T11:20:00.000Z' });
  if (!approved.ok) throw new Error(approved.message);
  state = withPlan(state, approved.plan, '2026-03-02T11:20:00.000Z');
  // The confirmation step at the first `export`: name and date of birth with the NHS number, and the sender.
  state = writeExportSlot(
    state,
    {
      identity: {
        family: 'Hartley',
        given: ['Margaret', 'Ann'],
        birthDate: '1951-06-14',
        confirmedBy: LINK_WORKER,
        confirmedAt: '2026-03-02T11:29:00.000Z',
        nhsNumber: '9434765919',
      },
      author: { name: 'Sam Patel', role: 'Social prescribing link worker', userId: LINK_WORKER },
      sends: [],
    },
    '2026-03-02T11:29:00.000Z',
  );
  state = {
    ...state,
    features: {
      ...state.features,
      sessions: {
        contacts: [{ date: '2026-03-02', method: 'face_to_face', minutes: 60, summary: 'What Matters To Me conversation at the surgery', by: LINK_WORKER }],
        reviews: [],
      },
    },
  };
  const settings: ExportSettings = {
    practice: { name: 'Meanwood Health Centre (demo)', odsCode: 'B86999' },
    serviceName: 'Leeds North Social Prescribing (demo)',
    service: { odsCode: 'DXX01', phone: '0113 496 0000', email: 'leedsnorth.sp@nhs.net' },
    fhirBaseUri: 'https://fhir.leedsnorth-sp.org.uk',
    delegates: new Set(),
    linkSecret: 'demo-only-secret-not-used-for-links-000',
    linkTtlMs: 15 * 60_000,
    publicBaseUrl: 'http://localhost:3978',
  };
  const files: Array<[ExportFormat, string]> = [
    ['text', 'summary.txt'],
    ['pdf', 'letter.pdf'],
    ['fhir', 'bundle.json'],
    ['codes', 'codes-only.txt'],
  ];
  mkdirSync(OUT, { recursive: true });
  for (const [format, name] of files) {
    const r = await produceExport({
      state,
      actor: LINK_WORKER,
      format,
      script,
      settings,
      exportId: `exp-demo-${format}`,
      generatedAt: '2026-03-02T11:30:00.000Z',
    });
    if (!r.ok) throw new Error(r.message);
    writeFileSync(join(OUT, name), r.artifact.body);
    console.log(`wrote docs/examples/exports/${name} (${r.artifact.variant}, ${r.artifact.body.length} bytes)`);
  }
  // The codes-only FHIR variant, as sent when the person consents to codes only.
  const codesOnlyState = { ...state, answers: { ...state.answers, 'consent.share': { ...state.answers['consent.share']!, value: 'codes_only' } } };
  const r = await produceExport({
    state: codesOnlyState,
    actor: LINK_WORKER,
    format: 'fhir',
    script,
    settings,
    exportId: 'exp-demo-fhir-codes',
    generatedAt: '2026-03-02T11:30:00.000Z',
  });
  if (!r.ok) throw new Error(r.message);
  writeFileSync(join(OUT, 'bundle-codes-only.json'), r.artifact.body);
  console.log('wrote docs/examples/exports/bundle-codes-only.json');
  // The GP Connect Send Document message `send to gp` posts to MESH: the same letter.pdf inside, base64.
  const input = exportInputFor({ state, script, settings, exportId: 'exp-demo-pdf', generatedAt: '2026-03-02T11:30:00.000Z' });
  const sent = await renderSendDocument(input, { senderMailbox: 'DXX01OT001', version: 1 });
  if (!sent.ok) throw new Error(sent.message);
  writeFileSync(join(OUT, 'send-document.json'), `${JSON.stringify(sent.message.bundle, null, 2)}\n`);
  writeFileSync(
    join(OUT, 'send-document-mesh-headers.txt'),
    `Mex-To: ${sent.message.envelope.to}\nMex-Subject: ${sent.message.envelope.subject}\nMex-LocalID: ${sent.message.envelope.localId}\nMex-FileName: ${sent.message.envelope.fileName}\nMex-WorkflowID: (WMA_MESH_WORKFLOW_ID)\n`,
  );
  console.log('wrote docs/examples/exports/send-document.json and send-document-mesh-headers.txt');
}

await main();
