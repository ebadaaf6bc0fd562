// The structured editor: script settings, safeguarding additions, sections and questions.
// Validated instrument sections are shown read-only with the reason they are locked.
import { h } from './dom.js';
import { field, iconButton, move, pathString } from './fields.js';
import { conditionEditor, questionEditor } from './question-editor.js';

/** A padlock drawn in SVG (emoji fonts are not everywhere Teams runs). */
export function lockIcon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'lock-icon');
  svg.setAttribute('aria-hidden', 'true');
  const body = document.createElementNS(ns, 'rect');
  Object.entries({ x: 3, y: 7, width: 10, height: 8, rx: 1.5 }).forEach(([k, v]) => body.setAttribute(k, v));
  const shackle = document.createElementNS(ns, 'path');
  shackle.setAttribute('d', 'M5 7V5a3 3 0 0 1 6 0v2');
  shackle.setAttribute('fill', 'none');
  shackle.setAttribute('stroke', 'currentColor');
  shackle.setAttribute('stroke-width', '1.6');
  svg.append(body, shackle);
  return svg;
}

function lockBadge(text) {
  return h('div', { class: 'lock', role: 'note' }, lockIcon(), h('span', { class: 'lock-text' }, text));
}

function listEditor(ctx, path, list, title, columns, blank) {
  return h('div', { class: 'field list', dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, title),
    list.map((_, i) => h('div', { class: 'row' }, columns.map(([key, label, opts]) => field(ctx, [...path, i, key], label, opts)),
      iconButton('✕', `Remove ${title.toLowerCase()} ${i + 1}`, () => (list.splice(i, 1), ctx.changed(true))))),
    h('button', { type: 'button', class: 'small', onclick: () => (list.push(blank()), ctx.changed(true)) }, `+ Add`));
}

function settingsCard(ctx) {
  return h('section', { class: 'card' }, h('h3', {}, 'Script'),
    h('div', { class: 'row' }, field(ctx, ['id'], 'Script id', { readonly: ctx.existing }), field(ctx, ['sessionCap'], 'Session cap (contacts before a review)', { kind: 'number' })),
    field(ctx, ['title'], 'Title'),
    field(ctx, ['description'], 'Description', { kind: 'textarea', optional: true }));
}

function safeguardingCard(ctx) {
  const d = ctx.doc;
  d.safeguarding ??= {};
  d.safeguarding.localPhrases ??= [];
  d.safeguarding.localContacts ??= [];
  const cats = ctx.locks.riskCategories.map((c) => [c.id, c.label]);
  return h('section', { class: 'card' }, h('h3', {}, 'Safeguarding (local additions)'),
    lockBadge(ctx.locks.safeguarding),
    listEditor(ctx, ['safeguarding', 'localPhrases'], d.safeguarding.localPhrases, 'Local phrases that raise a flag',
      [['phrase', 'Phrase'], ['category', 'Category', { kind: 'select', options: cats }]], () => ({ phrase: '', category: cats[0]?.[0] ?? '' })),
    listEditor(ctx, ['safeguarding', 'localContacts'], d.safeguarding.localContacts, 'Local safeguarding contacts',
      [['name', 'Name'], ['detail', 'How to reach them']], () => ({ name: '', detail: '' })),
    field(ctx, ['safeguarding', 'escalationSteps'], 'What to do when a risk is flagged', { kind: 'textarea', optional: true, rows: 3 }));
}

/** Every question id in document order, instrument items included, for condition pickers. */
function idsInOrder(ctx) {
  const out = [];
  for (const s of ctx.doc.sections ?? []) {
    if (s.kind === 'instrument') out.push(...(ctx.locks.byId[s.instrument]?.items ?? []).map((i) => i.questionId));
    for (const q of s.questions ?? []) out.push(q.id);
  }
  return out;
}

function sectionCard(ctx, s, si, allIds) {
  const sections = ctx.doc.sections;
  const p = (...k) => ['sections', si, ...k];
  const head = h('div', { class: 'section-head' },
    h('h3', {}, `Section ${si + 1}: ${s.title ?? ''}`),
    s.kind === 'instrument' ? h('span', { class: 'badge locked' }, `validated instrument · ${s.instrument}`) : null,
    h('span', { class: 'actions' },
      iconButton('↑', 'Move section up', () => (move(sections, si, -1), ctx.changed(true))),
      iconButton('↓', 'Move section down', () => (move(sections, si, 1), ctx.changed(true))),
      iconButton('✕', s.kind === 'instrument' ? `Remove instrument ${s.instrument}` : `Remove section ${s.id}`, () => (sections.splice(si, 1), ctx.changed(true)))));
  const body = [h('div', { class: 'row' }, field(ctx, p('id'), 'Section id'), field(ctx, p('title'), 'Title'))];
  const before = (qid) => allIds.slice(0, allIds.indexOf(qid));
  const firstOwn = s.kind === 'instrument' ? ctx.locks.byId[s.instrument]?.items[0]?.questionId : s.questions?.[0]?.id;
  if (s.kind === 'questions') body.push(field(ctx, p('intro'), 'Introduction (read before the first question)', { kind: 'textarea', optional: true }));
  body.push(conditionEditor(ctx, p('when'), firstOwn ? before(firstOwn) : allIds));
  if (s.kind === 'instrument') {
    const lock = ctx.locks.byId[s.instrument];
    body.push(lockBadge(lock?.reason ?? 'Validated instrument: wording and scoring cannot be changed; you can include or remove it'));
    if (lock)
      body.push(h('ol', { class: 'locked-items', dataset: { path: pathString(p('instrument')) } },
        lock.items.map((item) => h('li', { class: 'locked-item', title: lock.reason }, h('span', { class: 'qid' }, item.questionId), ' ', h('span', { class: 'locked-wording' }, item.text), h('small', { class: 'hint' }, `Answers: ${item.answers}`))),
      ), h('p', { class: 'hint' }, lock.citation));
    if ((s.questions ?? []).length) body.push(h('h4', {}, 'Your questions after the instrument'));
  }
  s.questions ??= [];
  s.questions.forEach((_, qi) => body.push(questionEditor(ctx, p('questions', qi), s.questions, qi, before(s.questions[qi].id))));
  body.push(h('button', { type: 'button', class: 'small', onclick: () => {
    s.questions.push({ id: `${s.id}.q${s.questions.length + 1}`, type: 'text', text: '' });
    ctx.open.add(pathString(p('questions', s.questions.length - 1)));
    ctx.changed(true);
  } }, '+ Add question'));
  return h('section', { class: `card section section-${s.kind}`, dataset: { path: pathString(p()) } }, head, body);
}

function addSectionBar(ctx) {
  const included = new Set(ctx.doc.sections.filter((s) => s.kind === 'instrument').map((s) => s.instrument));
  const missing = ctx.locks.instruments.filter((i) => !included.has(i.id));
  return h('div', { class: 'add-bar' },
    h('button', { type: 'button', onclick: () => {
      const n = ctx.doc.sections.length + 1;
      ctx.doc.sections.push({ kind: 'questions', id: `section_${n}`, title: 'New section', questions: [{ id: `section_${n}.q1`, type: 'text', text: '' }] });
      ctx.changed(true);
    } }, '+ Add question section'),
    missing.map((i) => h('button', { type: 'button', title: i.reason, onclick: () => {
      ctx.doc.sections.push({ kind: 'instrument', id: i.id, title: i.name.split(/[—(]/)[0].trim(), instrument: i.id });
      ctx.changed(true);
    } }, `+ Include ${i.name.split(/[—(,]/)[0].trim()}`)));
}

/** Renders the whole editor for ctx.doc; ctx.changed(rerender) is called on every edit. */
export function renderEditor(ctx) {
  const d = ctx.doc;
  d.sections ??= [];
  const allIds = idsInOrder(ctx);
  return h('div', { class: 'structured' }, settingsCard(ctx), safeguardingCard(ctx),
    d.sections.map((s, si) => sectionCard(ctx, s, si, allIds)), addSectionBar(ctx));
}
