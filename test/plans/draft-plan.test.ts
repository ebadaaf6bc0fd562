import { describe, expect, it } from 'vitest';
import { buildInsight } from '../../dialogs/insight';
import { draftPlan, reviewDateFrom } from '../../plans/draft-plan';
import { planSchema, type Plan } from '../../plans/model';
import { answersOf, assessment, mhlcAnswers, NOW, PERSON_LOW_CONFIDENCE, PERSON_SELF_DIRECTED, PERSON_STRUCTURED } from './fixtures';
import { inputFor } from './helpers';

const allActions = (p: Plan) => p.goals.flatMap((g) => g.actions);

describe('deterministic drafter', () => {
  it('gives the same plan for the same input, and a valid plan every time', () => {
    for (const person of [PERSON_STRUCTURED, PERSON_SELF_DIRECTED, PERSON_LOW_CONFIDENCE]) {
      const a = draftPlan(inputFor(person));
      const b = draftPlan(inputFor(structuredClone(person)));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(planSchema.safeParse(a).success).toBe(true);
      expect(a).toMatchObject({ status: 'draft', version: 1, drafter: 'deterministic', edits: [], reviewDate: '2027-01-06' });
    }
  });

  it('keeps goals in the person’s words with their importance', () => {
    const plan = draftPlan(inputFor(PERSON_STRUCTURED));
    expect(plan.goals.map((g) => [g.text, g.importance])).toEqual([
      ['get back to gardening at an allotment', 9],
      ['meet others who have lost someone', 7],
    ]);
    expect(plan.strengths).toContain('Good with plants, I like baking');
  });

  it('Powerful Others high + cost + anxiety → free services, referrals, supported first attendance', () => {
    const plan = draftPlan(inputFor(PERSON_STRUCTURED));
    expect(plan.referrals.map((r) => r.serviceId)).toEqual(['allotment-meanwood', 'bereavement-circle']);
    // Issue 15: a plan offers a few options in reach (MIN_OPTIONS); the extra one is a signpost.
    expect(plan.signposts.map((r) => r.serviceId)).toEqual(['walk-headingley']);
    const main = plan.goals.map((g) => g.actions[g.actions.length - 1]!);
    expect(main.every((a) => a.supportedFirstAttendance && a.who.kind === 'service')).toBe(true);
    // The paid garden club matched the words but the cost barrier kept it out.
    expect(JSON.stringify(plan)).not.toContain('garden-club-paid');
    expect(plan.barriers.find((b) => b.barrier === 'Cost')?.howAddressed).toBe(
      'Only free services, and ones that state no cost, were suggested (paid, low-cost and donation ones left out). Free: Meanwood Community Allotment, Leeds Bereavement Circle, Headingley Health Walks.',
    );
    expect(plan.barriers.find((b) => b.barrier === 'Anxiety about new places')?.howAddressed).toMatch(/link worker goes along to the first in-person session/);
    expect(plan.supportStyle.join(' ')).toMatch(/Structured support/);
  });

  it('turns the person’s own barriers and cues into concrete steps', () => {
    const plan = draftPlan(inputFor(PERSON_STRUCTURED));
    const goal1 = plan.goals[0]!.actions.flatMap((a) => a.strategies).join('\n');
    expect(goal1).toMatch(/check the bus route, a bus pass or community transport/);
    expect(goal1).toContain('Reminder that works for them: “My sister phoning on Sundays”');
    const own = plan.barriers.find((b) => b.barrier.startsWith('In their words'));
    expect(own?.barrier).toContain('The bus fare and I get nervous');
    expect(own?.howAddressed).toMatch(/bus route/);
  });

  it('Internal high, no barriers → self-led actions and signposts, extra information', () => {
    const plan = draftPlan(inputFor(PERSON_SELF_DIRECTED));
    expect(plan.referrals).toEqual([]);
    expect(plan.signposts.slice(0, 2).map((s) => s.serviceId)).toEqual(['walk-headingley', 'volunteer-centre']);
    expect(plan.signposts.length).toBeGreaterThan(2);
    for (const a of allActions(plan)) {
      expect(a.who).toEqual({ kind: 'person' });
      expect(a.supportedFirstAttendance).toBe(false);
    }
    expect(plan.barriers).toEqual([]);
    expect(plan.supportStyle.join(' ')).toMatch(/Self-directed/);
  });

  it('low confidence (≤ 5) → a smaller first step before the main action', () => {
    const plan = draftPlan(inputFor(PERSON_LOW_CONFIDENCE));
    const [first, main] = plan.goals[0]!.actions;
    expect(first?.what).toBe('Write down two questions for Leeds Money Advice Line and choose a time to call');
    expect(first?.when).toBe('This week');
    expect(first?.strategies[0]).toBe('Confidence was 3/10: a smaller step first, then build up.');
    expect(main?.what).toMatch(/^Phone Leeds Money Advice Line/);
    expect(main?.confidence).toBe(3);
    // The confident people get no such step.
    expect(draftPlan(inputFor(PERSON_SELF_DIRECTED)).goals.every((g) => g.actions.length === 1)).toBe(true);
  });

  it('writes a TACT intention for every action, unrated, and the three people get different plans', () => {
    const plans = [PERSON_STRUCTURED, PERSON_SELF_DIRECTED, PERSON_LOW_CONFIDENCE].map((p) => draftPlan(inputFor(p)));
    for (const a of plans.flatMap(allActions)) {
      expect(a.intention.statement).toMatch(/^I intend to .+ (in the next two weeks|this week|at our next contact)\.$/);
      expect(a.intention.rating).toBeNull();
    }
    expect(plans[0]!.goals[0]!.actions[0]!.intention.statement).toBe(
      'I intend to go to the Wednesday Meanwood Community Allotment at Meanwood Valley Farm with my link worker in the next two weeks.',
    );
    expect(new Set(plans.map((p) => JSON.stringify(p.goals))).size).toBe(3);
  });

  it('quick wins (Chance high) add a small first step even when confident', () => {
    const person = assessment('a-chance', { ...answersOf(PERSON_SELF_DIRECTED), ...mhlcAnswers({ internal: 2, chance: 6, powerfulOthers: 2 }) });
    expect(buildInsight(person).supportStyle.quickWins).toBe(true);
    const plan = draftPlan(inputFor(person));
    expect(plan.goals[0]!.actions[0]!.strategies).toContain('A quick win first, to show change is possible.');
    expect(plan.goals[0]!.actions).toHaveLength(2);
  });

  it('no goals → “no actions required”, still a review date', () => {
    const plan = draftPlan(inputFor(assessment('a-none', { 'screen.outcome': 'accept', 'needs.areas': ['money'] })));
    expect(plan.goals).toEqual([]);
    expect(plan.noActionsRequired).toBe(true);
    expect(plan.narrative).toMatch(/No goals were agreed, so no actions are required/);
    expect(plan.reviewDate).toBe(reviewDateFrom(NOW));
  });

  it('a goal with nothing suitable in the directory gets a link-worker finding-out step, not an unrelated service', () => {
    const person = assessment('a-odd', { 'screen.outcome': 'accept', 'goal.1': 'learn to play the cello', 'goal.1.confidence': 8, 'needs.areas': [] });
    const plan = draftPlan({ ...inputFor(person) });
    const [only] = plan.goals[0]!.actions;
    expect(only?.who).toEqual({ kind: 'link_worker' });
    expect(only?.what).toMatch(/^Find a local option for “learn to play the cello”/);
    expect(plan.signposts).toEqual([]);
  });
});
