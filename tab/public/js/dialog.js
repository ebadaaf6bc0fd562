// @ts-check
// Confirmations as modal dialogs (native <dialog>: focus is trapped, Escape cancels). Focus goes
// to the least destructive choice, and back to the control that opened the dialog afterwards.
import { button, h } from './dom.js';

/**
 * @param {{ title: string, body: Array<Node | string | null>, choices: Array<{ id: string, label: string, appearance?: 'primary' | 'secondary' }>, cancel?: string }} o
 * @returns {Promise<string | null>} the chosen id, or null when cancelled
 */
export function ask(o) {
  const opener = /** @type {HTMLElement | null} */ (document.activeElement);
  const titleId = `dlg-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    /** @param {string | null} v */
    const done = (v) => {
      dialog.close();
      dialog.remove();
      if (opener && opener.isConnected) opener.focus();
      resolve(v);
    };
    const cancel = button(o.cancel ?? 'Cancel', { onclick: () => done(null), id: 'dialog-cancel' });
    const dialog = /** @type {HTMLDialogElement} */ (
      h(
        'dialog',
        { class: 'confirm-dialog', 'aria-labelledby': titleId },
        h('h2', { id: titleId }, o.title),
        h('div', { class: 'dialog-body' }, o.body),
        h(
          'div',
          { class: 'dialog-actions' },
          o.choices.map((c) => button(c.label, { appearance: c.appearance, id: `dialog-${c.id}`, onclick: () => done(c.id) })),
          cancel,
        ),
      )
    );
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/** A yes/cancel confirmation. @param {string} title @param {Array<Node | string | null>} body @param {string} yes */
export async function confirm(title, body, yes) {
  return (await ask({ title, body, choices: [{ id: 'yes', label: yes, appearance: 'primary' }] })) === 'yes';
}
