import { notice } from '../../dialogs/engine/notice';
import type { Feature } from '../features';

/**
 * `assessments` lists the link worker's unfinished assessments; `resume N` switches to one.
 * Only the owner's own assessments are ever listed.
 */
export const assessmentListFeature: Feature = {
  name: 'assessments',
  help: '`assessments` lists your unfinished assessments; `resume 2` switches to the second.',
  select(input) {
    return input.kind === 'text' && (/^(assessments|list)$/i.test(input.text) || /^resume\s+\d+$/i.test(input.text));
  },
  async handle(input, ctx) {
    const mine = (await ctx.store.listAssessments({ owner: ctx.userId }))
      .filter((a) => a.status === 'active' || a.status === 'paused')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const text = input.kind === 'text' ? input.text : '';
    const pick = /^resume\s+(\d+)$/i.exec(text);
    if (!pick) {
      if (mine.length === 0) return { items: [notice('You have no unfinished assessments. Type `start` to begin one.')] };
      const lines = mine.map(
        (a, i) =>
          `${i + 1}. ${a.patient.masked} — ${a.status}, started ${a.createdAt.slice(0, 10)}${a.id === ctx.conversation.activeAssessmentId ? ' (current)' : ''}`,
      );
      return { items: [notice(`Your unfinished assessments:\n${lines.join('\n')}\nType \`resume N\` to switch.`)] };
    }
    const chosen = mine[Number(pick[1]) - 1];
    if (!chosen) return { items: [notice(`There is no unfinished assessment number ${pick[1]}. Type \`assessments\` to see the list.`, 'warning')] };
    return {
      conversation: { ...ctx.conversation, activeAssessmentId: chosen.id, awaitingPatientRef: false },
      items: [notice(`Switched to the assessment for ${chosen.patient.masked}. Type \`resume\` if it is paused, or \`status\` to see where you are.`)],
    };
  },
};
