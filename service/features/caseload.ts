import { notice } from '../../dialogs/engine/notice';
import { filterCaseload, type CaseloadEntry, type CaseloadFilter } from '../../reports/caseload/caseload';
import { loadCaseload } from '../caseload-source';
import type { CaseloadCardData } from '../feature-prompts';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import { openItems } from './people';

/**
 * `caseload` — everyone the link worker supports (their own records only), most urgent first,
 * as a masked list and a card with a row per person; `caseload due` (review due within the week
 * or overdue) and `caseload at cap`. A row's button opens the person exactly as `open` does.
 */
export const CASELOAD_FEATURE = 'caseload';
/** A card has a size limit in Teams; the tab shows everyone. */
const MAX_ROWS = 25;

const FILTER_WORDS: Array<[RegExp, CaseloadFilter]> = [
  [/^(|all)$/i, 'all'],
  [/^(due|due this week|this week|week)$/i, 'due'],
  [/^(at cap|cap|at the cap|capped)$/i, 'cap'],
];

const TITLES: Record<CaseloadFilter, string> = { all: 'Your caseload', due: 'Reviews due this week', cap: 'At the session cap' };
const EMPTY: Record<CaseloadFilter, string> = {
  all: 'You have nobody on your caseload yet. Type `start` followed by the NHS number or a local reference.',
  due: 'Nobody on your caseload has a review due this week.',
  cap: 'Nobody on your caseload is at the session cap.',
};

export function caseloadLine(e: CaseloadEntry, i: number): string {
  const parts = [
    `${e.statusLabel} (${e.detail})`,
    `sessions ${e.sessions.used} of ${e.sessions.allowed}`,
    ...(e.reviewDate && e.status !== 'discharged' ? [`review ${e.reviewDate}`] : []),
    ...(e.next ? [`next: ${e.next.what}`] : []),
    ...(e.supervision ? ['flagged for supervision'] : []),
  ];
  return `${i + 1}. ${e.masked} — ${parts.join(' · ')}`;
}

async function list(ctx: FeatureContext, filter: CaseloadFilter): Promise<FeatureResult> {
  const all = await loadCaseload(ctx.store, ctx.scripts, ctx.userId, ctx.now);
  const shown = filterCaseload(all, filter, ctx.now);
  if (shown.length === 0) return { items: [notice(EMPTY[filter])] };
  const rows = shown.slice(0, MAX_ROWS);
  const more = shown.length - rows.length;
  const text = [
    `${TITLES[filter]}: ${shown.length} ${shown.length === 1 ? 'person' : 'people'}, most urgent first (only you can see these).`,
    ...rows.map(caseloadLine),
    ...(more > 0 ? [`…and ${more} more: see the "My caseload" tab.`] : []),
    `Open someone with the card's button or \`open ${rows[0]!.masked}\`. ${filter === 'all' ? 'Filters: `caseload due`, `caseload at cap`.' : 'Type `caseload` for everyone.'}`,
  ].join('\n');
  const data: CaseloadCardData = {
    title: TITLES[filter],
    filter,
    total: shown.length,
    rows: rows.map((e) => ({
      masked: e.masked,
      openId: e.openId,
      status: e.status,
      statusLabel: e.statusLabel,
      detail: e.detail,
      sessions: e.sessions,
      reviewDate: e.reviewDate,
      next: e.next,
      supervision: e.supervision,
    })),
  };
  return { items: [{ kind: 'feature', feature: 'caseload', data, text }] };
}

/** A row's button: the assessment must be one of this link worker's own, or nothing opens. */
async function openRow(ctx: FeatureContext, id: unknown): Promise<FeatureResult> {
  const mine = typeof id === 'string' ? (await ctx.store.listAssessments({ owner: ctx.userId })).find((a) => a.id === id) : undefined;
  if (!mine) return { items: [notice('That person is not on your caseload any more, so nothing was opened. Type `caseload` to see it again.', 'warning')] };
  return {
    conversation: { ...ctx.conversation, activeAssessmentId: mine.id, awaitingPatientRef: false },
    items: await openItems(ctx, mine),
  };
}

export const caseloadFeature: Feature = {
  name: 'caseload',
  help: '`caseload` — everyone you support, most urgent first; `caseload due` and `caseload at cap` filter it.',
  select(input) {
    return input.kind === 'text' ? /^caseload\b/i.test(input.text) : input.name === CASELOAD_FEATURE;
  },
  async handle(input, ctx) {
    if (input.kind === 'card')
      return input.args.filter !== undefined ? list(ctx, FILTER_WORDS.find(([, f]) => f === input.args.filter)?.[1] ?? 'all') : openRow(ctx, input.args.open);
    const rest = input.text.replace(/^caseload\b/i, '').trim();
    const filter = FILTER_WORDS.find(([re]) => re.test(rest))?.[1];
    if (!filter)
      return {
        items: [
          notice(
            `“${rest.slice(0, 30)}” is not a caseload filter. Type \`caseload\`, \`caseload due\` (reviews due this week) or \`caseload at cap\`.`,
            'warning',
          ),
        ],
      };
    return list(ctx, filter);
  },
};
