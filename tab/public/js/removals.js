// @ts-check
// Adding and removing questions and sections without losing work: removals of questions and
// sections are confirmed first (with what else depends on them, and what the service report
// loses for a validated instrument) and every removal can be undone from the notice.
import { h, short } from './dom.js';
import { confirm } from './dialog.js';
import { undoNotice } from './guard.js';
import { allQuestionIds } from './ids.js';
import { unique } from './fields.js';

/** What the service report and the insight card lose without each validated instrument. */
const REPORT_LOSES = {
  ons4: 'the wellbeing outcomes: change in life satisfaction, worthwhile, happiness and anxiety, and the share moving out of low wellbeing',
  ucla3: 'the loneliness outcome: change in the UCLA-3 score',
  mhlc_a: 'nothing in the service report, but link workers lose the support-style suggestions (health locus of control) on the insight card',
};

/**
 * @param {{ doc: () => any, setDoc: (d: any) => void, rerender: (focus?: string) => void, notices: HTMLElement, locks: any, autoIds: WeakSet<object>, open: Set<string> }} env
 */
export function editActions(env) {
  /** Snapshot, change, re-render, and offer undo. @param {string} message @param {() => void} mutate @param {string} [focusAfterUndo] */
  function removeNow(message, mutate, focusAfterUndo) {
    const snapshot = structuredClone(env.doc());
    mutate();
    env.rerender();
    undoNotice(env.notices, message, () => {
      env.setDoc(snapshot);
      env.rerender(focusAfterUndo);
    });
    /** @type {HTMLElement | null} */ (document.getElementById('undo'))?.focus();
  }

  /** Questions elsewhere whose condition points at one of `ids`. @param {Set<string>} ids */
  function dependants(ids) {
    const out = [];
    for (const s of env.doc().sections ?? []) {
      if (s.when && ids.has(s.when.question) && !(s.questions ?? []).some((/** @type {any} */ q) => ids.has(q.id))) out.push(`the section “${s.title}”`);
      for (const q of s.questions ?? []) if (q.when && ids.has(q.when.question) && !ids.has(q.id)) out.push(`“${short(q.text, 70)}”`);
    }
    return out;
  }

  const dependText = (/** @type {string[]} */ deps) =>
    deps.length ? h('p', {}, `Asked only depending on this: ${deps.join(', ')}. After removing it they will show a problem to fix.`) : null;

  return {
    removeNow,
    /** @param {any[]} list @param {number} index @param {any} q @param {any} section */
    async confirmRemoveQuestion(list, index, q, section) {
      const wording = short(q.text, 90) || 'this new question';
      const ok = await confirm(
        'Remove this question?',
        [
          h('p', {}, `“${wording}” will be removed from “${section.title}”. Answers already recorded on published versions are kept.`),
          dependText(dependants(new Set([q.id]))),
          h('p', { class: 'hint' }, 'Nothing is saved until you save the draft, and you can undo this straight after.'),
        ],
        'Remove question',
      );
      if (!ok) return;
      removeNow(`Removed the question “${short(wording, 50)}” from “${section.title}”.`, () => list.splice(index, 1));
    },
    /** @param {number} si */
    async confirmRemoveSection(si) {
      const s = env.doc().sections[si];
      const lock = s.kind === 'instrument' ? env.locks.byId[s.instrument] : null;
      const ids = new Set([...(lock?.items ?? []).map((/** @type {any} */ i) => i.questionId), ...(s.questions ?? []).map((/** @type {any} */ q) => q.id)]);
      const body = lock
        ? [
            h(
              'p',
              { class: 'warning-text' },
              `${lock.name} is a validated instrument. Without it, the service report loses ${REPORT_LOSES[/** @type {keyof typeof REPORT_LOSES} */ (s.instrument)] ?? 'its results'} for everyone assessed on this version.`,
            ),
            h(
              'p',
              {},
              'First assessments and reviews are only comparable when both use the instrument. You can include it again later with its “Include” button.',
            ),
          ]
        : [h('p', {}, `The section “${s.title}” and its ${(s.questions ?? []).length} question(s) will be removed.`)];
      const ok = await confirm(
        lock ? `Remove ${lock.name.split(/[—(]/)[0].trim()}?` : 'Remove this section?',
        [...body, dependText(dependants(ids)), h('p', { class: 'hint' }, 'Nothing is saved until you save the draft, and you can undo this straight after.')],
        lock ? 'Remove the instrument' : 'Remove section',
      );
      if (!ok) return;
      removeNow(
        `Removed ${lock ? 'the validated instrument' : 'the section'} “${s.title}”.`,
        () => env.doc().sections.splice(si, 1),
        `[data-path="sections[${si}]"] h3`,
      );
    },
    /** "Insert after…": a new question at `at`, opened with its wording field focused. @param {any[]} list @param {number} at @param {any} section */
    insertQuestion(list, at, section) {
      const id = unique(`${section.id}.new_question`, allQuestionIds(env.doc()));
      const q = { id, type: 'text', text: '' };
      env.autoIds.add(q);
      list.splice(at, 0, q);
      const si = env.doc().sections.indexOf(section);
      const key = `sections[${si}].questions[${at}]`;
      env.open.add(key);
      env.rerender(`[name="${key}.text"]`);
    },
    addSection() {
      const d = env.doc();
      const sid = unique('new_section', new Set(d.sections.map((/** @type {any} */ s) => s.id)));
      const q = { id: `${sid}.new_question`, type: 'text', text: '' };
      env.autoIds.add(q);
      d.sections.push({ kind: 'questions', id: sid, title: 'New section', questions: [q] });
      env.open.add(`sections[${d.sections.length - 1}].questions[0]`);
      env.rerender(`[name="sections[${d.sections.length - 1}].title"]`);
    },
  };
}
