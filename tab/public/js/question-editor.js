// One question: wording, type, required, coaching tip, condition and options.
import { h } from './dom.js';
import { field, getAt, iconButton, move, parseValue, pathString, setAt } from './fields.js';

const TYPES = [
  ['single', 'One choice'],
  ['multi', 'Several choices'],
  ['likert', 'Agreement scale (choices)'],
  ['yesno', 'Yes / no'],
  ['scale', 'Number scale (ruler)'],
  ['text', 'Free text'],
];
const CHOICE = new Set(['single', 'multi', 'likert']);

/** When the type changes, drop fields the new type cannot have and seed what it needs. */
function changeType(q, type) {
  for (const k of ['options', 'min', 'max', 'minLabel', 'maxLabel', 'maxLength']) delete q[k];
  q.type = type;
  if (CHOICE.has(type)) q.options = [{ value: 'option_1', label: 'Option 1' }, { value: 'option_2', label: 'Option 2' }];
  if (type === 'scale') Object.assign(q, { min: 1, max: 10 });
}

/** Condition: always / equals / one of / answered, pointing at an earlier question id. */
export function conditionEditor(ctx, path, earlierIds) {
  const c = getAt(ctx.doc, path);
  const mode = !c ? 'always' : c.answered !== undefined ? 'answered' : c.in ? 'in' : 'equals';
  const set = (next) => {
    setAt(ctx.doc, path, next);
    ctx.changed(true);
  };
  const modeSelect = h(
    'select',
    {
      'aria-label': 'Ask this',
      onchange: (e) => {
        const m = e.target.value;
        const question = c?.question ?? earlierIds[earlierIds.length - 1] ?? '';
        if (m === 'always') set(undefined);
        else if (m === 'answered') set({ question, answered: true });
        else if (m === 'in') set({ question, in: [c?.equals ?? ''] });
        else set({ question, equals: c?.equals ?? c?.in?.[0] ?? '' });
      },
    },
    [['always', 'Always'], ['equals', 'Only when the answer to'], ['in', 'Only when one of these answers to'], ['answered', 'Only when answered:']].map(([v, l]) =>
      h('option', { value: v, selected: v === mode }, l),
    ),
  );
  const parts = [modeSelect];
  if (c) {
    parts.push(
      h('select', { 'aria-label': 'Earlier question', onchange: (e) => ((c.question = e.target.value), ctx.changed(false)) },
        [...new Set([...earlierIds, c.question])].map((id) => h('option', { value: id, selected: id === c.question }, id))),
    );
    if (mode === 'equals')
      parts.push(h('span', {}, ' is '), h('input', { 'aria-label': 'Answer value', value: String(c.equals ?? ''), oninput: (e) => ((c.equals = parseValue(e.target.value)), ctx.changed(false)) }));
    if (mode === 'in')
      parts.push(h('span', {}, ' is any of '), h('input', { 'aria-label': 'Answer values (comma separated)', value: (c.in ?? []).join(', '), oninput: (e) => ((c.in = e.target.value.split(',').map(parseValue).filter((v) => v !== '')), ctx.changed(false)) }));
  }
  return h('div', { class: 'field condition', dataset: { path: pathString(path) } }, h('span', { class: 'field-label' }, 'Ask this'), h('div', { class: 'row' }, parts));
}

function optionsEditor(ctx, qPath, q) {
  const path = [...qPath, 'options'];
  return h('div', { class: 'field options', dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, 'Answer options (value · label shown to the link worker)'),
    q.options.map((o, i) =>
      h('div', { class: 'row option', dataset: { path: pathString([...path, i]) } },
        h('input', { class: 'opt-value', 'aria-label': `Option ${i + 1} value`, value: String(o.value), oninput: (e) => ((o.value = parseValue(e.target.value)), ctx.changed(false)) }),
        h('input', { class: 'opt-label', 'aria-label': `Option ${i + 1} label`, value: o.label, oninput: (e) => ((o.label = e.target.value), ctx.changed(false)) }),
        iconButton('↑', 'Move option up', () => (move(q.options, i, -1), ctx.changed(true))),
        iconButton('✕', `Remove option ${i + 1}`, () => (q.options.splice(i, 1), ctx.changed(true))),
      ),
    ),
    h('button', { type: 'button', class: 'small', onclick: () => (q.options.push({ value: `option_${q.options.length + 1}`, label: '' }), ctx.changed(true)) }, '+ Add option'),
  );
}

export function questionEditor(ctx, qPath, list, index, earlierIds) {
  const q = list[index];
  const p = (...k) => [...qPath, ...k];
  const body = [
    h('div', { class: 'row' },
      field(ctx, p('id'), 'Question id', { hint: 'Used in conditions and exports; change with care.' }),
      h('label', { class: 'field', dataset: { path: pathString(p('type')) } }, h('span', { class: 'field-label' }, 'Type'),
        h('select', { 'aria-label': 'Type', onchange: (e) => (changeType(q, e.target.value), ctx.changed(true)) }, TYPES.map(([v, l]) => h('option', { value: v, selected: v === q.type }, l)))),
      field(ctx, p('required'), 'Required', { kind: 'checkbox' }),
    ),
    field(ctx, p('text'), 'Wording', { kind: 'textarea', hint: 'Use {question.id} to repeat an earlier answer.' }),
    field(ctx, p('tip'), 'Coaching tip (link worker only)', { kind: 'textarea', optional: true }),
    conditionEditor(ctx, p('when'), earlierIds),
  ];
  if (CHOICE.has(q.type)) body.push(optionsEditor(ctx, qPath, q));
  if (q.type === 'scale')
    body.push(h('div', { class: 'row' },
      field(ctx, p('min'), 'From', { kind: 'number' }), field(ctx, p('minLabel'), 'Low label', { optional: true }),
      field(ctx, p('max'), 'To', { kind: 'number' }), field(ctx, p('maxLabel'), 'High label', { optional: true })));
  if (q.type === 'text') body.push(field(ctx, p('maxLength'), 'Longest answer (characters)', { kind: 'number' }));
  const summary = h('summary', {},
    h('span', { class: 'qid' }, q.id || '(new question)'), ' ', h('span', { class: 'qtext' }, q.text || ''),
    q.required === false ? h('span', { class: 'badge optional' }, 'optional') : null,
    q.when ? h('span', { class: 'badge cond' }, 'conditional') : null,
    h('span', { class: 'actions' },
      iconButton('↑', 'Move question up', (e) => (e.preventDefault(), move(list, index, -1), ctx.changed(true))),
      iconButton('↓', 'Move question down', (e) => (e.preventDefault(), move(list, index, 1), ctx.changed(true))),
      iconButton('✕', `Remove question ${q.id}`, (e) => (e.preventDefault(), list.splice(index, 1), ctx.changed(true)))));
  const key = pathString(qPath);
  return h('details', { class: 'question', open: ctx.open.has(key), dataset: { path: key }, ontoggle: (e) => (e.target.open ? ctx.open.add(key) : ctx.open.delete(key)) }, summary, body);
}
