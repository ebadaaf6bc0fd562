// Preview: runs the unsaved draft in the real conversation engine on the server, statelessly.
// The page keeps the preview state; nothing is saved and no real record is touched.
import { api } from './api.js';
import { clear, h } from './dom.js';
import { lockIcon } from './editor.js';

export function createPreview(root, getScript, onProblem) {
  let state = null;
  const log = h('div', { class: 'chat-log', 'aria-live': 'polite' });
  const choices = h('div', { class: 'chat-choices' });
  const input = h('input', { class: 'chat-input', placeholder: 'Type an answer or a command (back, skip, help)…', 'aria-label': 'Preview answer' });
  const form = h('form', { class: 'chat-form', onsubmit: (e) => {
    e.preventDefault();
    if (!input.value.trim()) return;
    const text = input.value;
    input.value = '';
    send({ kind: 'text', text }, text);
  } }, input, h('button', { type: 'submit' }, 'Send'));
  clear(root).append(
    h('p', { class: 'hint' }, 'Test chat: runs your draft (including unsaved edits) in the real conversation engine. Nothing is saved and no real records are touched.'),
    log, choices, form);

  const bubble = (who, ...content) => {
    log.append(h('div', { class: `bubble ${who}` }, content));
    log.scrollTop = log.scrollHeight;
  };

  function renderPrompt(p) {
    if (p.kind === 'notice') return bubble(`bot ${p.tone}`, p.text);
    if (p.kind === 'question') {
      const q = p.question;
      clear(choices);
      const opts = q.type === 'scale'
        ? Array.from({ length: (q.max ?? 10) - (q.min ?? 0) + 1 }, (_, i) => ({ value: (q.min ?? 0) + i, label: String((q.min ?? 0) + i) }))
        : (q.options ?? []);
      if (q.type !== 'multi')
        for (const o of opts) choices.append(h('button', { type: 'button', class: 'choice', onclick: () => send({ kind: 'card', questionId: q.id, value: o.value }, o.label) }, o.label));
      return bubble('bot',
        p.showIntro && q.sectionIntro ? h('p', { class: 'intro' }, q.sectionIntro) : null,
        h('div', { class: 'position' }, `${p.position.sectionTitle}, question ${p.position.index} of ${p.position.count}`),
        h('div', { class: 'prompt-text' }, p.text),
        q.instrument ? h('small', { class: 'hint' }, lockIcon(), ` ${q.instrument.name}`) : null,
        q.type === 'multi' ? h('small', { class: 'hint' }, `Type the numbers or names of all that apply: ${opts.map((o, i) => `${i + 1}. ${o.label}`).join('; ')}`) : null,
        q.tip ? h('small', { class: 'tip' }, `Tip: ${q.tip}`) : null);
    }
    if (p.kind === 'review') {
      clear(choices).append(h('button', { type: 'button', class: 'choice', onclick: () => send({ kind: 'text', text: 'confirm' }, 'confirm') }, 'Confirm'));
      return bubble('bot', h('div', {}, 'Review — type a number to change an answer, or confirm.'),
        h('ol', {}, p.items.map((i) => h('li', {}, `${i.text}: ${i.skipped ? '(skipped)' : i.answer}`))));
    }
    if (p.kind === 'safeguarding')
      return bubble('bot warning', h('strong', {}, 'Safeguarding flag'), h('div', {}, p.escalationSteps),
        p.contacts.map((c) => h('div', {}, `${c.name}: ${c.detail}`)), h('small', {}, 'Type `confirm <action taken>` or `dismiss <reason>`.'));
    if (p.kind === 'completed') {
      clear(choices);
      return bubble('bot info', 'Preview complete. Nothing was saved.');
    }
    if (p.kind === 'cancelled') return bubble('bot info', 'Preview cancelled.');
  }

  async function send(engineInput, shown) {
    if (shown !== undefined) bubble('me', shown);
    try {
      const r = await api('POST', '/api/scripts/preview', { ...getScript(), ...(state ? { state, input: engineInput } : {}) });
      state = r.state;
      r.prompts.forEach(renderPrompt);
    } catch (err) {
      bubble('bot error', err.message);
      if (err.issues?.length) onProblem(err.issues);
    }
  }

  return {
    start() {
      state = null;
      clear(log);
      clear(choices);
      return send(undefined);
    },
  };
}
