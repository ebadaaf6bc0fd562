// @ts-check
// Small form controls bound to a path in the script document. Every field carries data-path,
// the same path the server's validation messages use, so an issue lands next to its field.
import { button, h } from './dom.js';

/** @param {any} obj @param {Array<string|number>} path @returns {any} */
export function getAt(obj, path) {
  return path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** @param {any} obj @param {Array<string|number>} path @param {unknown} value */
export function setAt(obj, path, value) {
  const parent = getAt(obj, path.slice(0, -1));
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

/** ['sections', 2, 'questions', 4, 'options'] → "sections[2].questions[4].options" */
/** @param {Array<string|number>} path */
export function pathString(path) {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
}

/**
 * A labelled input. kind: text | textarea | number | checkbox | select.
 * optional: an empty value removes the key (so defaults apply) instead of saving "".
 * name: the accessible name when the visible label alone is not unique on the page
 * ("Wording" appears once per question; "Wording of question 2 in “Screening”" does not).
 * onValue: called after the document changed (e.g. to derive an id from wording).
 * @param {any} ctx @param {Array<string|number>} path @param {string} label
 * @param {{ kind?: string, optional?: boolean, readonly?: boolean, options?: Array<[string|number, string]>, hint?: string, rows?: number, name?: string, onValue?: (v: any) => void }} [o]
 */
export function field(ctx, path, label, { kind = 'text', optional = false, readonly = false, options = [], hint, rows = 2, name, onValue } = {}) {
  const current = getAt(ctx.doc, path);
  const onInput = (/** @type {any} */ e) => {
    const el = e.target;
    let v = kind === 'checkbox' ? el.checked : el.value;
    if (kind === 'number') v = v === '' ? undefined : Number(v);
    if (kind !== 'checkbox' && kind !== 'number' && optional && v.trim() === '') v = undefined;
    setAt(ctx.doc, path, v);
    onValue?.(v);
    ctx.changed(false);
  };
  let input;
  const common = { name: pathString(path), 'aria-label': name ?? label, readonly, disabled: readonly && kind !== 'text' && kind !== 'textarea' };
  if (kind === 'textarea') input = h('textarea', { ...common, rows, oninput: onInput }, current ?? '');
  else if (kind === 'select')
    input = h(
      'select',
      { ...common, onchange: onInput },
      options.map(([v, l]) => h('option', { value: v, selected: String(current) === String(v) }, l)),
    );
  else if (kind === 'checkbox') input = h('input', { ...common, type: 'checkbox', checked: current !== false, onchange: onInput });
  else input = h('input', { ...common, type: kind, value: current ?? '', oninput: onInput });
  return h(
    'label',
    { class: `field field-${kind}`, dataset: { path: pathString(path) } },
    h('span', { class: 'field-label' }, label),
    input,
    hint ? h('small', { class: 'hint' }, hint) : null,
  );
}

/**
 * An icon-only Fluent button; `focusKey` lets the editor put focus back on it after a re-render.
 * @param {'up'|'down'|'delete'|'add'|'undo'|'lock'} iconName @param {string} name @param {(e: Event) => void} onclick @param {string} [focusKey]
 */
export function iconButton(iconName, name, onclick, focusKey) {
  const b = button('', { icon: iconName, name, onclick, appearance: 'subtle', size: 'small' });
  if (focusKey) b.dataset.focus = focusKey;
  return b;
}

/** Move an item of a list up (-1) or down (+1); returns the new index. @param {any[]} list @param {number} i @param {number} delta */
export function move(list, i, delta) {
  const j = i + delta;
  if (j < 0 || j >= list.length) return i;
  [list[i], list[j]] = [list[j], list[i]];
  return j;
}

/** Option values are ids or whole numbers; "3" typed in the editor means the number 3. */
/** @param {string} s */
export const parseValue = (s) => (/^-?\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim());

/** A code from a label: "Codes only" → "codes_only" (ids must start with a letter). @param {string} label */
export function slug(label, max = 40) {
  const base = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, max)
    .replace(/_+$/, '');
  if (!base) return 'answer';
  return /^[a-z]/.test(base) ? base : `a_${base}`;
}

/** `base`, or `base_2`, `base_3`… whichever is not taken. @param {string} base @param {Set<string>} taken */
export function unique(base, taken) {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
