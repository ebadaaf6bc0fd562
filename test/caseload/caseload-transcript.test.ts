import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport } from '../../reports';
import { DISCHARGE_SLOT } from '../../reports/caseload/discharge';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { typedAnswerFor } from '../helpers/default-answers';
import { current, OWNER, runDefaultAssessment, script } from '../call/helpers';
import { caseloadHarness, masked, nhsNumber } from './helpers';

/**
 * `caseload` through the real turn service and handler, on the real (SQLite) store: seven people
 * in different states, made by the conversation itself (assessments, `approve`, `session`,
 * `supervision`, `discharge`), with the clock moved between them. Another link worker's person is
 * never shown.
 */
const clock = { now: new Date('2026-09-20T09:00:00.000Z') };
let h: Harness;
const P = {
  overdue: nhsNumber('943476591'), // 9434765919
  draft: nhsNumber('401023211'),
  screening: nhsNumber('485777345'),
  atCap: nhsNumber('450557871'),
  discharged: nhsNumber('472362119'),
  flagged: nhsNumber('401023789'),
  inProgress: nhsNumber('443211987'),
  other: nhsNumber('495612344'),
};
const at = (iso: string) => (clock.now = new Date(iso));
const approved = async (nhs: string) => {
  await runDefaultAssessment(h, { fast: true, patient: nhs });
  expect(texts(await h.say('approve'))).toMatch(/approved/i);
};
let transcript = '';

beforeAll(async () => {
  h = await caseloadHarness(clock);
  at('2026-09-20T09:00:00.000Z');
  await approved(P.overdue); // review 2026-11-01
  at('2026-10-01T09:00:00.000Z');
  await approved(P.atCap); // review 2026-11-12
  for (let i = 1; i <= 6; i++) await h.say(`session phone 30 contact ${i}`);
  at('2026-10-05T09:00:00.000Z');
  await approved(P.discharged);
  at('2026-10-20T09:00:00.000Z');
  await approved(P.flagged); // review 2026-12-01
  await h.say('supervision talk through the housing worry');
  at('2026-10-25T09:00:00.000Z');
  await runDefaultAssessment(h, { fast: true, patient: P.draft }); // plan left as a draft
  at('2026-11-02T09:00:00.000Z');
  await h.say(`start ${P.inProgress}`);
  for (let i = 0; i < 20; i++) {
    const s = await current(h);
    if (!s?.cursor || !s.cursor.startsWith('screen.') || s.answers['screen.outcome']) break;
    await h.say(typedAnswerFor(script.byId.get(s.cursor)!));
  }
  await h.say('pause');
  at('2026-11-03T09:00:00.000Z');
  await h.say(`start ${P.screening}`); // nothing answered yet
  await h.say(`start ${P.other}`, { userId: 'aad-lw-2' });
  at('2026-11-08T09:00:00.000Z');
}, 240_000);
afterAll(async () => h?.close());

describe('caseload in chat (real store, real turn service)', () => {
  it('discharge needs a reason from the list: bad input changes nothing; a good one closes the entry', async () => {
    await h.say(`open ${masked(P.discharged)}`);
    const before = (await h.store.listAssessments({ owner: OWNER })).find((a) => a.patient.value === P.discharged)!;
    const bad = texts(await h.say('discharge sunshine'));
    expect(bad).toMatch(/“sunshine” is not a discharge reason, so nothing was changed/);
    expect(bad).toMatch(/1 goals met, 2 declined, 3 onward, 4 no contact, 5 moved, 6 died, 7 other/);
    expect(texts(await h.say('discharge other'))).toMatch(/For `other`, say why.*Nothing was changed/);
    const still = (await h.store.getAssessment(before.id))!;
    expect(still.value.features?.[DISCHARGE_SLOT]).toBeUndefined();
    expect(still.value.updatedAt).toBe(before.updatedAt);

    const ok = texts(await h.say('discharge goals met: joined the walking group'));
    expect(ok).toMatch(new RegExp(`Discharged \\*\\*\\* \\*\\*\\* ${P.discharged.slice(-4)}: Goals met, with your note\\.`));
    const saved = (await h.store.getAssessment(before.id))!.value.features?.[DISCHARGE_SLOT];
    expect(saved).toEqual({ at: '2026-11-08T09:00:00.000Z', by: OWNER, byName: 'Link Worker', reason: 'goals_met', note: 'joined the walking group' });
    expect(texts(await h.say('discharge moved'))).toMatch(/already discharged on 2026-11-08 \(Goals met\), so nothing was changed/);
  });

  it('lists everyone in the order of what needs doing first, masked, with a valid card row per person', async () => {
    const r = await h.say('caseload');
    transcript = texts(r);
    if (process.env['WMA_PRINT_TRANSCRIPT'] === '1') console.log(transcript);
    const lines = transcript.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines.map((l) => l.replace(/ — .*/, ''))).toEqual(
      [P.overdue, P.atCap, P.draft, P.inProgress, P.screening, P.flagged, P.discharged].map((p, i) => `${i + 1}. ${masked(p)}`),
    );
    expect(lines[0]).toBe(
      `1. ${masked(P.overdue)} — Review due (review 7 days overdue) · sessions 0 of 6 · review 2026-11-01 · next: progress review (\`review\`)`,
    );
    expect(lines[1]).toMatch(/^2\. .* — At session cap \(6 of 6 sessions used\) · sessions 6 of 6 · review 2026-11-12 · next: decide at the cap/);
    expect(lines[2]).toMatch(/— Plan draft \(draft v1, not yet agreed\) · sessions 0 of 6 · review 2026-12-06/);
    expect(lines[3]).toMatch(/— Assessment in progress \(assessment paused\)/);
    expect(lines[4]).toMatch(/— Screening \(screening under way\)/);
    expect(lines[5]).toMatch(
      /— Plan agreed \(agreed v1\) · sessions 0 of 6 · review 2026-12-01 · next: progress review \(`review`\) · flagged for supervision$/,
    );
    expect(lines[6]).toBe(`7. ${masked(P.discharged)} — Discharged (Goals met, 2026-11-08) · sessions 0 of 6`);
    // Only masked references, and nobody else's person.
    for (const p of Object.values(P)) expect(transcript).not.toContain(p);
    expect(transcript).not.toContain(P.other.slice(-4));

    const [card] = cards(r);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect((json.match(/"title":"Open"/g) ?? []).length).toBe(7);
    expect(json).toContain('Your caseload (7)');
    expect(json).not.toContain(P.other.slice(-4));
  });

  it('filters: due this week (overdue included) and at cap', async () => {
    const due = texts(await h.say('caseload due'))
      .split('\n')
      .filter((l) => /^\d+\. /.test(l));
    expect(due.map((l) => l.replace(/ — .*/, ''))).toEqual([`1. ${masked(P.overdue)}`, `2. ${masked(P.atCap)}`]);
    const cap = texts(await h.say('caseload at cap'))
      .split('\n')
      .filter((l) => /^\d+\. /.test(l));
    expect(cap.map((l) => l.replace(/ — .*/, ''))).toEqual([`1. ${masked(P.atCap)}`]);
    expect(texts(await h.say('caseload tomorrow'))).toMatch(/“tomorrow” is not a caseload filter/);
    // The card's filter buttons ask the same.
    const viaCard = texts(await h.click({ wma: 'feature', name: 'caseload', args: { filter: 'cap' } }));
    expect(viaCard).toMatch(/^At the session cap: 1 person/m);
  });

  it('a row opens the person (insight, plan) through the open path; another link worker’s row opens nothing', async () => {
    const card = cards(await h.say('caseload'))[0]!;
    const opens: Array<Record<string, unknown>> = [];
    JSON.stringify(card, (_k, v) => {
      if (v && typeof v === 'object' && v.type === 'Action.Submit' && v.title === 'Open') opens.push(v.data);
      return v;
    });
    expect(opens).toHaveLength(7);
    const opened = await h.click(opens[0]!);
    expect(texts(opened)).toContain(`Opened ${masked(P.overdue)}: assessment, completed`);
    expect(JSON.stringify(cards(opened))).toContain('Care and support plan');

    const theirs = (await h.store.listAssessments({ owner: 'aad-lw-2' }))[0]!;
    const refused = texts(await h.click({ wma: 'feature', name: 'caseload', args: { open: theirs.id } }));
    expect(refused).toMatch(/not on your caseload any more, so nothing was opened/);
  });

  it('another link worker sees only their own person', async () => {
    const r = texts(await h.say('caseload', { userId: 'aad-lw-2' }));
    const lines = r.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toEqual([`1. ${masked(P.other)} — Screening (screening under way) · sessions 0 of 6 · next: finish screening (\`open\`, then \`resume\`)`]);
    for (const p of Object.values(P).filter((p) => p !== P.other)) expect(r).not.toContain(p.slice(-4));
  });

  it('the service report counts the discharge by reason, small numbers suppressed', async () => {
    const { extra, report } = buildServiceReport(await h.store.listAssessments({}), {
      period: { from: '2026-01-01', to: '2026-12-31' },
      generatedAt: clock.now.toISOString(),
    });
    expect(extra.dischargeReasons).toMatchObject({ goals_met: 1, declined: 0, moved: 0 });
    expect(extra.exits.discharged_with_reason).toBe(1);
    const table = report.tables.find((t) => t.id === 'discharge-reasons')!;
    expect(table.rows.find((r) => r.label === 'Goals met')!.cells[0]!.display).toBe('<5');
    expect(JSON.stringify(report)).not.toContain('walking group');
  });
});
