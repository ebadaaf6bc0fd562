import { describe, expect, it, vi } from 'vitest';
import { renderPlanCard, renderPlanFeatureCard } from '../../bot/cards/plan-card';
import { renderFeatureCard } from '../../bot/feature-cards';
import { planCardDataSchema, type FeaturePrompt } from '../../service/feature-prompts';
import { draftPlan } from '../../plans/draft-plan';
import { approvePlan } from '../../plans/plan-edits';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { assessment, PERSON_LOW_CONFIDENCE, PERSON_SELF_DIRECTED, PERSON_STRUCTURED } from './fixtures';
import { inputFor } from './helpers';

const cardText = (card: unknown) => JSON.stringify(card);

describe('plan card', () => {
  const plans = [PERSON_STRUCTURED, PERSON_SELF_DIRECTED, PERSON_LOW_CONFIDENCE].map((p) => draftPlan(inputFor(p)));

  it('is a valid Adaptive Card 1.5 with zero problems for every kind of plan', () => {
    const approved = approvePlan(plans[0]!, { by: 'lw-1', at: '2026-11-25T11:00:00.000Z' });
    if (!approved.ok) throw new Error(approved.message);
    const none = draftPlan(inputFor(assessment('a-none', { 'screen.outcome': 'accept' })));
    for (const plan of [...plans, approved.plan, none]) expect(adaptiveCardProblems(renderPlanCard(plan, 'a-1', '*** *** 5919'))).toEqual([]);
  });

  it('shows numbered goals and actions, referrals apart from signposts, barriers, review date and the TPB label', () => {
    const text = cardText(renderPlanCard(plans[0]!, 'a-1', '*** *** 5919'));
    expect(text).toContain('**Goal 1:** get back to gardening at an allotment');
    expect(text).toContain('**1.1** Go to Meanwood Community Allotment');
    expect(text).toContain('**2.1** Go to Leeds Bereavement Circle');
    expect(text).toContain('Supported first attendance');
    expect(text).toContain('"text":"Referrals"');
    expect(text).toContain('"text":"Signposts"');
    expect(text).toContain('Barriers and how they are addressed');
    expect(text).toContain('"title":"Review date","value":"2027-01-06"');
    expect(text).toContain('TPB-informed, not a validated scale');
    expect(text).toContain('*** *** 5919');
  });

  it('has Approve and Redraft buttons carrying the version shown; an approved plan offers only Redraft', () => {
    const card = renderPlanCard(plans[1]!, 'a-1', null) as { actions: Array<{ title: string; data: unknown }> };
    expect(card.actions.map((a) => a.title)).toEqual(['Approve plan', 'Redraft']);
    expect(card.actions[0]!.data).toEqual({ wma: 'feature', name: 'plan', assessmentId: 'a-1', args: { command: 'approve', version: 1 } });
    const approved = approvePlan(plans[1]!, { by: 'lw-1', name: 'Sam Patel', at: '2026-11-25T11:00:00.000Z' });
    if (!approved.ok) throw new Error(approved.message);
    const after = renderPlanCard(approved.plan, 'a-1', null) as { actions: Array<{ title: string }> };
    expect(after.actions.map((a) => a.title)).toEqual(['Redraft']);
    // Issue 18: people, not ids — the display name and UK local time; the id stays in the record.
    expect(cardText(after)).toContain('APPROVED by Sam Patel on 25 Nov 2026, 11:00 GMT');
    expect(cardText(after)).not.toContain('lw-1');
    expect(approved.plan.approvedBy).toBe('lw-1');
  });

  it('escapes the person’s words and refuses data that is not a plan', () => {
    const plan = { ...plans[2]!, goals: [{ ...plans[2]!.goals[0]!, text: '**sort** [my money](http://evil.example)' }] };
    const text = cardText(renderPlanCard(plan, 'a-1', null));
    expect(text).toContain('\\\\*\\\\*sort\\\\*\\\\* \\\\[my money\\\\](http://evil.example)');
    expect(renderPlanFeatureCard({ plan: { id: 'x' }, assessmentId: 'a-1' }, { items: [], position: null, patient: null, assessmentId: 'a-1' })).toBeNull();
  });

  it('is parsed once on its way to the card: the same card as a separately checked one, and still refused when malformed', () => {
    const reply = { items: [], position: null, patient: '*** *** 5919', assessmentId: 'a-1' };
    const prompt = (data: unknown) => ({ kind: 'feature', feature: 'plan', data, text: 'Plan for *** *** 5919' }) as unknown as FeaturePrompt;
    for (const plan of plans) {
      const data = { plan, assessmentId: 'a-1' };
      const parse = vi.spyOn(planCardDataSchema, 'safeParse');
      const card = renderFeatureCard(prompt(data), reply);
      expect(parse).not.toHaveBeenCalled();
      parse.mockRestore();
      expect(card).toEqual(renderPlanFeatureCard(data, reply));
      expect(adaptiveCardProblems(card)).toEqual([]);
    }
    const refused = JSON.stringify(renderFeatureCard(prompt({ plan: { id: 'x' }, assessmentId: 'a-1' }), reply));
    expect(refused).toContain("The plan card's data failed its check");
  });
});
