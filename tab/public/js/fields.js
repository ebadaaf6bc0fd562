// Small form controls bound to a path in the script document. Every field carries data-path,
// the same path the server's validation messages use, so an issue lands next to its field.
import { h } from './dom.js';

export function getAt(obj, path) {
  return path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

export function setAt(obj, path, value) {
  const parent = getAt(obj, path.slice(0, -1));
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

/** ['sections', 2, 'questions', 4, 'options'] → "sections[2].questions[4].options" */
export function pathString(path) {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
}

/**
 * A labelled input. kind: text | textarea | number | checkbox | select.
 * optional: an empty value removes the key (so defaults apply) instead of saving "".
 */
export function field(ctx, path, label, { kind = 'text', optional = false, readonly = false, options = [], hint, rows = 2 } = {}) {
  const current = getAt(ctx.doc, path);
  const onInput = (e) => {
    const el = e.target;
    let v = kind === 'checkbox' ? el.checked : el.value;
    if (kind === 'number') v = v === '' ? undefined : Number(v);
    if (kind !== 'checkbox' && kind !== 'number' && optional && v.trim() === '') v = undefined;
    setAt(ctx.doc, path, v);
    ctx.changed(false);
  };
  let input;
  const common = { name: pathString(path), 'aria-label': label, readonly, disabled: readonly && kind !== 'text' && kind !== 'textarea' };
  if (kind === 'textarea') input = h('textarea', { ...common, rows, oninput: onInput }, current ?? '');
  else if (kind === 'select')
    input = h('select', { ...common, onchange: onInput }, options.map(([v, l]) => h('option', { value: v, selected: String(current) === String(v) }, l)));
  else if (kind === 'checkbox') input = h('input', { ...common, type: 'checkbox', checked: current !== false, onchange: onInput });
  else input = h('input', { ...common, type: kind, value: current ?? '', oninput: onInput });
  return h('label', { class: `field field-${kind}`, dataset: { path: pathString(path) } }, h('span', { class: 'field-label' }, label), input, hint ? h('small', { class: 'hint' }, hint) : null);
}

export function iconButton(label, title, onclick, extra = {}) {
  return h('button', { type: 'button', class: 'icon', title, 'aria-label': title, onclick, ...extra }, label);
}

/** Move an item of a list up (-1) or down (+1). */
export function move(list, i, delta) {
  const j = i + delta;
  if (j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j], list[i]];
}

/** Option values are ids or whole numbers; "3" typed in the editor means the number 3. */
export const parseValue = (s) => (/^-?\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim());
