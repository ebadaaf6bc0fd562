// The managers' scripts tab: wires the panels, the editor, validation and the workflow buttons.
import { api, download, setAuthMode } from './api.js';
import { clear, debounce, h } from './dom.js';
import { renderEditor } from './editor.js';
import { describePath, showIssues } from './issues.js';
import { renderAudit, renderDiff, renderScripts } from './panels.js';
import { createPreview } from './preview.js';
import { parse as parseYaml, stringify as stringifyYaml } from '/tab/vendor/yaml/index.js';

const $ = (id) => document.getElementById(id);
const app = { me: null, locks: null, scripts: [], current: null, view: 'structured', open: new Set(), issues: [] };

function notice(text, tone = 'info') {
  clear($('notice')).append(h('div', { class: `banner ${tone}` }, text));
}

const editable = () => app.current?.status === 'draft' && app.me?.canManage;
const scriptBody = () => (app.view === 'raw' ? { source: app.current.raw } : { document: app.current.doc });

async function validate() {
  if (!app.current) return;
  const r = await api('POST', '/api/scripts/validate', scriptBody()).catch((e) => ({ issues: e.issues ?? [{ path: '(file)', message: e.message }] }));
  app.issues = r.issues;
  showIssues($('issues'), $('editor'), app.current.doc, r.issues);
}
const scheduleValidate = debounce(validate, 250);

function changed(rerender) {
  app.current.dirty = true;
  $('save').disabled = false;
  if (rerender) renderCurrent();
  scheduleValidate();
}

function confirmBar(message, yesLabel, onYes) {
  const bar = h('div', { class: 'banner confirm' }, h('span', {}, message),
    h('button', { type: 'button', class: 'primary', onclick: async () => { bar.remove(); await onYes(); } }, yesLabel),
    h('button', { type: 'button', onclick: () => bar.remove() }, 'Cancel'));
  clear($('notice')).append(bar);
}

function renderHead() {
  const c = app.current;
  const label = c.version ? `v${c.version} · ${c.status}` : 'new draft (not saved yet)';
  const head = h('div', { class: 'editor-head' },
    h('h2', {}, `${c.doc?.title ?? c.scriptId} `, h('span', { class: `badge status-${c.status}` }, label)),
    h('div', { class: 'toolbar' },
      h('div', { class: 'tabs', role: 'tablist' },
        ['structured', 'raw'].map((v) => h('button', { type: 'button', role: 'tab', 'aria-selected': String(app.view === v), class: app.view === v ? 'on' : '', onclick: () => switchView(v) }, v === 'raw' ? 'Raw YAML / JSON' : 'Structured'))),
      c.status !== 'draft' && app.me.canManage ? h('button', { type: 'button', id: 'edit-draft', onclick: editAsDraft }, 'Edit as new draft') : null,
      editable() ? h('button', { type: 'button', id: 'save', disabled: !c.dirty, onclick: save }, 'Save draft') : h('span', { id: 'save', hidden: true }),
      editable() && c.version ? h('button', { type: 'button', id: 'publish', class: 'primary', onclick: publish }, 'Publish…') : null,
      h('button', { type: 'button', id: 'preview-start', onclick: () => app.preview.start() }, 'Preview in test chat')));
  if (!editable()) head.append(h('p', { class: 'hint' }, c.status === 'draft' ? 'Read only: changing scripts needs the Scripts.Manage role.' : 'Published and retired versions never change. Use "Edit as new draft" to make changes.'));
  return head;
}

function renderCurrent() {
  const c = app.current;
  clear($('editor-head')).append(renderHead());
  const root = clear($('editor'));
  if (app.view === 'raw') {
    root.append(h('textarea', { id: 'raw', class: 'raw', spellcheck: 'false', wrap: 'off', readonly: !editable(), 'aria-label': 'Script as YAML or JSON', oninput: (e) => { c.raw = e.target.value; changed(false); } }, c.raw));
  } else {
    const ctx = { doc: c.doc, locks: app.locks, open: app.open, existing: Boolean(c.version), changed };
    const form = h('fieldset', { class: 'editor-form', disabled: !editable() }, renderEditor(ctx));
    root.append(form);
  }
  showIssues($('issues'), root, c.doc, app.issues);
}

function switchView(view) {
  const c = app.current;
  if (view === app.view) return;
  if (view === 'raw') c.raw = c.dirty || !c.source ? stringifyYaml(c.doc, { lineWidth: 0 }) : c.source;
  else {
    try {
      c.doc = parseYaml(c.raw);
    } catch (err) {
      return showIssues($('issues'), $('editor'), c.doc, [{ path: '(file)', message: `Fix the YAML before switching: ${err.message.split('\n')[0]}` }]);
    }
  }
  app.view = view;
  renderCurrent();
  validate();
}

async function open(scriptId, version) {
  const v = await api('GET', `/api/scripts/${encodeURIComponent(scriptId)}/versions/${version}`);
  app.current = { scriptId, version, status: v.status, doc: v.document, source: v.source, raw: v.source, dirty: false };
  app.issues = [];
  renderCurrent();
  validate();
}

function editAsDraft() {
  const c = app.current;
  const draft = app.scripts.find((s) => s.scriptId === c.scriptId)?.versions.find((v) => v.status === 'draft');
  if (draft) {
    notice(`There is already a draft (v${draft.version}); opening it instead.`);
    return open(c.scriptId, draft.version);
  }
  app.current = { ...c, version: null, status: 'draft', doc: structuredClone(c.doc), dirty: true };
  renderCurrent();
}

async function save() {
  const c = app.current;
  try {
    const r = await api('PUT', `/api/scripts/${encodeURIComponent(c.scriptId)}/draft`, scriptBody());
    notice(`Draft v${r.version} saved${r.changes.length ? ` (${r.changes.length} change(s) from the live version)` : ''}.`, 'success');
    Object.assign(c, { version: r.version, status: 'draft', dirty: false, source: app.view === 'raw' ? c.raw : null });
    await refresh();
    renderCurrent();
    return true;
  } catch (err) {
    notice(err.message, err.status === 422 ? 'warning' : 'error');
    if (err.issues?.length) showIssues($('issues'), $('editor'), c.doc, err.issues);
    return false;
  }
}

async function publish() {
  const c = app.current;
  if (c.dirty && !(await save())) return;
  confirmBar(`Publish v${c.version}? New assessments will use it; assessments already in progress keep their version.`, `Publish v${c.version}`, async () => {
    try {
      const r = await api('POST', `/api/scripts/${encodeURIComponent(c.scriptId)}/versions/${c.version}/publish`);
      notice(`Published v${r.version}. New assessments now use it.`, 'success');
      await refresh();
      await open(c.scriptId, r.version);
    } catch (err) {
      notice(err.message, 'error');
    }
  });
}

const actions = {
  open: (id, v) => open(id, v).catch((e) => notice(e.message, 'error')),
  async diff(id, a, b) {
    try {
      const r = await api('GET', `/api/scripts/${encodeURIComponent(id)}/diff?from=${a}&to=${b}`);
      renderDiff($('diff'), id, a, b, r.changes);
      $('diff').scrollIntoView({ behavior: 'smooth' });
    } catch (e) {
      notice(e.message, 'error');
    }
  },
  exportAs: (id, v, format) => download(`/api/scripts/${encodeURIComponent(id)}/versions/${v}/export?format=${format}`).then((n) => notice(`Downloaded ${n}.`, 'success'), (e) => notice(e.message, 'error')),
  rollback(id, v) {
    confirmBar(`Roll back to v${v}? Its content is republished as a new version; nothing is deleted.`, `Republish v${v}`, async () => {
      try {
        const r = await api('POST', `/api/scripts/${encodeURIComponent(id)}/rollback`, { version: v });
        notice(`v${v} republished as v${r.version}.`, 'success');
        await refresh();
      } catch (e) {
        notice(e.message, 'error');
      }
    });
  },
};

async function refresh() {
  const [{ scripts }, { entries }] = await Promise.all([api('GET', '/api/scripts'), api('GET', '/api/scripts/audit')]);
  app.scripts = scripts;
  renderScripts($('scripts'), scripts, actions, app.me.canManage);
  renderAudit($('audit'), entries);
}

async function importFile(file) {
  try {
    const r = await api('POST', '/api/scripts/import', { source: await file.text() });
    notice(`Imported as draft v${r.version} of ${r.scriptId}.`, 'success');
    await refresh();
    await open(r.scriptId, r.version);
  } catch (err) {
    notice(`${err.message}${err.issues?.length ? ` ${err.issues.map((i) => `${describePath(null, i.path)}: ${i.message}`).join('; ')}` : ''}`, 'warning');
  }
}

async function boot() {
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
    return notice(err.status === 401 ? `${err.message} This page must be opened as the Scripts tab in Microsoft Teams.` : err.message, 'error');
  }
  $('who').textContent = `${app.me.name ?? app.me.actor} · ${app.me.canManage ? 'can edit and publish' : 'read only (no Scripts.Manage role)'}`;
  app.locks = await api('GET', '/api/scripts/locks');
  app.locks.byId = Object.fromEntries(app.locks.instruments.map((i) => [i.id, i]));
  app.preview = createPreview($('preview'), scriptBody, (issues) => showIssues($('issues'), $('editor'), app.current.doc, issues));
  $('import').addEventListener('change', (e) => e.target.files[0] && importFile(e.target.files[0]));
  $('import').closest('label').hidden = !app.me.canManage;
  await refresh();
  const first = app.scripts[0];
  const live = first?.versions.find((v) => v.status === 'draft') ?? first?.versions.find((v) => v.status === 'published');
  if (first && live) await open(first.scriptId, live.version);
}

boot().catch((err) => notice(`The tab could not start: ${err.message}`, 'error'));
