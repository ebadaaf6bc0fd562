import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../exports/fhir-support';
import { planSchema } from '../../plans/model';
import { bundleOf, fhirSchemaErrors, pdfText, rendered } from './helpers';
import { FULL_ANSWERS, HOSTILE, PLAN, makeInput, makeState } from './fixtures';

/** Patient free text full of markup, in the answers and in the plan. */
function hostileInput() {
  const plan = planSchema.parse({ ...PLAN, goals: [{ ...PLAN.goals[0]!, text: HOSTILE.goal }] });
  return makeInput({ plan, state: makeState({ ...FULL_ANSWERS, 'wmtm.matters_most': HOSTILE.matters }) });
}

describe('escaping patient free text', () => {
  it('text summary: kept verbatim (plain text has no markup to inject into)', async () => {
    const text = (await rendered(hostileInput(), 'text')).text!;
    expect(text).toContain('<script>alert(1)</script> **bold** |table| & "quotes"');
  });

  it('PDF: the markup is shown literally', async () => {
    const shown = (await pdfText((await rendered(hostileInput(), 'pdf')).body)).replace(/\s+/g, ' ');
    expect(shown).toContain('<script>alert(1)</script> **bold** |table| & "quotes"');
    expect(shown).toContain('<img src=x onerror=alert(2)> get out more');
  });

  it('FHIR: plain string data in resources, escaped character data in the narrative XHTML', async () => {
    const bundle = await bundleOf(hostileInput());
    const goal = bundle.entry.find((e) => e.resource.resourceType === 'Goal')!.resource;
    expect(goal.description.text).toBe(HOSTILE.goal);
    const composition = bundle.entry[0]!.resource;
    const divs: string[] = composition.section.map((s: { text: { div: string } }) => s.text.div);
    const all = divs.join('');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **bold** |table| &amp; &quot;quotes&quot;');
    expect(all).toContain('&lt;img src=x onerror=alert(2)&gt;');
    for (const div of divs) {
      // Only our own narrative elements appear as markup; no patient tag survives unescaped.
      const tags = div.match(/<\/?([a-z0-9]+)/gi)!.map((t) => t.replace(/[</]/g, ''));
      expect(new Set(tags)).toEqual(new Set(tags.filter((t) => ['div', 'p', 'ul', 'li'].includes(t))));
      expect(div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
      // Every & starts an entity: well-formed XML character data.
      expect(div).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    }
    expect(fhirSchemaErrors(bundle)).toEqual([]);
  });

  it('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
