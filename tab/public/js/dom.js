// @ts-check
// Tiny DOM builder: h('div', { class: 'x', onclick: fn }, child, 'text'). Text is always set as
// text (never innerHTML), so script content from a file can never inject markup.
/**
 * @param {string} tag
 * @param {Record<string, any> | null} [attrs]
 * @param {...any} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = v;
    else if (k === 'checked') /** @type {HTMLInputElement} */ (el).checked = Boolean(v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** @template {Element} T @param {T} el @returns {T} */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** @param {(...a: any[]) => void} fn @param {number} ms */
export function debounce(fn, ms) {
  /** @type {any} */
  let t;
  return (/** @type {any[]} */ ...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** @param {string | undefined} iso */
export const when = (iso) =>
  iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).replace(',', '') : '—';

const ICONS = {
  up: 'M10 3.5 4.5 9l1 1L9.3 6.2V16.5h1.4V6.2L14.5 10l1-1z',
  down: 'M10 16.5 15.5 11l-1-1-3.8 3.8V3.5H9.3v10.3L5.5 10l-1 1z',
  delete: 'M8 2.5h4l.5 1H16v1.5H4V3.5h3.5zM5 6.5h10l-.8 10.5H5.8zM8 8.5v6.5h1.2V8.5zm2.8 0v6.5H12V8.5z',
  add: 'M9.3 3.5h1.4v5.8h5.8v1.4h-5.8v5.8H9.3v-5.8H3.5V9.3h5.8z',
  undo: 'M7.5 4.5 3 9l4.5 4.5 1-1L5.8 9.8H12a3.3 3.3 0 0 1 0 6.7H9v1.4h3a4.7 4.7 0 0 0 0-9.4H5.8l2.7-2.7z',
  lock: 'M6 8V6a4 4 0 0 1 8 0v2h1.5v9.5h-11V8zm1.5 0h5V6a2.5 2.5 0 0 0-5 0z',
};

/** A 20-pixel Fluent-style icon drawn in SVG (no icon font, nothing fetched), hidden from screen readers. @param {keyof typeof ICONS} name */
export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon-svg');
  svg.setAttribute('slot', 'start');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Beside a label the icon goes in Fluent's "start" slot; alone it is the button's content. @param {keyof typeof ICONS} name @param {boolean} withLabel */
function iconIn(name, withLabel) {
  const svg = icon(name);
  if (!withLabel) svg.removeAttribute('slot');
  return svg;
}

/**
 * A Fluent UI button. role="button" is set on the host as well as by Fluent's ElementInternals,
 * because not every assistive technology (nor Playwright's accessibility tree) reads the latter.
 * @param {string} label visible text ('' for icon-only buttons, which then need `name`)
 * @param {{ onclick?: (e: Event) => void, appearance?: 'primary'|'secondary'|'subtle'|'outline'|'transparent', name?: string, id?: string, disabled?: boolean, icon?: keyof typeof ICONS, size?: 'small'|'medium', title?: string, className?: string }} [o]
 */
export function button(label, o = {}) {
  const el = h(
    'fluent-button',
    {
      role: 'button',
      id: o.id,
      appearance: o.appearance,
      size: o.size,
      class: o.className,
      title: o.title ?? o.name,
      'aria-label': o.name,
      'icon-only': !label && o.icon ? true : undefined,
      onclick: (/** @type {Event} */ e) => {
        if (el.hasAttribute('disabled')) return;
        o.onclick?.(e);
      },
    },
    o.icon ? iconIn(o.icon, Boolean(label)) : null,
    label || null,
  );
  setDisabled(el, Boolean(o.disabled));
  return el;
}

/** @param {Element} el @param {boolean} off */
export function setDisabled(el, off) {
  el.toggleAttribute('disabled', off);
  el.setAttribute('aria-disabled', String(off));
}

/** Shortens wording for names and summaries. @param {string | undefined} s @param {number} [n] */
export const short = (s, n = 60) => {
  const t = (s ?? '').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
