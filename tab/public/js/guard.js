// @ts-check
// Never lose work: the browser warns before leaving with unsaved edits, and every removal can
// be undone from the notice that reports it (the whole document is snapshotted before the
// removal, so undo restores exactly what was there, in place).
import { button, clear, h } from './dom.js';

/** @type {() => boolean} */
let isDirty = () => false;

/** @param {() => boolean} dirty */
export function guardUnsavedChanges(dirty) {
  isDirty = dirty;
  window.addEventListener('beforeunload', (e) => {
    if (!isDirty()) return;
    // Browsers show their own wording; setting returnValue is what asks them to.
    e.preventDefault();
    e.returnValue = '';
  });
}

/**
 * Shows "Removed … [Undo]" in the notice area. Undo puts the snapshot back and re-renders.
 * @param {HTMLElement} area
 * @param {string} message
 * @param {() => void} undo
 */
export function undoNotice(area, message, undo) {
  const bar = h(
    'div',
    { class: 'banner info undo', role: 'status' },
    h('span', {}, message),
    button('Undo', {
      icon: 'undo',
      id: 'undo',
      name: `Undo: ${message}`,
      onclick: () => {
        bar.remove();
        undo();
      },
    }),
  );
  clear(area).append(bar);
  return bar;
}
