// @ts-check
// One question: wording, type, required, coaching tip, condition and answer options. Codes for
// new questions and options are made from their wording and labels, and shown only on request.
import { button, h, short } from './dom.js';
import { conditionEditor } from './condition-editor.js';
import { field, iconButton, move, pathString, slug, unique } from './fields.js';
import { renameQuestion } from './ids.js';

/** @typedef {import('./types').QuestionDoc} QuestionDoc */

const TYPES = [
  ['single', 'One choice'],
  ['multi', 'Several choices'],
  ['likert', 'Agreement scale (choices)'],
  ['yesno', 'Yes / no'],
  ['scale', 'Number scale (ruler)'],
  ['text', 'Free text'],
];
const CHOICE = new Set(['single', 'multi', 'likert']);

/** When the type changes, drop fields the new type cannot have and seed what it needs. @param {any} ctx @param {QuestionDoc} q @param {string} type */
function changeType(ctx, q, type) {
  for (const k of ['options', 'min', 'max', 'minLabel', 'maxLabel', 'maxLength']) delete q[/** @type {keyof QuestionDoc} */ (k)];
  q.type = type;
  if (CHOICE.has(type)) {
    q.options = [
      { value: 'first_answer', label: 'First answer' },
      { value: 'second_answer', label: 'Second answer' },
    ];
    q.options.forEach((o) => ctx.autoIds.add(o));
  }
  if (type === 'scale') Object.assign(q, { min: 1, max: 10 });
}

/** @param {any} ctx @param {Array<string|number>} qPath @param {QuestionDoc} q @param {string} whose */
function optionsEditor(ctx, qPath, q, whose) {
  const path = [...qPath, 'options'];
  const opts = q.options ?? [];
  return h(
    'div',
    { class: 'field options', dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, ctx.showIds ? 'Answers (code · label shown to the link worker)' : 'Answers'),
    opts.map((o, i) => {
      const key = pathString([...path, i]);
      const label = o.label || `answer ${i + 1}`;
      return h(
        'div',
        { class: 'row option', dataset: { path: key } },
        ctx.showIds
          ? h('input', {
              class: 'opt-value',
              'aria-label': `Code for answer ${i + 1} of ${whose}`,
              value: String(o.value),
              oninput: (/** @type {any} */ e) => {
                ctx.autoIds.delete(o);
                o.value = /^-?\d+$/.test(e.target.value.trim()) ? Number(e.target.value) : e.target.value.trim();
                ctx.changed(false);
              },
            })
          : null,
        h('input', {
          class: 'opt-label',
          'aria-label': `Answer ${i + 1} of ${whose}`,
          value: o.label,
          oninput: (/** @type {any} */ e) => {
            o.label = e.target.value;
            // A new answer's code follows its label, so the report and exports read sensibly.
            if (ctx.autoIds.has(o)) o.value = unique(slug(o.label), new Set(opts.filter((x) => x !== o).map((x) => String(x.value))));
            ctx.changed(false);
          },
        }),
        iconButton(
          'up',
          `Move answer “${short(label, 30)}” of ${whose} up`,
          () => ctx.changed(true, `up:${pathString([...path, move(opts, i, -1)])}`),
          `up:${key}`,
        ),
        iconButton('delete', `Remove answer “${short(label, 30)}” from ${whose}`, () => {
          ctx.removeNow(`Removed the answer “${short(label, 40)}”.`, () => opts.splice(i, 1));
        }),
      );
    }),
    button('Add an answer', {
      icon: 'add',
      size: 'small',
      name: `Add an answer to ${whose}`,
      onclick: () => {
        const o = { value: unique('new_answer', new Set(opts.map((x) => String(x.value)))), label: '' };
        ctx.autoIds.add(o);
        opts.push(o);
        ctx.changed(true, `input[aria-label="Answer ${opts.length} of ${whose}"]`);
      },
    }),
  );
}

/**
 * @param {any} ctx @param {Array<string|number>} qPath @param {QuestionDoc[]} list @param {number} index
 * @param {Array<{ id: string, text: string }>} earlier @param {{ title: string, id: string }} section
 */
export function questionEditor(ctx, qPath, list, index, earlier, section) {
  const q = list[index];
  const p = (/** @type {Array<string|number>} */ ...k) => [...qPath, ...k];
  const key = pathString(qPath);
  const whose = `question ${index + 1} in “${short(section.title, 40)}”`;
  const isRisk = q.id === ctx.riskId;
  const body = [
    h(
      'div',
      { class: 'row' },
      ctx.showIds
        ? field(ctx, p('id'), 'Question code', {
            name: `Code of ${whose}`,
            hint: 'Used in conditions, the report and exports; change with care.',
            readonly: isRisk,
          })
        : null,
      h(
        'label',
        { class: 'field', dataset: { path: pathString(p('type')) } },
        h('span', { class: 'field-label' }, 'Type of answer'),
        h(
          'select',
          {
            'aria-label': `Type of answer for ${whose}`,
            disabled: isRisk,
            onchange: (/** @type {any} */ e) => (changeType(ctx, q, e.target.value), ctx.changed(true)),
          },
          TYPES.map(([v, l]) => h('option', { value: v, selected: v === q.type }, l)),
        ),
      ),
      isRisk ? null : field(ctx, p('required'), 'Required', { kind: 'checkbox', name: `${whose} is required` }),
    ),
    field(ctx, p('text'), 'Wording', {
      kind: 'textarea',
      name: `Wording of ${whose}`,
      hint: 'Use {question.id} to repeat an earlier answer.',
      onValue: (v) => {
        // A new question's code follows its wording until it is saved.
        if (ctx.autoIds.has(q)) renameQuestion(ctx.doc, q, `${section.id}.${slug(String(v ?? ''), 30)}`);
      },
    }),
    field(ctx, p('tip'), 'Coaching tip (link worker only)', { kind: 'textarea', optional: true, name: `Coaching tip for ${whose}` }),
    isRisk ? h('p', { class: 'hint' }, 'Always asked: every assessment records risks explicitly.') : conditionEditor(ctx, p('when'), earlier, whose),
  ];
  if (CHOICE.has(q.type)) body.push(optionsEditor(ctx, qPath, q, whose));
  if (q.type === 'scale')
    body.push(
      h(
        'div',
        { class: 'row' },
        field(ctx, p('min'), 'From', { kind: 'number', name: `Lowest number on ${whose}` }),
        field(ctx, p('minLabel'), 'Low label', { optional: true, name: `Low label of ${whose}` }),
        field(ctx, p('max'), 'To', { kind: 'number', name: `Highest number on ${whose}` }),
        field(ctx, p('maxLabel'), 'High label', { optional: true, name: `High label of ${whose}` }),
      ),
    );
  if (q.type === 'text') body.push(field(ctx, p('maxLength'), 'Longest answer (characters)', { kind: 'number', name: `Longest answer to ${whose}` }));
  body.push(
    h(
      'div',
      { class: 'row' },
      button('Add a question after this one', {
        icon: 'add',
        size: 'small',
        name: `Add a question after ${whose}`,
        onclick: () => ctx.insertQuestion(list, index + 1, section),
      }),
    ),
  );

  const title = short(q.text, 80) || '(new question — add its wording)';
  const summary = h(
    'summary',
    {},
    ctx.showIds ? h('span', { class: 'qid' }, q.id) : null,
    ' ',
    h('span', { class: 'qtext' }, title),
    q.required === false ? h('span', { class: 'badge optional' }, 'optional') : null,
    q.when ? h('span', { class: 'badge cond' }, 'conditional') : null,
    isRisk ? h('span', { class: 'badge locked' }, 'always asked · cannot be removed') : null,
    h(
      'span',
      { class: 'actions' },
      iconButton(
        'up',
        `Move ${whose} up`,
        (/** @type {Event} */ e) => (e.preventDefault(), ctx.changed(true, `up:${pathString([...qPath.slice(0, -1), move(list, index, -1)])}`)),
        `up:${key}`,
      ),
      iconButton(
        'down',
        `Move ${whose} down`,
        (/** @type {Event} */ e) => (e.preventDefault(), ctx.changed(true, `down:${pathString([...qPath.slice(0, -1), move(list, index, 1)])}`)),
        `down:${key}`,
      ),
      // The risk question is part of safeguarding: there is nothing to remove it with.
      isRisk
        ? null
        : iconButton('delete', `Remove ${whose}`, (/** @type {Event} */ e) => {
            e.preventDefault();
            ctx.confirmRemoveQuestion(list, index, q, section);
          }),
    ),
  );
  return h(
    'details',
    {
      class: 'question',
      open: ctx.open.has(key),
      dataset: { path: key },
      ontoggle: (/** @type {any} */ e) => (e.target.open ? ctx.open.add(key) : ctx.open.delete(key)),
    },
    summary,
    body,
  );
}
