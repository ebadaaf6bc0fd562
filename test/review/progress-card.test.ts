import { describe, expect, it } from 'vitest';
import { renderProgressCard } from '../../bot/cards/progress-card';
import { validateScriptText } from '../../dialogs/script/validate';
import { buildProgress } from '../../reports/progress';
import { REVIEW_SCRIPT_PATH } from '../../service/features/review';
import { seedDemoAssessments } from '../../scripts/seed-demo';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { readFileSync } from 'node:fs';

const all = seedDemoAssessments();
const baseline = all.find((a) => a.id === 'demo-1')!;
const reviews = all.filter((a) => a.id.startsWith('demo-1-review'));

describe('progress card', () => {
  it('is a clean Adaptive Card 1.5 with the latest of two reviews and every change in words', () => {
    const p = buildProgress(baseline, reviews, { used: 6, allowed: 6 });
    expect(p.latest).toEqual({ date: '2026-02-27', kind: 'review', number: 2 });
    const card = renderProgressCard(p);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    // demo-1 (worker B, d = 1): life satisfaction 3 → 4, anxiety 6 → 5, UCLA 2+3+3 = 8 → 5.
    expect(json).toContain('Life satisfaction: 3 (Low) to 4 (Low), +1, improved');
    expect(json).toContain('Anxiety: 6 (High) to 5 (Medium), -1, improved');
    expect(json).toContain('Loneliness (UCLA 3-item, 3–9): 8 to 5, -3, improved');
    expect(json).toContain('Partly achieved · confidence 4 to 6, +2, improved');
    expect(json).toContain('cap reached');
  });

  it('before any review, says so and still validates', () => {
    const p = buildProgress(baseline, [], { used: 2, allowed: 6 });
    const card = renderProgressCard(p);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('No review yet');
    expect(json).toContain('Life satisfaction: 3 (Low) at the first assessment; no review yet');
    expect(json).not.toMatch(/improved|worse/);
  });

  it("escapes the person's goal wording so it cannot restyle the card", () => {
    const tricky = structuredClone(baseline);
    tricky.answers['goal.1'] = { value: '**shout** [link](http://x)', at: tricky.createdAt, activityId: 'x' };
    const json = JSON.stringify(renderProgressCard(buildProgress(tricky, [], { used: 0, allowed: 6 })));
    expect(json).toContain('\\\\*\\\\*shout\\\\*\\\\* \\\\[link\\\\](http://x)');
  });

  it('the shipped review script validates and keeps the locked risk question', () => {
    const v = validateScriptText(readFileSync(REVIEW_SCRIPT_PATH, 'utf8'));
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.compiled.byId.get('ons4.anxiety')?.instrument?.id).toBe('ons4');
      expect(v.compiled.byId.get('ucla3.direct')?.instrument?.id).toBe('ucla3');
      expect(v.compiled.byId.has('risk.status')).toBe(true);
      expect(v.compiled.byId.has('mhlc_a.1')).toBe(false);
    }
  });
});
