// @ts-check
// Validation messages, shown twice: a summary a manager can read ("Section 2 “Consent and
// context”, question “What may we share with your GP?”, answers") and inline next to the field
// with that path. The raw path is shown only when the manager asks to see codes.
import { clear, h, short } from './dom.js';

/** @param {string} path @returns {Array<string|number>} */
function segments(path) {
  return [...path.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** @type {Record<string, string>} */
const NAMES = {
  localPhrases: 'local phrases',
  localContacts: 'local contacts',
  sessionCap: 'session cap',
  when: 'when it is asked',
  tip: 'coaching tip',
  text: 'wording',
  escalationSteps: 'what to do when a risk is flagged',
  options: 'answers',
  label: 'label',
  value: 'code',
  id: 'code',
  category: 'kind of risk',
  items: 'wording',
  safeguarding: 'Safeguarding',
  title: 'title',
  maxLength: 'longest answer',
  min: 'lowest number',
  max: 'highest number',
  question: 'earlier question',
  equals: 'answer',
  in: 'answers',
  type: 'type of answer',
  required: 'required',
};

/** Friendlier wording for the few schema messages a manager meets most. @param {string} path @param {string} message */
export function plainMessage(path, message) {
  if (/\.category$/.test(path) && /Invalid option|expected one of/i.test(message)) return 'choose which kind of risk this phrase means';
  if (/use lower-case letters/.test(message)) return 'codes use lower-case letters, digits, dots and underscores, starting with a letter';
  return message;
}

/** @param {any} doc @param {string} path */
export function describePath(doc, path) {
  if (path === '(file)' || path === '(script)') return 'The file';
  const out = [];
  let node = doc;
  let listName = null;
  for (const seg of segments(path)) {
    if (typeof seg === 'number') {
      node = node?.[seg];
      if (listName === 'sections') out.push(`Section ${seg + 1}${node?.title ? ` “${node.title}”` : ''}`);
      else if (listName === 'questions') out.push(node?.text ? `question “${short(node.text, 70)}”` : `question ${seg + 1} (no wording yet)`);
      else if (listName === 'options') out.push(node?.label ? `answer “${short(node.label, 40)}”` : `answer ${seg + 1}`);
      else if (listName === 'localPhrases') out.push(node?.phrase ? `local phrase “${short(node.phrase, 40)}”` : `local phrase ${seg + 1}`);
      else if (listName === 'localContacts') out.push(node?.name ? `local contact “${short(node.name, 40)}”` : `local contact ${seg + 1}`);
      else out.push(`item ${seg + 1}`);
    } else {
      node = node?.[seg];
      listName = seg;
      if (!['sections', 'questions', 'localPhrases', 'localContacts'].includes(String(seg))) out.push(NAMES[String(seg)] ?? String(seg));
    }
  }
  return out.join(', ') || 'The script';
}

/** The element for a path, or the nearest enclosing one (a message about an option lands on its row). */
/** @param {Element} root @param {string} path */
function targetFor(root, path) {
  let p = path;
  while (p) {
    const el = root.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

/** @param {HTMLElement} summary @param {HTMLElement} root @param {any} doc @param {Array<{ path: string, message: string }>} issues @param {boolean} [showIds] */
export function showIssues(summary, root, doc, issues, showIds = false) {
  clear(summary);
  root.querySelectorAll('.field-error').forEach((e) => e.remove());
  root.querySelectorAll('.has-error').forEach((e) => e.classList.remove('has-error'));
  if (!issues.length) return summary.append(h('div', { class: 'banner success', id: 'valid' }, '✓ No problems found.'));
  summary.append(
    h(
      'div',
      { class: 'banner warning', id: 'problems' },
      h('strong', {}, `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix before this can be saved:`),
      h(
        'ul',
        {},
        issues.map((i) =>
          h(
            'li',
            { class: 'issue' },
            h('span', { class: 'where' }, describePath(doc, i.path)),
            ': ',
            h('span', { class: 'message' }, plainMessage(i.path, i.message)),
            showIds ? [' ', h('code', {}, i.path)] : null,
          ),
        ),
      ),
    ),
  );
  for (const i of issues) {
    const el = targetFor(root, i.path);
    if (!el) continue;
    el.classList.add('has-error');
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    el.append(h('div', { class: 'field-error' }, plainMessage(i.path, i.message)));
  }
}
