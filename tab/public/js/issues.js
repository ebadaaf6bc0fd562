// Validation messages, shown twice: a summary a manager can read ("Section 1 “Referral
// screening”, question consent.share, options") and inline next to the field with that path.
import { clear, h } from './dom.js';

function segments(path) {
  return [...path.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

const NAMES = { localPhrases: 'local phrases', localContacts: 'local contacts', sessionCap: 'session cap', when: 'condition', tip: 'coaching tip', text: 'wording', escalationSteps: 'escalation steps' };

export function describePath(doc, path) {
  if (path === '(file)' || path === '(script)') return 'The file';
  const out = [];
  let node = doc;
  let listName = null;
  for (const seg of segments(path)) {
    if (typeof seg === 'number') {
      node = node?.[seg];
      if (listName === 'sections') out.push(`Section ${seg + 1}${node?.title ? ` “${node.title}”` : ''}`);
      else if (listName === 'questions') out.push(`question ${node?.id ?? seg + 1}`);
      else if (listName === 'options') out.push(`option ${seg + 1}`);
      else out.push(`item ${seg + 1}`);
    } else {
      node = node?.[seg];
      listName = seg;
      if (!['sections', 'questions'].includes(seg)) out.push(NAMES[seg] ?? seg);
    }
  }
  return out.join(', ') || 'The script';
}

/** The element for a path, or the nearest enclosing one (a message about an option lands on its row). */
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

export function showIssues(summary, root, doc, issues) {
  clear(summary);
  root.querySelectorAll('.field-error').forEach((e) => e.remove());
  root.querySelectorAll('.has-error').forEach((e) => e.classList.remove('has-error'));
  if (!issues.length) return summary.append(h('div', { class: 'banner success', id: 'valid' }, '✓ No problems found.'));
  summary.append(h('div', { class: 'banner warning', id: 'problems' },
    h('strong', {}, `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix before this can be saved:`),
    h('ul', {}, issues.map((i) => h('li', { class: 'issue' }, h('span', { class: 'where' }, describePath(doc, i.path)), ': ', h('span', { class: 'message' }, i.message), ' ', h('code', {}, i.path))))));
  for (const i of issues) {
    const el = targetFor(root, i.path);
    if (!el) continue;
    el.classList.add('has-error');
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
    el.append(h('div', { class: 'field-error', role: 'alert' }, i.message));
  }
}
