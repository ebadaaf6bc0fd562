import { afterEach, describe, expect, it } from 'vitest';
import { produceExport } from '../../service/export-service';
import { adaptiveCardProblems } from '../helpers/adaptive-card';
import { cards, texts, type Harness } from '../helpers/bot-harness';
import { fhirErrors, pdfText } from '../exports/helpers';
import { callHarness, exportText, OWNER, runDefaultAssessment, script, settings } from './helpers';

let h: Harness;
afterEach(async () => h?.close());

const UK_TIME = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d (GMT|BST)/;
const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

describe('exports name the approver and give UK time (issue 18, point 8)', () => {
  it('text summary, PDF letter and FHIR CarePlan show the Teams display name, never the object id or a UTC time', async () => {
    h = await callHarness();
    await runDefaultAssessment(h, { fast: true });
    const approved = await h.say('approve');
    for (const c of cards(approved)) expect(adaptiveCardProblems(c)).toEqual([]);
    expect(JSON.stringify(cards(approved))).toMatch(new RegExp(`APPROVED by Link Worker on ${UK_TIME.source}`));

    // The pasteable summary the link worker copies into the GP record.
    const r = await exportText(h);
    // Wrapped at 72 columns for EMIS / SystmOne text boxes; read as one line.
    const summary = texts(r).replace(/\s+/g, ' ');
    expect(summary).toMatch(new RegExp(`Plan approved: Version 1 approved by Link Worker on ${UK_TIME.source}`));
    expect(summary).not.toContain('aad-lw-1');

    const [state] = await h.store.listAssessments({ owner: OWNER, status: 'completed' });
    const exportOf = async (format: 'pdf' | 'fhir') => {
      const out = await produceExport({
        state: state!,
        actor: OWNER,
        format,
        script,
        settings,
        exportId: `exp-approver-${format}`,
        generatedAt: '2026-12-01T11:50:06.170Z',
      });
      if (!out.ok) throw new Error(out.message);
      return out.artifact.body;
    };

    // The PDF letter: the approval line in the plan, and a footer in UK time naming who sent it.
    const letter = (await pdfText(await exportOf('pdf'))).replace(/\s+/g, ' ');
    expect(letter).toMatch(new RegExp(`Agreed with the person; version 1 approved by Link Worker on ${UK_TIME.source}\\.`));
    expect(letter).toContain('generated 1 Dec 2026, 11:50 GMT');
    expect(letter).toMatch(/sent by Sam Patel \(Social prescribing link worker\)/);
    expect(letter).not.toMatch(ISO_TIME);
    expect(letter).not.toContain('aad-lw-1');

    // FHIR keeps machine times (ISO, as FHIR requires) but names the approver in the CarePlan.
    const bundle = JSON.parse((await exportOf('fhir')).toString('utf8'));
    expect(await fhirErrors(bundle)).toEqual([]);
    const carePlan = bundle.entry
      .map((e: { resource: { resourceType: string } }) => e.resource)
      .find((x: { resourceType: string }) => x.resourceType === 'CarePlan');
    expect(carePlan.note[0]).toEqual({
      authorString: 'Link Worker',
      time: expect.stringMatching(ISO_TIME),
      text: expect.stringMatching(new RegExp(`^Plan version 1 approved by Link Worker on ${UK_TIME.source}\\.$`)),
    });
    expect(JSON.stringify(bundle)).not.toContain('aad-lw-1');
  });
});
