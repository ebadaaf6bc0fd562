// @ts-check
// The managers' scripts tab: wires the panels, the editor, validation and the workflow. Work is
// never lost silently: unsaved edits are guarded (leaving the page, opening another version),
// removals are confirmed and undoable, and a save based on an out-of-date version is refused by
// the server with a choice here (reload, or save as a new draft).
import { api, download, setAuthMode } from './api.js';
import { button, clear, debounce, h, setDisabled } from './dom.js';
import { renderEditor } from './editor.js';
import { describePath, showIssues } from './issues.js';
import { renderAudit, renderDiff, renderScripts } from './panels.js';
import { createPreview } from './preview.js';
import { editActions } from './removals.js';
import { guardUnsavedChanges } from './guard.js';
import { followTeamsTheme } from './theme.js';
import { publishFlow, resolveConflict, rollbackFlow } from './workflow.js';
import { parse as parseYaml, stringify as stringifyYaml } from '/tab/vendor/yaml/index.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {{ me: any, locks: any, scripts: any[], current: any, view: 'structured' | 'raw', open: Set<string>, issues: any[], showIds: boolean, autoIds: WeakSet<object>, preview: any }} */
const app = {
  me: null,
  locks: null,
  scripts: [],
  current: null,
  view: 'structured',
  open: new Set(),
  issues: [],
  showIds: false,
  autoIds: new WeakSet(),
  preview: null,
};

/** @param {string} text @param {string} [tone] */
export function notice(text, tone = 'info') {
  clear($('notice')).append(h('div', { class: `banner ${tone}` }, text));
}

const editable = () => app.current?.status === 'draft' && app.me?.canManage;
const scriptBody = () => (app.view === 'raw' ? { source: app.current.raw } : { document: app.current.doc });
const codesShown = () => app.showIds || app.view === 'raw';
const issuesHere = (/** @type {any[]} */ issues) => showIssues($('issues'), $('editor'), app.current?.doc, issues, codesShown());

let validations = 0;
async function validate() {
  if (!app.current) return;
  // Answers can arrive out of order while someone types; only the latest one is shown.
  const mine = ++validations;
  const r = await api('POST', '/api/scripts/validate', scriptBody()).catch((e) => ({ issues: e.issues ?? [{ path: '(file)', message: e.message }] }));
  if (mine !== validations) return;
  app.issues = r.issues;
  issuesHere(r.issues);
}
const scheduleValidate = debounce(validate, 250);

/** @param {boolean} rerender @param {string} [focus] */
function changed(rerender, focus) {
  app.current.dirty = true;
  const save = document.getElementById('save');
  if (save) setDisabled(save, false);
  if (rerender) renderCurrent(focus);
  scheduleValidate();
}

const actions = editActions({
  doc: () => app.current.doc,
  setDoc: (d) => (app.current.doc = d),
  rerender: (focus) => changed(true, focus),
  notices: $('notice'),
  get locks() {
    return app.locks;
  },
  autoIds: app.autoIds,
  open: app.open,
});

function renderHead() {
  const c = app.current;
  const live = c.status === 'published' ? 'published · live' : c.status;
  const label = c.version ? `v${c.version} · ${live}` : 'new draft (not saved yet)';
  const startAt = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'preview-from', 'aria-label': 'Start the preview at' },
      h('option', { value: '' }, 'from the beginning'),
      (c.doc?.sections ?? []).map((/** @type {any} */ s) => h('option', { value: s.id }, `from “${s.title}”`)),
    )
  );
  const ids = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'checkbox',
      id: 'show-ids',
      checked: app.showIds,
      onchange: (/** @type {any} */ e) => ((app.showIds = e.target.checked), renderCurrent('#show-ids')),
    })
  );
  const head = h(
    'div',
    { class: 'editor-head' },
    h('h2', { id: 'editor-title' }, `${c.doc?.title ?? c.scriptId} `, h('span', { class: `badge status-${c.status}`, id: 'editor-status' }, label)),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'div',
        { class: 'tabs', role: 'tablist', 'aria-label': 'Editor view' },
        ['structured', 'raw'].map((v) =>
          h(
            'button',
            {
              type: 'button',
              role: 'tab',
              id: `view-${v}`,
              'aria-selected': String(app.view === v),
              tabindex: app.view === v ? '0' : '-1',
              class: app.view === v ? 'on' : '',
              onclick: () => switchView(/** @type {any} */ (v)),
              onkeydown: (/** @type {KeyboardEvent} */ e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  switchView(app.view === 'raw' ? 'structured' : 'raw');
                  document.getElementById(`view-${app.view}`)?.focus();
                }
              },
            },
            v === 'raw' ? 'Raw YAML / JSON' : 'Structured',
          ),
        ),
      ),
      c.status !== 'draft' && app.me.canManage ? button('Edit as new draft', { id: 'edit-draft', onclick: editAsDraft }) : null,
      editable() ? button('Save draft', { id: 'save', disabled: !c.dirty, onclick: () => save() }) : h('span', { id: 'save', hidden: true }),
      editable() && c.version ? button('Publish…', { id: 'publish', appearance: 'primary', onclick: publish }) : null,
      h(
        'span',
        { class: 'preview-start' },
        button('Preview in test chat', {
          id: 'preview-start',
          onclick: () => app.preview.start(startAt.value || undefined, startAt.selectedOptions[0]?.textContent?.replace(/^from “|”$/g, '')),
        }),
        startAt,
      ),
      h('label', { class: 'check' }, ids, 'Show codes'),
    ),
  );
  if (!editable())
    head.append(
      h(
        'p',
        { class: 'hint' },
        c.status === 'draft'
          ? 'Read only: changing scripts needs the Scripts.Manage role.'
          : 'Published and retired versions never change. Use "Edit as new draft" to make changes.',
      ),
    );
  return head;
}

/** @param {string} [focus] a selector, or a data-focus key ("up:sections[1]") to focus after rendering */
function renderCurrent(focus) {
  const c = app.current;
  clear($('editor-head')).append(renderHead());
  const root = clear($('editor'));
  if (app.view === 'raw') {
    root.append(
      h(
        'textarea',
        {
          id: 'raw',
          class: 'raw',
          spellcheck: 'false',
          wrap: 'off',
          readonly: !editable(),
          'aria-label': 'Script as YAML or JSON',
          oninput: (/** @type {any} */ e) => {
            c.raw = e.target.value;
            changed(false);
          },
        },
        c.raw,
      ),
    );
  } else {
    const ctx = {
      doc: c.doc,
      locks: app.locks,
      open: app.open,
      existing: Boolean(c.version),
      changed,
      showIds: app.showIds,
      autoIds: app.autoIds,
      riskId: 'risk.status',
      ...actions,
    };
    root.append(h('fieldset', { class: 'editor-form', disabled: !editable() }, h('legend', { class: 'sr-only' }, 'Script editor'), renderEditor(ctx)));
  }
  issuesHere(app.issues);
  renderScripts($('scripts'), app.scripts, panelActions, app.me.canManage, c);
  if (focus) {
    const byKey = /^(up|down|cond-mode):/.test(focus) ? document.querySelector(`[data-focus="${CSS.escape(focus)}"]`) : null;
    const el = /** @type {HTMLElement | null} */ (
      byKey ?? (focus.startsWith('[') || focus.startsWith('#') || focus.includes('[') ? document.querySelector(focus) : null)
    );
    el?.focus();
  }
}

/** @param {'structured' | 'raw'} view */
function switchView(view) {
  const c = app.current;
  if (view === app.view) return;
  if (view === 'raw') c.raw = c.dirty || !c.source ? stringifyYaml(c.doc, { lineWidth: 0 }) : c.source;
  else {
    try {
      c.doc = parseYaml(c.raw);
    } catch (err) {
      return issuesHere([{ path: '(file)', message: `Fix the YAML before switching: ${/** @type {Error} */ (err).message.split('\n')[0]}` }]);
    }
  }
  app.view = view;
  renderCurrent();
  void validate();
}

/** Opening another version never drops unsaved edits without asking. @param {string} scriptId @param {number} version @param {{ force?: boolean }} [o] */
async function open(scriptId, version, o = {}) {
  if (!o.force && app.current?.dirty && !(await resolveConflict.discard(app.current, version))) return false;
  const v = await api('GET', `/api/scripts/${encodeURIComponent(scriptId)}/versions/${version}`);
  app.current = {
    scriptId,
    version,
    status: v.status,
    doc: v.document,
    source: v.source,
    raw: v.source,
    dirty: false,
    base: { version, savedAt: v.status === 'draft' ? v.createdAt : null },
  };
  app.issues = [];
  renderCurrent();
  void validate();
  return true;
}

function editAsDraft() {
  const c = app.current;
  const draft = app.scripts.find((s) => s.scriptId === c.scriptId)?.versions.find((/** @type {any} */ v) => v.status === 'draft');
  if (draft) {
    notice(`There is already a draft (v${draft.version}); opening it instead.`);
    return open(c.scriptId, draft.version);
  }
  app.current = { ...c, version: null, status: 'draft', doc: structuredClone(c.doc), dirty: true, base: { version: c.version, savedAt: null } };
  renderCurrent('#save');
}

/** @param {boolean} [asNewDraft] @returns {Promise<boolean>} */
async function save(asNewDraft = false) {
  const c = app.current;
  try {
    const r = await api('PUT', `/api/scripts/${encodeURIComponent(c.scriptId)}/draft`, {
      ...scriptBody(),
      basedOn: c.base,
      ...(asNewDraft ? { asNewDraft: true } : {}),
    });
    notice(`Draft v${r.version} saved${r.changes.length ? ` (${r.changes.length} change(s) from the live version)` : ''}.`, 'success');
    Object.assign(c, {
      version: r.version,
      status: 'draft',
      dirty: false,
      source: app.view === 'raw' ? c.raw : null,
      base: { version: r.version, savedAt: r.createdAt },
    });
    await refresh();
    renderCurrent('#save');
    return true;
  } catch (err) {
    const e = /** @type {any} */ (err);
    if (e.status === 409 && e.body?.conflict) return conflict(e.message, e.body.conflict);
    notice(e.message, e.status === 422 ? 'warning' : 'error');
    if (e.issues?.length) issuesHere(e.issues);
    return false;
  }
}

/** Someone else's save got there first: reload theirs, or keep both (mine as a new draft). @param {string} message @param {any} c @returns {Promise<boolean>} */
async function conflict(message, c) {
  const choice = await resolveConflict.choose(message, c);
  if (choice === 'new') return save(true);
  if (choice === 'reload') {
    await refresh();
    await open(app.current.scriptId, c.current.version, { force: true });
    notice(`Loaded v${c.current.version} as it is now. Your unsaved changes were discarded.`, 'info');
  }
  return false;
}

async function publish() {
  const c = app.current;
  if (c.dirty && !(await save())) return;
  const r = await publishFlow(c.scriptId, c.version);
  if (!r) return;
  notice(`Published v${r.version}. New assessments now use it.`, 'success');
  await refresh();
  await open(c.scriptId, r.version, { force: true });
}

const panelActions = {
  open: (/** @type {string} */ id, /** @type {number} */ v) => void open(id, v).catch((e) => notice(e.message, 'error')),
  /** @param {string} id @param {number} a @param {number} b */
  async diff(id, a, b) {
    try {
      const r = await api('GET', `/api/scripts/${encodeURIComponent(id)}/diff?from=${a}&to=${b}`);
      renderDiff($('diff'), app.scripts.find((s) => s.scriptId === id)?.title ?? id, a, b, r.words ?? []);
      $('diff-title').focus();
    } catch (e) {
      notice(/** @type {Error} */ (e).message, 'error');
    }
  },
  exportAs: (/** @type {string} */ id, /** @type {number} */ v, /** @type {string} */ format) =>
    download(`/api/scripts/${encodeURIComponent(id)}/versions/${v}/export?format=${format}`).then(
      (n) => notice(`Downloaded ${n}.`, 'success'),
      (e) => notice(e.message, 'error'),
    ),
  /** @param {string} id @param {number} v */
  async rollback(id, v) {
    const r = await rollbackFlow(id, v);
    if (!r) return;
    notice(`v${v} republished as v${r.version}. New assessments now use it.`, 'success');
    await refresh();
    // The editor shows the real live version now, unless it holds unsaved work (then it asks).
    await open(id, r.version);
  },
};

async function refresh() {
  const [{ scripts }, { entries }] = await Promise.all([api('GET', '/api/scripts'), api('GET', '/api/scripts/audit')]);
  app.scripts = scripts;
  renderScripts($('scripts'), scripts, panelActions, app.me.canManage, app.current);
  renderAudit($('audit'), entries);
}

/** @param {File} file */
async function importFile(file) {
  try {
    const r = await api('POST', '/api/scripts/import', { source: await file.text() });
    notice(`Imported as draft v${r.version} of ${r.scriptId}.`, 'success');
    await refresh();
    await open(r.scriptId, r.version);
  } catch (err) {
    const e = /** @type {any} */ (err);
    notice(
      `${e.message}${e.issues?.length ? ` ${e.issues.map((/** @type {any} */ i) => `${describePath(null, i.path)}: ${i.message}`).join('; ')}` : ''}`,
      'warning',
    );
  }
}

async function boot() {
  await followTeamsTheme();
  const cfg = await fetch('/api/scripts/config').then((r) => r.json());
  setAuthMode(cfg.mode);
  if (cfg.mode === 'local') {
    const b = $('local-banner');
    b.hidden = false;
    b.textContent = `Local development mode: no Teams sign-in. You are "${cfg.identity}", a development identity with the Scripts.Manage role. This only works from this computer (localhost).`;
  }
  if (cfg.mode === 'disabled') return notice(cfg.reason, 'error');
  try {
    app.me = await api('GET', '/api/scripts/me');
  } catch (err) {
    const e = /** @type {any} */ (err);
    return notice(e.status === 401 ? `${e.message} This page must be opened as the Scripts tab in Microsoft Teams.` : e.message, 'error');
  }
  $('who').textContent = `${app.me.name ?? app.me.actor} · ${app.me.canManage ? 'can edit and publish' : 'read only (no Scripts.Manage role)'}`;
  app.locks = await api('GET', '/api/scripts/locks');
  app.locks.byId = Object.fromEntries(app.locks.instruments.map((/** @type {any} */ i) => [i.id, i]));
  app.preview = createPreview($('preview'), scriptBody, (issues) => issuesHere(issues));
  guardUnsavedChanges(() => Boolean(app.current?.dirty));
  const file = /** @type {HTMLInputElement} */ ($('import'));
  file.addEventListener('change', () => file.files?.[0] && importFile(file.files[0]));
  // A real button opens the file picker, so import is reachable by keyboard.
  if (app.me.canManage) $('import-slot').append(button('Import script file…', { id: 'import-button', size: 'small', onclick: () => file.click() }));
  await refresh();
  const first = app.scripts[0];
  const live = first?.versions.find((/** @type {any} */ v) => v.status === 'draft') ?? first?.versions.find((/** @type {any} */ v) => v.status === 'published');
  if (first && live) await open(first.scriptId, live.version);
}

boot().catch((err) => notice(`The tab could not start: ${err.message}`, 'error'));
