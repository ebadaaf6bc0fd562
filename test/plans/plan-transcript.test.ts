import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultScript } from '../../dialogs/scripts/load';
import { createPlanFeature, createPlanFeatureFromEnv, getApprovedPlan, readStoredPlan } from '../../service/features/plan';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, createHarness, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import type { AssessmentState } from '../../dialogs/engine/types';
import { assessment, NOW, PERSON_STRUCTURED } from './fixtures';
import { INDEX } from './helpers';

const script = loadDefaultScript();
let h: Harness;
afterEach(async () => h?.close());

/** Answers each question the bot asks with the default fixture, until the review. */
async function completeAssessment(h: Harness): Promise<string> {
  let reply = texts(await h.say('start 9434765919'));
  for (let i = 0; i < 120 && !/^Review —/m.test(reply); i++) {
    const q = script.questions.find((x) => reply.includes(` — ${x.text.split('{')[0]!.slice(0, 30)}`));
    if (!q) throw new Error(`unknown question in: ${reply}`);
    reply = texts(await h.say(typedAnswerFor(q)));
  }
  return reply;
}

const stored = async (h: Harness) => (await h.store.listAssessments({ owner: 'aad-lw-1' }))[0]!;
const planCard = (r: Awaited<ReturnType<Harness['say']>>) => cards(r).find((c) => JSON.stringify(c).includes('Care and support plan'));

describe('transcript: from a completed assessment to an approved plan', () => {
  it('drafts on completion, takes edits, refuses bad commands, approves from the card, and only then is exportable', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index: INDEX } })] });
    await completeAssessment(h);
    expect(texts(await h.say('plan'))).not.toMatch(/Care and support plan/); // not complete yet: the engine's review handles it

    let r = await h.say('confirm');
    expect(texts(r)).toMatch(/Assessment complete for \*\*\* \*\*\* 5919/);
    expect(texts(r)).toMatch(/I have drafted a care and support plan/);
    expect(texts(r)).toMatch(/Plan version 1 · DRAFT — not yet approved · drafted by rules/);
    const first = planCard(r)!;
    expect(adaptiveCardProblems(first)).toEqual([]);
    expect(JSON.stringify(first)).toContain('**Goal 1:** get back to my allotment');
    expect(getApprovedPlan(await stored(h))).toBeNull();

    r = await h.say('edit goal 1 get back to my allotment by the spring');
    expect(texts(r)).toMatch(/Goal 1 changed from “get back to my allotment” to “get back to my allotment by the spring” \(plan version 2\)/);
    r = await h.say('rate 1.1 6');
    expect(texts(r)).toMatch(/Action 1\.1 intention rated 6\/7 \(plan version 3\)/);

    const before = await stored(h);
    r = await h.say('remove action 7.1');
    expect(texts(r)).toMatch(/There is no goal 7 \(the plan has 3\)\. Nothing was changed\./);
    r = await h.say('rate 1.1 12');
    expect(texts(r)).toMatch(/intention rating is 1–7\), so nothing was changed/);
    expect((await stored(h)).features).toEqual(before.features);

    // A button from the first card (version 1) must not approve version 3.
    const stale = (first.actions as Array<{ data: Record<string, unknown> }>)[0]!.data;
    r = await h.click(stale);
    expect(texts(r)).toMatch(/That card shows plan version 1, but the plan is now version 3/);
    expect(getApprovedPlan(await stored(h))).toBeNull();

    const current = (planCard(r)!.actions as Array<{ data: Record<string, unknown> }>)[0]!.data;
    r = await h.click(current);
    expect(texts(r)).toMatch(/Plan approved \(version 3\)\. Only this approved version can be exported/);
    const approved = getApprovedPlan(await stored(h));
    expect(approved).toMatchObject({ status: 'approved', version: 3, approvedBy: 'aad-lw-1' });
    expect(approved!.goals[0]!.text).toBe('get back to my allotment by the spring');
    expect(approved!.edits.map((e) => e.change)).toEqual([
      'Goal 1 changed from “get back to my allotment” to “get back to my allotment by the spring”',
      'Action 1.1 intention rated 6/7',
      'Approved version 3',
    ]);
    expect(approved!.edits.every((e) => e.by === 'aad-lw-1')).toBe(true);

    // Any change after approval needs a new approval before export.
    r = await h.say('confidence 1.1 7');
    expect(texts(r)).toMatch(/approval withdrawn, needs re-approval/);
    expect(getApprovedPlan(await stored(h))).toBeNull();
    r = await h.say('approve');
    expect(getApprovedPlan(await stored(h))).toMatchObject({ version: 4 });

    expect(h.logs.text).not.toContain('allotment');
  });

  it('redraft replaces a changed plan and keeps its history', async () => {
    h = await createHarness({ features: [createPlanFeature({ directory: { index: INDEX } })] });
    await completeAssessment(h);
    await h.say('confirm');
    await h.say('remove action 1.1');
    const r = await h.say('redraft');
    expect(texts(r)).toMatch(/Redrafted\. Earlier changes were replaced/);
    const plan = readStoredPlan(await stored(h));
    expect(plan.kind === 'ok' && plan.plan.edits.map((e) => e.change)).toEqual([
      expect.stringMatching(/^Action 1\.1 removed \(“Look at what /),
      'Redrafted by the deterministic drafter; earlier changes replaced',
    ]);
    expect(plan.kind === 'ok' && plan.plan.version).toBe(3);
    // Issue 18: placeholders are shown as ‹what›, since Teams shows <what> as "&lt;what&gt;".
    expect(texts(await h.say('help plan'))).toMatch(/`edit action 1\.2 ‹what›`/);
  });
});

describe('plan feature on its own', () => {
  const feature = createPlanFeature({ directory: { index: INDEX } });
  const ctxFor = (state: AssessmentState) => ({
    userId: 'lw-1',
    activityId: 'x',
    now: NOW,
    conversation: { activeAssessmentId: state.id, awaitingPatientRef: false },
    assessment: state,
    script: null,
    store: null as never,
    scripts: null as never,
    newId: () => 'id-1',
  });

  it('reports a damaged stored plan instead of using it, and only `redraft` replaces it', async () => {
    const damaged = { ...PERSON_STRUCTURED, features: { plan: { id: 'p', goals: 'not a list' } } };
    expect(readStoredPlan(damaged)).toEqual({ kind: 'invalid' });
    expect(getApprovedPlan(damaged)).toBeNull();
    const r = await feature.handle({ kind: 'text', text: 'approve' }, ctxFor(damaged));
    expect(r.assessment).toBeUndefined();
    expect(r.items).toEqual([
      { kind: 'notice', tone: 'error', text: 'The saved plan could not be read, so nothing was changed. Type `redraft` to draft it again.' },
    ]);
    const again = await feature.handle({ kind: 'text', text: 'redraft' }, ctxFor(damaged));
    expect(readStoredPlan(again.assessment!).kind).toBe('ok');
  });

  it('does not take plan words before the assessment is complete, and drafts no plan for a declined referral', async () => {
    const active = { ...PERSON_STRUCTURED, status: 'active' as const };
    expect(feature.select({ kind: 'text', text: 'accept' }, ctxFor(active))).toBe(false);
    expect(feature.select({ kind: 'text', text: 'accept' }, ctxFor(PERSON_STRUCTURED))).toBe(true);
    const declined = assessment('a-declined', { 'screen.outcome': 'decline', 'screen.decline_reason': 'Moved away' });
    expect(await feature.onCompleted!(ctxFor(declined))).toEqual({ items: [] });
  });
});

describe('wiring from the environment', () => {
  const logged: string[] = [];
  const logger = { info: (_o: object, msg?: string) => void logged.push(msg ?? '') };

  it('uses the rules drafter unless an LLM provider is configured, and says which', async () => {
    const f = await createPlanFeatureFromEnv({ dataDir: '/nonexistent-wma', env: {}, logger });
    expect(f.name).toBe('plan');
    expect(logged.join('\n')).toMatch(/LLM drafter off/);
    await createPlanFeatureFromEnv({ dataDir: '/nonexistent-wma', env: { WMA_LLM_PROVIDER: 'ollama', WMA_LLM_MODEL: 'llama3.1' }, logger });
    expect(logged.join('\n')).toMatch(/LLM drafter: ollama, model llama3\.1, timeout 20000 ms/);
    await expect(createPlanFeatureFromEnv({ dataDir: '/nonexistent-wma', env: { WMA_LLM_PROVIDER: 'openai' }, logger })).rejects.toThrow(/OPENAI_API_KEY/);
  });
});
