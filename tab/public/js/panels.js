// Read-only panels: scripts and their versions, the audit trail, and the diff between versions.
import { clear, h, when } from './dom.js';

const STATUS_LABEL = { draft: 'Draft', published: 'Published (live)', retired: 'Retired' };

/** actions: { open(scriptId, version), diff(scriptId, a, b), exportAs(scriptId, version, format), rollback(scriptId, version) } */
export function renderScripts(root, scripts, actions, canManage) {
  clear(root);
  if (!scripts.length) return root.append(h('p', { class: 'hint' }, 'No scripts yet. Import a script file to start.'));
  for (const s of scripts) {
    const options = s.versions.map((v) => h('option', { value: v.version }, `v${v.version} (${v.status})`));
    const a = h('select', { 'aria-label': 'Compare from version' }, options.map((o) => o.cloneNode(true)));
    const b = h('select', { 'aria-label': 'Compare to version' }, options);
    if (a.options.length > 1) a.selectedIndex = 1;
    root.append(h('div', { class: 'script', dataset: { script: s.scriptId } },
      h('h3', {}, s.title), h('div', { class: 'hint' }, s.scriptId),
      h('table', { class: 'versions' },
        h('thead', {}, h('tr', {}, ['Version', 'Status', 'Changed by', 'Saved'].map((t) => h('th', {}, t)))),
        h('tbody', {}, s.versions.map((v) => [
          h('tr', { dataset: { version: v.version, status: v.status } },
            h('td', {}, `v${v.version}`),
            h('td', {}, h('span', { class: `badge status-${v.status}` }, STATUS_LABEL[v.status] ?? v.status)),
            h('td', { class: 'actor' }, v.createdBy),
            h('td', { class: 'when', title: v.publishedAt ? `published ${when(v.publishedAt)}` : 'not published' }, when(v.createdAt))),
          // Actions on their own line, so the table fits the narrow column Teams gives a tab.
          h('tr', { class: 'row-actions' }, h('td', { colspan: 4 },
            h('button', { type: 'button', class: 'small', onclick: () => actions.open(s.scriptId, v.version) }, v.status === 'draft' ? `Edit v${v.version}` : `Open v${v.version}`),
            h('select', { class: 'small', 'aria-label': `Export v${v.version}`, onchange: (e) => { if (e.target.value) actions.exportAs(s.scriptId, v.version, e.target.value); e.target.value = ''; } },
              h('option', { value: '' }, 'Export…'), h('option', { value: 'yaml' }, 'YAML file'), h('option', { value: 'json' }, 'JSON file'), h('option', { value: 'fhir' }, 'FHIR Questionnaire')),
            canManage && v.status === 'retired'
              ? h('button', { type: 'button', class: 'small', title: 'Republish this version as a new version', onclick: () => actions.rollback(s.scriptId, v.version) }, 'Roll back to this')
              : null)),
        ]))),
      h('div', { class: 'row compare' }, h('span', {}, 'Compare'), a, h('span', {}, 'with'), b,
        h('button', { type: 'button', class: 'small', onclick: () => actions.diff(s.scriptId, Number(a.value), Number(b.value)) }, 'Show differences'))));
  }
}

export function renderAudit(root, entries) {
  clear(root);
  if (!entries.length) return root.append(h('p', { class: 'hint' }, 'No changes recorded yet.'));
  root.append(h('table', { class: 'audit' },
    h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Script version', 'Changes'].map((t) => h('th', {}, t)))),
    h('tbody', {}, [...entries].reverse().map((e) => h('tr', {},
      h('td', { class: 'when' }, when(e.at)), h('td', { class: 'actor' }, e.actor), h('td', {}, e.action.replace(/^script\./, '').replace('.', ' ')),
      h('td', { class: 'subject' }, e.subject.replace(/^script:/, '').replace(/:(\d+)$/, ' v$1')),
      h('td', {}, e.detail?.restoredFrom ? `restored v${e.detail.restoredFrom}; ` : '',
        (e.detail?.changes ?? []).length ? h('details', {}, h('summary', {}, `${e.detail.changeCount} change(s)`), h('ul', {}, e.detail.changes.map((c) => h('li', {}, c)))) : '—'))))));
}

const isOptions = (v) => Array.isArray(v) && v.every((o) => o && typeof o === 'object' && 'value' in o && 'label' in o);
/** Values as a manager reads them: option lists as "value: label" lines, not JSON. */
const fmt = (v) => (v === undefined ? '—' : typeof v === 'string' ? v : isOptions(v) ? v.map((o) => `${o.value}: ${o.label}`).join(' · ') : JSON.stringify(v));

export function renderDiff(root, scriptId, from, to, changes) {
  clear(root).append(h('h3', {}, `Differences in ${scriptId}: v${from} → v${to}`));
  if (!changes.length) return root.append(h('p', { class: 'hint' }, 'These versions are the same.'));
  root.append(h('ul', { class: 'diff' }, changes.map((c) => h('li', { class: `change change-${c.kind}` },
    h('span', { class: 'badge' }, c.kind), ' ', h('strong', {}, c.subject), c.field ? ` · ${c.field}` : '',
    c.kind === 'changed' ? h('div', { class: 'before-after' }, h('del', {}, fmt(c.before)), h('ins', {}, fmt(c.after))) : null))));
}
