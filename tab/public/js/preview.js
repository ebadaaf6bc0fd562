// @ts-check
// Preview: runs the unsaved draft in the real conversation engine on the server, statelessly.
// The page keeps the preview state; nothing is saved and no real record is touched. It can
// start at any section: earlier answers are filled in so that section is reached.
import { api } from './api.js';
import { button, clear, h } from './dom.js';
import { lockIcon } from './editor.js';

/** @param {HTMLElement} root @param {() => any} getScript @param {(issues: any[]) => void} onProblem */
export function createPreview(root, getScript, onProblem) {
  /** @type {any} */
  let state = null;
  const log = h('div', { class: 'chat-log', 'aria-live': 'polite', role: 'log', 'aria-label': 'Preview conversation' });
  const choices = h('div', { class: 'chat-choices' });
  const input = /** @type {HTMLInputElement} */ (
    h('input', { class: 'chat-input', placeholder: 'Type an answer or a command (back, skip, help)…', 'aria-label': 'Preview answer' })
  );
  const submit = () => {
    if (!input.value.trim()) return;
    const text = input.value;
    input.value = '';
    void send({ kind: 'text', text }, text);
  };
  const form = h(
    'form',
    { class: 'chat-form', onsubmit: (/** @type {Event} */ e) => (e.preventDefault(), submit()) },
    input,
    button('Send', { onclick: submit, name: 'Send preview answer' }),
  );
  clear(root).append(
    h(
      'p',
      { class: 'hint' },
      'Test chat: runs your draft (including unsaved edits) in the real conversation engine. Nothing is saved and no real records are touched.',
    ),
    log,
    choices,
    form,
  );

  /** @param {string} who @param {...any} content */
  const bubble = (who, ...content) => {
    log.append(h('div', { class: `bubble ${who}` }, content));
    log.scrollTop = log.scrollHeight;
  };

  /** @param {any} p */
  function renderPrompt(p) {
    if (p.kind === 'notice') return bubble(`bot ${p.tone}`, p.text);
    if (p.kind === 'question') {
      const q = p.question;
      clear(choices);
      const opts =
        q.type === 'scale'
          ? Array.from({ length: (q.max ?? 10) - (q.min ?? 0) + 1 }, (_, i) => ({ value: (q.min ?? 0) + i, label: String((q.min ?? 0) + i) }))
          : (q.options ?? []);
      if (q.type !== 'multi')
        for (const o of opts)
          choices.append(
            button(o.label, { size: 'small', className: 'choice', onclick: () => send({ kind: 'card', questionId: q.id, value: o.value }, o.label) }),
          );
      return bubble(
        'bot',
        p.showIntro && q.sectionIntro ? h('p', { class: 'intro' }, q.sectionIntro) : null,
        h('div', { class: 'position' }, `${p.position.sectionTitle}, question ${p.position.index} of ${p.position.count}`),
        h('div', { class: 'prompt-text' }, p.text),
        q.instrument ? h('small', { class: 'hint' }, lockIcon(), ` ${q.instrument.name}`) : null,
        q.type === 'multi'
          ? h(
              'small',
              { class: 'hint' },
              `Type the numbers or names of all that apply: ${opts.map((/** @type {any} */ o, /** @type {number} */ i) => `${i + 1}. ${o.label}`).join('; ')}`,
            )
          : null,
        q.tip ? h('small', { class: 'tip' }, `Tip: ${q.tip}`) : null,
      );
    }
    if (p.kind === 'review') {
      clear(choices).append(button('Confirm', { size: 'small', className: 'choice', onclick: () => send({ kind: 'text', text: 'confirm' }, 'confirm') }));
      return bubble(
        'bot',
        h('div', {}, 'Review — type a number to change an answer, or confirm.'),
        h(
          'ol',
          {},
          p.items.map((/** @type {any} */ i) => h('li', {}, `${i.text}: ${i.skipped ? '(skipped)' : i.answer}`)),
        ),
      );
    }
    if (p.kind === 'safeguarding')
      return bubble(
        'bot warning',
        h('strong', {}, 'Safeguarding flag'),
        h('div', {}, p.escalationSteps),
        p.contacts.map((/** @type {any} */ c) => h('div', {}, `${c.name}: ${c.detail}`)),
        h('small', {}, 'Type `confirm <action taken>` or `dismiss <reason>`.'),
      );
    if (p.kind === 'completed') {
      clear(choices);
      return bubble('bot info', 'Preview complete. Nothing was saved.');
    }
    if (p.kind === 'cancelled') return bubble('bot info', 'Preview cancelled.');
  }

  /** @param {any} engineInput @param {string} [shown] @param {string} [startAt] */
  async function send(engineInput, shown, startAt) {
    if (shown !== undefined) bubble('me', shown);
    try {
      const r = await api('POST', '/api/scripts/preview', { ...getScript(), ...(state ? { state, input: engineInput } : startAt ? { startAt } : {}) });
      state = r.state;
      r.prompts.forEach(renderPrompt);
    } catch (err) {
      const e = /** @type {any} */ (err);
      bubble('bot error', e.message);
      if (e.issues?.length) onProblem(e.issues);
    }
  }

  return {
    /** @param {string} [sectionId] start at this section (earlier answers are filled in) @param {string} [sectionTitle] */
    start(sectionId, sectionTitle) {
      state = null;
      clear(log);
      clear(choices);
      if (sectionId) bubble('bot info', `Starting at “${sectionTitle ?? sectionId}”: earlier answers are filled in for this preview only.`);
      return send(undefined, undefined, sectionId);
    },
  };
}
