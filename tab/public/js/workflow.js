// @ts-check
// The decisions a manager makes in dialogs: publish (with an optional reason, audited), roll
// back, discard unsaved edits, and what to do when someone else's save got there first.
import { api } from './api.js';
import { ask } from './dialog.js';
import { h } from './dom.js';

/** Shared with the notice area in app.js through the returned values only. */
function reasonField() {
  return /** @type {HTMLTextAreaElement} */ (
    h('textarea', {
      id: 'change-reason',
      rows: 3,
      maxlength: 500,
      'aria-label': 'Reason for this change (optional)',
      placeholder: 'e.g. Agreed at the team meeting on 3 March: longer support for complex cases',
    })
  );
}

/** @param {string} scriptId @param {number} version @returns {Promise<any | null>} */
export async function publishFlow(scriptId, version) {
  const reason = reasonField();
  const choice = await ask({
    title: `Publish v${version}?`,
    body: [
      h('p', {}, 'New assessments will use it; assessments already in progress keep their version.'),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Reason for this change (optional, recorded in the history)'), reason),
    ],
    choices: [{ id: 'publish', label: `Publish v${version}`, appearance: 'primary' }],
  });
  if (choice !== 'publish') return null;
  return api('POST', `/api/scripts/${encodeURIComponent(scriptId)}/versions/${version}/publish`, { reason: reason.value }).catch((e) => (alertError(e), null));
}

/** @param {string} scriptId @param {number} version */
export async function rollbackFlow(scriptId, version) {
  const reason = reasonField();
  const choice = await ask({
    title: `Roll back to v${version}?`,
    body: [
      h('p', {}, `The content of v${version} is republished as a new version; nothing is deleted.`),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Reason for this change (optional, recorded in the history)'), reason),
    ],
    choices: [{ id: 'rollback', label: `Republish v${version}`, appearance: 'primary' }],
  });
  if (choice !== 'rollback') return null;
  return api('POST', `/api/scripts/${encodeURIComponent(scriptId)}/rollback`, { version, reason: reason.value }).catch((e) => (alertError(e), null));
}

/** @param {any} e */
function alertError(e) {
  const area = document.getElementById('notice');
  area?.replaceChildren(h('div', { class: 'banner error' }, e.message));
}

export const resolveConflict = {
  /** @param {any} current @param {number} next @returns {Promise<boolean>} */
  async discard(current, next) {
    const here = current.version ? `v${current.version}` : 'your new draft';
    const choice = await ask({
      title: 'Discard your unsaved changes?',
      body: [h('p', {}, `You have changes to ${here} that are not saved. Opening v${next} would discard them.`)],
      choices: [{ id: 'discard', label: `Discard changes and open v${next}` }],
      cancel: 'Keep editing',
    });
    return choice === 'discard';
  },
  /** @param {string} message @param {any} c @returns {Promise<'reload' | 'new' | null>} */
  async choose(message, c) {
    const choice = await ask({
      title: 'Your draft was not saved',
      body: [
        h('p', {}, message),
        h(
          'p',
          { class: 'hint' },
          `Reloading shows v${c.current.version} as it is now and discards your unsaved changes. Saving as a new draft keeps both: the other draft stays in the history, unchanged.`,
        ),
      ],
      choices: [
        { id: 'new', label: 'Save mine as a new draft', appearance: 'primary' },
        { id: 'reload', label: `Reload v${c.current.version}` },
      ],
      cancel: 'Keep editing',
    });
    return choice === 'new' || choice === 'reload' ? choice : null;
  },
};
