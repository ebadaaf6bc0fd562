// The managers' service report: asks /api/report for the anonymised, suppressed report with its
// charts inline (an <img> cannot carry the sign-in token, so the PNGs come as data URIs), and
// draws the tables beside the charts. Nothing here computes a number: the server did.
import { api, download, setAuthMode } from '/tab/js/api.js';
import { button, clear, h } from '/tab/js/dom.js';
import { followTeamsTheme } from '/tab/js/theme.js';

const $ = (id) => document.getElementById(id);

function notice(text, tone = 'info') {
  clear($('notice')).append(h('div', { class: `banner ${tone}` }, text));
}

const iso = (d) => d.toISOString().slice(0, 10);

function defaultPeriod() {
  const params = new URLSearchParams(location.search);
  const now = new Date();
  $('from').value = params.get('from') ?? `${now.getUTCFullYear()}-01-01`;
  $('to').value = params.get('to') ?? iso(now);
}

const query = () => `from=${encodeURIComponent($('from').value)}&to=${encodeURIComponent($('to').value)}`;

function cellNode(cell, tag = 'td') {
  return h(
    tag,
    {
      class: `num${cell.suppressed ? ' suppressed' : ''}`,
      title:
        cell.suppressed === 'complementary'
          ? 'Hidden so that a small count cannot be worked out by subtraction'
          : cell.suppressed === 'small'
            ? 'Fewer than 5'
            : null,
    },
    cell.display,
  );
}

function tableNode(t) {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Category')),
    t.columns.map((c) => h('th', { class: 'num', scope: 'col' }, c)),
  );
  const rows = t.rows.map((r) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, r.label),
      r.cells.map((c) => cellNode(c)),
    ),
  );
  const total = t.total
    ? [
        h(
          'tr',
          { class: 'total' },
          h('th', { scope: 'row' }, t.total.label),
          t.total.cells.map((c) => cellNode(c)),
        ),
      ]
    : [];
  return h('table', { class: 'data' }, h('caption', { class: 'sr-only' }, t.title), h('thead', {}, head), h('tbody', {}, rows, total));
}

const anchor = (title) => `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function render(report, charts) {
  $('headline').replaceChildren(
    ...report.headline.map((x) => h('div', { class: 'tile' }, h('div', { class: 'value' }, x.cell.display), h('div', { class: 'label' }, x.label))),
  );
  const notes = $('notes');
  notes.hidden = false;
  notes.replaceChildren(
    h('h2', {}, 'About these numbers'),
    h(
      'ul',
      {},
      report.notes.map((n) => h('li', {}, n)),
    ),
  );
  const sections = new Map();
  for (const t of report.tables) {
    if (!sections.has(t.section)) sections.set(t.section, []);
    sections.get(t.section).push(t);
  }
  const contents = $('contents');
  contents.hidden = false;
  contents.replaceChildren(
    h('h2', {}, 'In this report'),
    h(
      'ul',
      {},
      [...sections.keys()].map((title) => h('li', {}, h('a', { href: `#${anchor(title)}` }, title))),
    ),
  );
  $('print-period').textContent =
    `Referrals received ${report.period.from} to ${report.period.to}, followed up to ${report.period.to}. Generated ${report.generatedAt.slice(0, 10)}.`;
  $('sections').replaceChildren(
    ...[...sections].map(([title, tables]) =>
      h(
        'section',
        { class: 'panel report-section', id: anchor(title), 'aria-labelledby': `${anchor(title)}-h` },
        h('h2', { id: `${anchor(title)}-h` }, title),
        tables.map((t) => {
          const images = charts.filter((c) => c.tableId === t.id).map((c) => h('img', { src: c.src, alt: `Chart: ${c.title}`, 'data-chart': c.id }));
          const wide = t.columns.length > 4;
          return h(
            'div',
            { class: `report-table${wide ? ' wide' : ''}`, 'data-table': t.id },
            h('div', {}, h('h3', {}, t.title), tableNode(t), t.note ? h('p', { class: 'hint' }, t.note) : null),
            images.length ? h('div', { class: wide ? 'chart-row' : 'charts' }, images) : null,
          );
        }),
      ),
    ),
  );
  document.body.dataset.ready = 'true';
}

async function downloadCsv() {
  try {
    notice(`Downloaded ${await download(`/api/report/csv?${query()}`)}.`, 'success');
  } catch (e) {
    notice(e.message, 'error');
  }
}

async function load() {
  notice('Loading the report…');
  try {
    const { report, charts } = await api('GET', `/api/report?${query()}&charts=inline`);
    render(report, charts ?? []);
    notice(`Referrals received ${report.period.from} to ${report.period.to}, followed up to ${report.period.to}.`, 'success');
    history.replaceState(null, '', `?${query()}`);
  } catch (e) {
    notice(e.message, 'error');
  }
}

async function start() {
  await followTeamsTheme();
  defaultPeriod();
  $('period-actions').append(
    button('Show report', { appearance: 'primary', onclick: () => void load() }),
    button('Download CSV', { id: 'csv', onclick: downloadCsv }),
    // The browser's print dialog prints, or saves a PDF; the print stylesheet lays the report out for A4.
    button('Print or save as PDF', { id: 'print', onclick: () => window.print() }),
  );
  $('period').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load();
  });

  try {
    const cfg = await api('GET', '/api/scripts/config');
    setAuthMode(cfg.mode);
    if (cfg.mode === 'local') {
      const banner = $('local-banner');
      banner.hidden = false;
      banner.textContent = `LOCAL DEVELOPMENT MODE — not signed in; acting as "${cfg.identity}" on this computer only.`;
    }
    if (cfg.mode === 'disabled') return notice(cfg.reason, 'error');
  } catch (e) {
    return notice(e.message, 'error');
  }
  await load();
}

void start();
