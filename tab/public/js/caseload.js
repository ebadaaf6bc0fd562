// @ts-check
// "My caseload": the link worker's own people, as the `caseload` chat command shows them, from
// /api/caseload (the server decides whose people they are from the signed-in token). Each row's
// Open gives the chat command that opens the person — insight, plan, exports, progress — and
// copies it, so it can be pasted into the chat with the bot. Nothing here computes a status.
import { api, setAuthMode } from '/tab/js/api.js';
import { button, clear, h } from '/tab/js/dom.js';
import { followTeamsTheme } from '/tab/js/theme.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @typedef {{ masked: string, status: string, statusLabel: string, detail: string, sessions: { used: number, allowed: number }, reviewDate: string | null, lastContact: string | null, next: { what: string, due: string | null } | null, supervision: boolean, discharge: { at: string, label: string } | null }} Row */

const FILTERS = /** @type {const} */ ([
  ['all', 'Everyone'],
  ['due', 'Due this week'],
  ['cap', 'At cap'],
]);

/** @param {string} text @param {string} [tone] */
function notice(text, tone = 'info') {
  clear($('notice')).append(h('div', { class: `banner ${tone}` }, text));
}

/** Chat text is Markdown-ish (`command`): show it plain. @param {string} s */
const plain = (s) => s.replace(/`/g, '');

/** @param {Row} r */
async function openRow(r) {
  const command = `open ${r.masked}`;
  const hint = $('open-hint');
  hint.hidden = false;
  clear(hint).append(
    'To open ',
    r.masked,
    ' (insight, plan, exports and progress), type ',
    h('span', { class: 'open-cmd' }, command),
    ' in your chat with the bot.',
  );
  try {
    await navigator.clipboard.writeText(command);
    notice(`Copied “${command}”: paste it into your chat with What Matters Assistant.`, 'success');
  } catch {
    notice(`Type “${command}” in your chat with What Matters Assistant.`, 'info');
  }
}

/** @param {Row} r */
function rowNode(r) {
  return h(
    'tr',
    { class: r.status === 'discharged' ? 'discharged' : null, 'data-status': r.status },
    h(
      'td',
      {},
      h('span', { class: 'masked' }, r.masked),
      r.supervision ? h('span', { class: 'flag', title: 'Flagged to discuss in supervision' }, '⚑ supervision') : null,
    ),
    h('td', {}, h('span', { class: `status status-${r.status}` }, r.statusLabel), h('span', { class: 'detail' }, r.detail)),
    h('td', { class: 'num' }, `${r.sessions.used} of ${r.sessions.allowed}`),
    h('td', { class: 'num' }, r.status === 'discharged' ? '—' : (r.reviewDate ?? '—')),
    h('td', { class: 'num' }, r.lastContact ?? '—'),
    h('td', {}, r.next ? plain(r.next.what) : '—'),
    h('td', {}, button('Open', { name: `Open ${r.masked}`, onclick: () => void openRow(r) })),
  );
}

/** @param {string} filter */
async function load(filter) {
  try {
    const data = await api('GET', `/api/caseload?filter=${encodeURIComponent(filter)}`);
    const filters = $('filters');
    clear(filters).append(
      ...FILTERS.map(([id, label]) =>
        button(`${label} (${data.counts[id]})`, { appearance: id === filter ? 'primary' : undefined, onclick: () => void load(id) }),
      ),
    );
    const rows = /** @type {Row[]} */ (data.rows);
    $('rows').replaceChildren(
      ...(rows.length
        ? rows.map(rowNode)
        : [h('tr', {}, h('td', { colspan: 7, class: 'hint' }, filter === 'all' ? 'Nobody on your caseload yet.' : 'Nobody matches this filter.'))]),
    );
    notice(`${rows.length} ${rows.length === 1 ? 'person' : 'people'} · today ${data.today}`, 'info');
    history.replaceState(
      null,
      '',
      `?filter=${filter}${new URLSearchParams(location.search).get('theme') ? `&theme=${new URLSearchParams(location.search).get('theme')}` : ''}`,
    );
    document.body.dataset.ready = 'true';
  } catch (e) {
    notice(/** @type {Error} */ (e).message, 'error');
  }
}

async function start() {
  await followTeamsTheme();
  try {
    const cfg = await api('GET', '/api/scripts/config');
    setAuthMode(cfg.mode);
    if (cfg.mode === 'local') {
      const banner = $('local-banner');
      banner.hidden = false;
      banner.textContent = `LOCAL DEVELOPMENT MODE — not signed in; showing the people of "${cfg.identity}" on this computer only.`;
    }
    if (cfg.mode === 'disabled') return notice(cfg.reason, 'error');
    const me = await api('GET', '/api/scripts/me');
    $('who').textContent = me.name ?? me.actor;
  } catch (e) {
    return notice(/** @type {Error} */ (e).message, 'error');
  }
  const asked = new URLSearchParams(location.search).get('filter');
  await load(asked === 'due' || asked === 'cap' ? asked : 'all');
}

void start();
