import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../plans/draft-plan';
import type { Plan } from '../../plans/model';
import { parsePlanCommand, type PlanCommand } from '../../plans/plan-commands';
import { applyPlanChange, approvePlan, replaceWithRedraft, type Change } from '../../plans/plan-edits';
import { PERSON_LOW_CONFIDENCE, PERSON_STRUCTURED } from './fixtures';
import { inputFor } from './helpers';

const lw = { by: 'lw-1', at: '2026-11-25T11:00:00.000Z' };
const later = { by: 'lw-1', at: '2026-11-25T11:05:00.000Z' };

function command(text: string): PlanCommand {
  const r = parsePlanCommand(text);
  if (!r?.ok) throw new Error(`not parsed: ${text}`);
  return r.command;
}

function apply(plan: Plan, text: string, actor = lw): Plan {
  const c = command(text);
  const r = c.kind === 'approve' ? approvePlan(plan, actor) : applyPlanChange(plan, c as Change, actor);
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

describe('plan commands', () => {
  it('parses the commands the card shows', () => {
    expect(command('approve')).toEqual({ kind: 'approve' });
    expect(command('Accept')).toEqual({ kind: 'approve' });
    expect(command('edit goal 1 get out to the garden')).toEqual({ kind: 'edit_goal', goal: 1, text: 'get out to the garden' });
    expect(command('edit action 1.2 Phone the allotment')).toEqual({ kind: 'edit_action', goal: 1, action: 2, field: 'what', value: 'Phone the allotment' });
    expect(command('edit action 1.2 when Thursday morning')).toEqual({ kind: 'edit_action', goal: 1, action: 2, field: 'when', value: 'Thursday morning' });
    expect(command('remove action 2.1')).toEqual({ kind: 'remove_action', goal: 2, action: 1 });
    expect(command('add action 1 Ask my sister to come')).toEqual({ kind: 'add_action', goal: 1, what: 'Ask my sister to come' });
    expect(command('rate 1.1 6')).toEqual({ kind: 'rate', goal: 1, action: 1, rating: 6 });
    expect(command('confidence 1.1 7')).toEqual({ kind: 'confidence', goal: 1, action: 1, value: 7 });
    expect(command('status 1.1 in progress')).toEqual({ kind: 'status', goal: 1, action: 1, status: 'in_progress' });
  });

  it('gives a usage message for a malformed plan command and ignores everything else', () => {
    expect(parsePlanCommand('rate 1.1 9')).toMatchObject({ ok: false, message: expect.stringMatching(/intention rating is 1–7.*nothing was changed/s) });
    expect(parsePlanCommand('edit goal one better')).toMatchObject({ ok: false, message: expect.stringMatching(/didn't understand/) });
    expect(parsePlanCommand('confidence 1.1 11')).toMatchObject({ ok: false });
    for (const other of ['status', 'resume', 'export pdf', 'address', 'planning ahead']) expect(parsePlanCommand(other)).toBeNull();
  });
});

describe('plan edits', () => {
  const draft = draftPlan(inputFor(PERSON_LOW_CONFIDENCE));

  it('records every edit (who, when, what) and bumps the version', () => {
    let p = apply(draft, 'edit goal 1 sort out my money and open the letters');
    p = apply(p, 'edit action 1.2 when Monday morning');
    p = apply(p, 'rate 1.1 6');
    p = apply(p, 'confidence 1.1 7');
    p = apply(p, 'add action 1 Ask my neighbour to sit with me when I call');
    expect(p.version).toBe(6);
    expect(p.goals[0]!.text).toBe('sort out my money and open the letters');
    expect(p.goals[0]!.actions[1]!.when).toBe('Monday morning');
    expect(p.goals[0]!.actions[0]!.intention.rating).toBe(6);
    expect(p.goals[0]!.actions[0]!.confidence).toBe(7);
    expect(p.goals[0]!.actions[2]).toMatchObject({ id: 'g1.a3', what: 'Ask my neighbour to sit with me when I call', who: { kind: 'person' } });
    expect(p.goals[0]!.actions[2]!.intention.statement).toBe('I intend to ask my neighbour to sit with me when I call in the next two weeks.');
    expect(p.edits.map((e) => e.change)).toEqual([
      'Goal 1 changed from “sort out my money” to “sort out my money and open the letters”',
      'Action 1.2 when changed from “In the next two weeks” to “Monday morning”',
      'Action 1.1 intention rated 6/7',
      'Action 1.1 confidence set to 7/10',
      'Action 1.3 added: “Ask my neighbour to sit with me when I call”',
    ]);
    expect(p.edits.every((e) => e.by === 'lw-1' && e.at === lw.at)).toBe(true);
  });

  it('refuses impossible edits with a clear message and changes nothing', () => {
    for (const [text, msg] of [
      ['edit goal 4 x', /There is no goal 4 \(the plan has 1\)\. Nothing was changed\./],
      ['remove action 1.9', /Goal 1 has no action 9 \(it has 2\)\. Nothing was changed\./],
      ['edit action 1.1 who the council', /“who” can be `me`/],
      ['edit action 1.1 intention go soon', /starts “I intend to …”/],
      [`add goal ${'x'.repeat(401)}`, /limit is 400/],
    ] as const) {
      const c = command(text) as Change;
      const r = applyPlanChange(draft, c, lw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(msg);
    }
  });

  it('removing the last actions states “no actions required”', () => {
    let p = apply(draft, 'remove action 1.2');
    p = apply(p, 'remove action 1.1');
    expect(p.noActionsRequired).toBe(true);
    p = apply(p, 'add action 1 Open one letter with the link worker');
    expect(p.noActionsRequired).toBe(false);
  });

  it('approval records who and when; any later edit withdraws it until re-approved', () => {
    const approved = apply(draft, 'approve');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'lw-1', approvedAt: lw.at, version: 1 });
    expect(approvePlan(approved, later)).toEqual({ ok: false, message: 'This plan (version 1) is already approved.' });
    const edited = apply(approved, 'importance 1 9', later);
    expect(edited.status).toBe('draft');
    expect(edited.approvedBy).toBeUndefined();
    expect(edited.approvedAt).toBeUndefined();
    expect(edited.edits.at(-1)?.change).toBe('Goal 1 importance set to 9/10 — approval withdrawn, needs re-approval');
    expect(apply(edited, 'approve', later)).toMatchObject({ status: 'approved', version: 2, approvedAt: later.at });
  });

  it('a redraft replaces the content but keeps the id, the version count and the history', () => {
    const edited = apply(draftPlan(inputFor(PERSON_STRUCTURED)), 'remove action 2.1');
    const fresh = draftPlan(inputFor(PERSON_STRUCTURED));
    const redrafted = replaceWithRedraft(edited, fresh, later);
    expect(redrafted.goals[1]!.actions).toHaveLength(1);
    expect(redrafted.version).toBe(3);
    // Issue 18: a referral no action uses is removed with it, and the change says so.
    expect(redrafted.edits.map((e) => e.change)).toEqual([
      'Action 2.1 removed (“Go to Leeds Bereavement Circle with the link worker for the first session (the …”); no action uses Leeds Bereavement Circle any more, so its referral was removed; no action uses Headingley Health Walks any more, so its signpost was removed',
      'Redrafted by the deterministic drafter; earlier changes replaced',
    ]);
  });
});
