// @ts-check
// Read-only panels: scripts and their versions, the change history and the differences between
// versions — all in words (question wording, answer labels, contacts, phrases, cap), not JSON.
import { button, clear, h, when } from './dom.js';

/** @type {Record<string, string>} */
const STATUS_LABEL = { draft: 'Draft', published: 'Published (live)', retired: 'Retired' };
const statusLabel = (/** @type {any} */ v) => (v.status === 'retired' && !v.publishedAt ? 'Set aside (never published)' : (STATUS_LABEL[v.status] ?? v.status));

/**
 * @param {HTMLElement} root @param {any[]} scripts
 * @param {{ open: (id: string, v: number) => void, diff: (id: string, a: number, b: number) => void, exportAs: (id: string, v: number, f: string) => void, rollback: (id: string, v: number) => void }} actions
 * @param {boolean} canManage @param {{ scriptId: string, version: number | null } | null} current
 */
export function renderScripts(root, scripts, actions, canManage, current) {
  clear(root);
  if (!scripts.length) return root.append(h('p', { class: 'hint' }, 'No scripts yet. Import a script file to start.'));
  for (const s of scripts) {
    const options = s.versions.map((/** @type {any} */ v) => h('option', { value: v.version }, `v${v.version} (${statusLabel(v).toLowerCase()})`));
    const a = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { 'aria-label': `Compare ${s.title}: from version` },
        options.map((/** @type {Node} */ o) => o.cloneNode(true)),
      )
    );
    const b = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': `Compare ${s.title}: to version` }, options));
    if (a.options.length > 1) a.selectedIndex = 1;
    root.append(
      h(
        'div',
        { class: 'script', dataset: { script: s.scriptId } },
        h('h3', {}, s.title),
        h(
          'ul',
          { class: 'versions', 'aria-label': `Versions of ${s.title}` },
          s.versions.map((/** @type {any} */ v) => {
            const format = /** @type {HTMLSelectElement} */ (
              h(
                'select',
                { class: 'small', 'aria-label': `Export format for v${v.version}` },
                h('option', { value: 'yaml' }, 'YAML file'),
                h('option', { value: 'json' }, 'JSON file'),
                h('option', { value: 'fhir' }, 'FHIR Questionnaire'),
              )
            );
            const isCurrent = current?.scriptId === s.scriptId && current?.version === v.version;
            return h(
              'li',
              {
                class: `version${isCurrent ? ' current' : ''}`,
                dataset: { version: v.version, status: v.status },
                'aria-current': isCurrent ? 'true' : undefined,
              },
              h(
                'div',
                { class: 'version-line' },
                h('strong', {}, `v${v.version}`),
                h('span', { class: `badge status-${v.status}` }, statusLabel(v)),
                h('span', { class: 'hint' }, `${v.createdBy} · ${when(v.createdAt)}${v.publishedAt ? ` · published ${when(v.publishedAt)}` : ''}`),
              ),
              h(
                'div',
                { class: 'row-actions' },
                button(v.status === 'draft' ? `Edit v${v.version}` : `Open v${v.version}`, {
                  size: 'small',
                  onclick: () => actions.open(s.scriptId, v.version),
                }),
                format,
                // Choosing a format never downloads by itself: the button does.
                button('Download', {
                  size: 'small',
                  name: `Download v${v.version} as the chosen format`,
                  onclick: () => actions.exportAs(s.scriptId, v.version, format.value),
                }),
                canManage && v.status === 'retired' && v.publishedAt
                  ? button('Roll back to this', {
                      size: 'small',
                      name: `Roll back to v${v.version}`,
                      title: 'Republish this version as a new version',
                      onclick: () => actions.rollback(s.scriptId, v.version),
                    })
                  : null,
              ),
            );
          }),
        ),
        h(
          'div',
          { class: 'row compare' },
          h('span', {}, 'Compare'),
          a,
          h('span', {}, 'with'),
          b,
          button('Show differences', { size: 'small', onclick: () => actions.diff(s.scriptId, Number(a.value), Number(b.value)) }),
        ),
      ),
    );
  }
}

/** @type {Record<string, string>} */
const ACTIONS = {
  'script.publish': 'Published',
  'script.rollback': 'Rolled back',
  'script.draft.save': 'Saved draft',
  'script.import': 'Imported',
  'script.draft.set_aside': 'Set a draft aside',
};

/** @param {HTMLElement} root @param {any[]} entries */
export function renderAudit(root, entries) {
  clear(root);
  if (!entries.length) return root.append(h('p', { class: 'hint' }, 'No changes recorded yet.'));
  root.append(
    h(
      'ol',
      { class: 'audit', reversed: true },
      [...entries].reverse().map((e) => {
        const d = e.detail ?? {};
        const lines = d.words ?? d.changes ?? [];
        const version = e.subject.replace(/^script:[^:]+:/, 'v');
        return h(
          'li',
          { class: 'audit-entry' },
          h('div', {}, h('strong', {}, `${ACTIONS[e.action] ?? e.action} ${version}`), ' ', h('span', { class: 'hint inline' }, `${when(e.at)} · ${e.actor}`)),
          d.restoredFrom ? h('div', {}, `Restored the content of v${d.restoredFrom}.`) : null,
          d.replacedBy ? h('div', {}, `Kept unchanged in the history; v${d.replacedBy} was saved as the new draft.`) : null,
          d.reason ? h('div', { class: 'reason' }, `Reason: ${d.reason}`) : null,
          lines.length
            ? h(
                'ul',
                { class: 'audit-changes' },
                lines.map((/** @type {string} */ c) => h('li', {}, c)),
              )
            : null,
          d.changeCount > lines.length ? h('div', { class: 'hint' }, `…and ${d.changeCount - lines.length} more.`) : null,
        );
      }),
    ),
  );
}

/** @param {HTMLElement} root @param {string} title @param {number} from @param {number} to @param {Array<{ kind: string, text: string, before?: string, after?: string }>} words */
export function renderDiff(root, title, from, to, words) {
  clear(root).append(h('h2', { tabindex: '-1', id: 'diff-title' }, `What changed in ${title}: v${from} → v${to}`));
  if (!words.length) return root.append(h('p', { class: 'hint' }, 'These versions are the same.'));
  root.append(
    h(
      'ul',
      { class: 'diff' },
      words.map((c) =>
        h(
          'li',
          { class: `change change-${c.kind}` },
          h('span', { class: 'badge' }, c.kind),
          ' ',
          h('span', { class: 'change-text' }, c.text),
          c.before !== undefined || c.after !== undefined
            ? h('div', { class: 'before-after' }, h('del', {}, c.before ?? '—'), h('ins', {}, c.after ?? '—'))
            : null,
        ),
      ),
    ),
  );
}
