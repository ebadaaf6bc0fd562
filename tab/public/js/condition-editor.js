// @ts-check
// "Ask this": always, or only when an earlier answer is… — the manager picks the earlier
// question by its wording and the answer by its label; ids appear only when asked for.
import { h, short } from './dom.js';
import { getAt, pathString, setAt } from './fields.js';

/** @typedef {{ id: string, text: string, type?: string, options?: Array<{ value: string|number, label: string }> }} Earlier */

const YESNO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
/** @param {Earlier | undefined} q */
const choicesOf = (q) => (q?.type === 'yesno' ? YESNO : (q?.options ?? []));

/**
 * @param {any} ctx editor context
 * @param {Array<string|number>} path where the condition lives (…, 'when')
 * @param {Earlier[]} earlier questions asked before this one, in order
 * @param {string} whose accessible-name suffix, e.g. `question 2 in “Screening”`
 */
export function conditionEditor(ctx, path, earlier, whose) {
  const c = getAt(ctx.doc, path);
  const mode = !c ? 'always' : c.answered !== undefined ? 'answered' : c.in ? 'in' : 'equals';
  const byId = new Map(earlier.map((q) => [q.id, q]));
  /** @param {any} next */
  const set = (next) => {
    setAt(ctx.doc, path, next);
    ctx.changed(true, `cond-mode:${pathString(path)}`);
  };
  const modeSelect = h(
    'select',
    {
      'aria-label': `When to ask ${whose}`,
      'data-focus': `cond-mode:${pathString(path)}`,
      onchange: (/** @type {any} */ e) => {
        const m = e.target.value;
        const question = c?.question ?? earlier[earlier.length - 1]?.id ?? '';
        const first = choicesOf(byId.get(question))[0]?.value ?? '';
        if (m === 'always') set(undefined);
        else if (m === 'answered') set({ question, answered: true });
        else if (m === 'in') set({ question, in: [c?.equals ?? first] });
        else set({ question, equals: c?.equals ?? c?.in?.[0] ?? first });
      },
    },
    [
      ['always', 'Always'],
      ['equals', 'Only when an earlier answer is…'],
      ['in', 'Only when an earlier answer is one of…'],
      ['answered', 'Only when an earlier question was answered'],
    ].map(([v, l]) => h('option', { value: v, selected: v === mode }, l)),
  );
  const parts = [modeSelect];
  if (c) {
    const known = byId.has(c.question);
    parts.push(
      h(
        'select',
        {
          'aria-label': `Earlier question deciding ${whose}`,
          onchange: (/** @type {any} */ e) => {
            const q = byId.get(e.target.value);
            const first = choicesOf(q)[0]?.value;
            c.question = e.target.value;
            if (mode === 'equals') c.equals = first ?? '';
            if (mode === 'in') c.in = first !== undefined ? [first] : [''];
            ctx.changed(true);
          },
        },
        known
          ? null
          : h('option', { value: c.question, selected: true }, `A question that is no longer asked before this one${ctx.showIds ? ` (${c.question})` : ''}`),
        earlier.map((q) =>
          h(
            'option',
            { value: q.id, selected: q.id === c.question },
            `${short(q.text, 70) || '(question without wording yet)'}${ctx.showIds ? ` (${q.id})` : ''}`,
          ),
        ),
      ),
    );
    const q = byId.get(c.question);
    const choices = choicesOf(q);
    if (mode === 'equals') {
      parts.push(h('span', {}, ' is '));
      if (choices.length)
        parts.push(
          h(
            'select',
            {
              'aria-label': `Answer that makes ${whose} be asked`,
              onchange: (/** @type {any} */ e) => ((c.equals = choices[Number(e.target.value)]?.value ?? ''), ctx.changed(false)),
            },
            choices.map((o, i) => h('option', { value: i, selected: String(o.value) === String(c.equals) }, o.label)),
          ),
        );
      else
        parts.push(
          h('input', {
            'aria-label': `Answer that makes ${whose} be asked`,
            value: String(c.equals ?? ''),
            oninput: (/** @type {any} */ e) => (
              (c.equals = /^-?\d+$/.test(e.target.value.trim()) ? Number(e.target.value) : e.target.value.trim()), ctx.changed(false)
            ),
          }),
        );
    }
    if (mode === 'in')
      parts.push(
        h(
          'fieldset',
          { class: 'choice-set' },
          h('legend', { class: 'sr-only' }, `Answers that make ${whose} be asked`),
          choices.map((o) =>
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                checked: (c.in ?? []).map(String).includes(String(o.value)),
                'aria-label': `${o.label} (makes ${whose} be asked)`,
                onchange: (/** @type {any} */ e) => {
                  const now = new Set((c.in ?? []).map(String));
                  if (e.target.checked) now.add(String(o.value));
                  else now.delete(String(o.value));
                  c.in = choices.filter((x) => now.has(String(x.value))).map((x) => x.value);
                  ctx.changed(false);
                },
              }),
              o.label,
            ),
          ),
        ),
      );
  }
  return h(
    'div',
    { class: 'field condition', dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, 'Ask this'),
    h('div', { class: 'row' }, parts),
  );
}
