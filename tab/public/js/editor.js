// @ts-check
// The structured editor: script settings, safeguarding additions, sections and questions.
// Validated instrument sections are shown read-only with the reason they are locked.
import { button, h, icon, short } from './dom.js';
import { field, iconButton, move, pathString } from './fields.js';
import { conditionEditor } from './condition-editor.js';
import { questionEditor } from './question-editor.js';

/** A padlock drawn in SVG (emoji fonts are not everywhere Teams runs). */
export function lockIcon() {
  const svg = icon('lock');
  svg.setAttribute('class', 'lock-icon');
  svg.removeAttribute('slot');
  return svg;
}

/** @param {string} text */
function lockBadge(text) {
  return h('div', { class: 'lock', role: 'note' }, lockIcon(), h('span', { class: 'lock-text' }, text));
}

/**
 * Rows of small fields (local phrases, local contacts), each removable with undo.
 * @param {any} ctx @param {Array<string|number>} path @param {any[]} list @param {string} title @param {string} one singular name
 * @param {Array<[string, string, any?]>} columns @param {() => any} blank @param {(item: any) => string} describe
 */
function listEditor(ctx, path, list, title, one, columns, blank, describe) {
  return h(
    'div',
    { class: 'field list', dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, title),
    list.length ? null : h('p', { class: 'hint' }, 'None yet.'),
    list.map((item, i) =>
      h(
        'div',
        { class: 'row', dataset: { path: pathString([...path, i]) } },
        columns.map(([key, label, opts]) => field(ctx, [...path, i, key], label, { ...(opts ?? {}), name: `${label} of ${one} ${i + 1}` })),
        iconButton('delete', `Remove ${one} ${i + 1}${describe(item) ? ` (${short(describe(item), 30)})` : ''}`, () =>
          ctx.removeNow(`Removed ${one} ${i + 1}${describe(item) ? ` “${short(describe(item), 40)}”` : ''}.`, () => list.splice(i, 1)),
        ),
      ),
    ),
    button(`Add ${one}`, {
      icon: 'add',
      size: 'small',
      onclick: () => {
        list.push(blank());
        ctx.changed(true, `[name="${pathString([...path, list.length - 1, columns[0]?.[0] ?? ''])}"]`);
      },
    }),
  );
}

/** @param {any} ctx */
function settingsCard(ctx) {
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, 'Script'),
    h(
      'div',
      { class: 'row' },
      ctx.showIds ? field(ctx, ['id'], 'Script code', { readonly: ctx.existing }) : null,
      field(ctx, ['sessionCap'], 'Session cap (contacts before a review)', { kind: 'number' }),
    ),
    field(ctx, ['title'], 'Title', { name: 'Script title' }),
    field(ctx, ['description'], 'Description', { kind: 'textarea', optional: true, name: 'Script description' }),
  );
}

/** @param {any} ctx */
function safeguardingCard(ctx) {
  const d = ctx.doc;
  d.safeguarding ??= {};
  d.safeguarding.localPhrases ??= [];
  d.safeguarding.localContacts ??= [];
  // No default category: a phrase means whatever the manager says it means, never "suicide" by accident.
  const cats = [['', 'Choose the kind of risk…'], ...ctx.locks.riskCategories.map((/** @type {any} */ c) => [c.id, c.label])];
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, 'Safeguarding (local additions)'),
    lockBadge(ctx.locks.safeguarding),
    listEditor(
      ctx,
      ['safeguarding', 'localPhrases'],
      d.safeguarding.localPhrases,
      'Local phrases that raise a flag',
      'local phrase',
      [
        ['phrase', 'Phrase'],
        ['category', 'Kind of risk', { kind: 'select', options: cats }],
      ],
      () => ({ phrase: '', category: '' }),
      (x) => x.phrase,
    ),
    listEditor(
      ctx,
      ['safeguarding', 'localContacts'],
      d.safeguarding.localContacts,
      'Local safeguarding contacts',
      'local contact',
      [
        ['name', 'Name'],
        ['detail', 'How to reach them'],
      ],
      () => ({ name: '', detail: '' }),
      (x) => x.name,
    ),
    field(ctx, ['safeguarding', 'escalationSteps'], 'What to do when a risk is flagged', { kind: 'textarea', optional: true, rows: 3 }),
  );
}

/** Every question in document order, instrument items included, for condition pickers. @param {any} ctx */
export function questionsInOrder(ctx) {
  /** @type {Array<{ id: string, text: string, type?: string, options?: any[], sectionIndex: number }>} */
  const out = [];
  (ctx.doc.sections ?? []).forEach((/** @type {any} */ s, /** @type {number} */ si) => {
    if (s.kind === 'instrument')
      out.push(...(ctx.locks.byId[s.instrument]?.items ?? []).map((/** @type {any} */ i) => ({ id: i.questionId, text: i.text, sectionIndex: si })));
    for (const q of s.questions ?? []) out.push({ id: q.id, text: q.text, type: q.type, options: q.options, sectionIndex: si });
  });
  return out;
}

/** @param {any} ctx @param {any} s @param {number} si @param {ReturnType<typeof questionsInOrder>} all */
function sectionCard(ctx, s, si, all) {
  const sections = ctx.doc.sections;
  const p = (/** @type {Array<string|number>} */ ...k) => ['sections', si, ...k];
  const key = pathString(p());
  const name = `section ${si + 1} “${short(s.title, 40)}”`;
  const holdsRisk = (s.questions ?? []).some((/** @type {any} */ q) => q.id === ctx.riskId);
  const head = h(
    'div',
    { class: 'section-head' },
    h('h3', {}, `Section ${si + 1}: ${s.title ?? ''}`),
    s.kind === 'instrument' ? h('span', { class: 'badge locked' }, `validated instrument${ctx.showIds ? ` · ${s.instrument}` : ''}`) : null,
    h(
      'span',
      { class: 'actions' },
      iconButton('up', `Move ${name} up`, () => ctx.changed(true, `up:${pathString(['sections', move(sections, si, -1)])}`), `up:${key}`),
      iconButton('down', `Move ${name} down`, () => ctx.changed(true, `down:${pathString(['sections', move(sections, si, 1)])}`), `down:${key}`),
      holdsRisk ? null : iconButton('delete', `Remove ${name}`, () => ctx.confirmRemoveSection(si)),
    ),
  );
  const before = (/** @type {string} */ qid) =>
    all.slice(
      0,
      all.findIndex((x) => x.id === qid),
    );
  const firstOwn = s.kind === 'instrument' ? ctx.locks.byId[s.instrument]?.items[0]?.questionId : s.questions?.[0]?.id;
  const body = [
    h(
      'div',
      { class: 'row' },
      ctx.showIds ? field(ctx, p('id'), 'Section code', { name: `Code of ${name}` }) : null,
      field(ctx, p('title'), 'Section title', { name: `Title of ${name}` }),
    ),
  ];
  if (holdsRisk) body.push(lockBadge('This section holds the risk question, which every assessment must answer, so the section cannot be removed.'));
  if (s.kind === 'questions')
    body.push(field(ctx, p('intro'), 'Introduction (read before the first question)', { kind: 'textarea', optional: true, name: `Introduction to ${name}` }));
  body.push(conditionEditor(ctx, p('when'), firstOwn ? before(firstOwn) : all.filter((x) => x.sectionIndex < si), name));
  if (s.kind === 'instrument') {
    const lock = ctx.locks.byId[s.instrument];
    body.push(lockBadge(lock?.reason ?? 'Validated instrument: wording and scoring cannot be changed; you can include or remove it'));
    if (lock)
      body.push(
        h(
          'ol',
          { class: 'locked-items', dataset: { path: pathString(p('instrument')) } },
          lock.items.map((/** @type {any} */ item) =>
            h(
              'li',
              { class: 'locked-item', title: lock.reason },
              ctx.showIds ? h('span', { class: 'qid' }, item.questionId) : null,
              ' ',
              h('span', { class: 'locked-wording' }, item.text),
              h('small', { class: 'hint' }, `Answers: ${item.answers}`),
            ),
          ),
        ),
        h('p', { class: 'hint' }, lock.citation),
      );
    if ((s.questions ?? []).length) body.push(h('h4', {}, 'Your questions after the instrument'));
  }
  s.questions ??= [];
  s.questions.forEach((/** @type {any} */ q, /** @type {number} */ qi) => body.push(questionEditor(ctx, p('questions', qi), s.questions, qi, before(q.id), s)));
  body.push(
    button(`Add a question at the end of this section`, {
      icon: 'add',
      size: 'small',
      name: `Add a question at the end of ${name}`,
      onclick: () => ctx.insertQuestion(s.questions, s.questions.length, s),
    }),
  );
  return h('section', { class: `card section section-${s.kind}`, dataset: { path: key }, 'aria-label': `Section ${si + 1}: ${s.title ?? ''}` }, head, body);
}

/** @param {any} ctx */
function addSectionBar(ctx) {
  const included = new Set(ctx.doc.sections.filter((/** @type {any} */ s) => s.kind === 'instrument').map((/** @type {any} */ s) => s.instrument));
  const missing = ctx.locks.instruments.filter((/** @type {any} */ i) => !included.has(i.id));
  return h(
    'div',
    { class: 'add-bar' },
    button('Add a question section', { icon: 'add', onclick: () => ctx.addSection() }),
    missing.map((/** @type {any} */ i) =>
      button(`Include ${i.name.split(/[—(,]/)[0].trim()}`, {
        icon: 'add',
        title: i.reason,
        onclick: () => {
          ctx.doc.sections.push({ kind: 'instrument', id: i.id, title: i.name.split(/[—(]/)[0].trim(), instrument: i.id });
          ctx.changed(true);
        },
      }),
    ),
  );
}

/** Renders the whole editor for ctx.doc; ctx.changed(rerender, focusKey) is called on every edit. @param {any} ctx */
export function renderEditor(ctx) {
  const d = ctx.doc;
  d.sections ??= [];
  const all = questionsInOrder(ctx);
  return h(
    'div',
    { class: 'structured' },
    settingsCard(ctx),
    safeguardingCard(ctx),
    d.sections.map((/** @type {any} */ s, /** @type {number} */ si) => sectionCard(ctx, s, si, all)),
    addSectionBar(ctx),
  );
}
