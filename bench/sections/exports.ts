import type { AssessmentState } from '../../dialogs/engine/types';
import type { CompiledScript } from '../../dialogs/script/compile';
import { renderExport, type ExportFormat, type ExportInput } from '../../exports';
import type { DirectoryIndex } from '../../plans/directory/build-index';
import { draftPlan } from '../../plans/draft-plan';
import { approvePlan } from '../../plans/plan-edits';
import { summarise, type Summary } from '../stats';
import { BENCH_NOW, draftInputFor } from './draft';

/**
 * Exports for one approved plan: the GP text summary, the PDF letter and the FHIR R4 bundle,
 * each through renderExport exactly as the export feature calls it (consent checks and the
 * unverified-code guard included). Reports each format and the three together.
 */
export interface ExportsResult {
  plans: number;
  iterations: number;
  textMs: Summary;
  pdfMs: Summary;
  fhirMs: Summary;
  allThreeMs: Summary;
  bytes: { text: number; pdf: number; fhir: number };
}

export function exportInputFor(a: AssessmentState, script: CompiledScript, index: DirectoryIndex): ExportInput {
  const drafted = draftPlan(draftInputFor(a, index));
  const approved = approvePlan(drafted, { by: 'lw-bench', at: BENCH_NOW });
  if (!approved.ok) throw new Error(`exportInputFor: could not approve the bench plan: ${approved.message}`);
  return {
    state: a,
    plan: approved.plan,
    script,
    sessions: [{ date: '2026-11-25', method: 'Face to face', minutes: 50, summary: 'First assessment' }],
    practice: { name: 'Meanwood Group Practice', odsCode: 'B86001' },
    serviceName: 'Leeds Social Prescribing Service',
    identity: { family: 'Bench', given: ['Person'], birthDate: '1950-01-01', confirmedBy: 'lw-bench', confirmedAt: BENCH_NOW },
    author: { name: 'Bench Link Worker', role: 'Social prescribing link worker' },
    fhirBaseUri: 'https://fhir.bench.invalid',
    exportId: `exp-${a.id}`,
    generatedAt: BENCH_NOW,
  };
}

async function one(input: ExportInput, format: ExportFormat): Promise<number> {
  const r = await renderExport(input, format);
  if (!r.ok) throw new Error(`export ${format} refused: ${r.message}`);
  return r.artifact.body.length;
}

export async function benchExports(inputs: readonly ExportInput[], iterations: number): Promise<ExportsResult> {
  const t = { text: [] as number[], pdf: [] as number[], fhir: [] as number[], all: [] as number[] };
  const bytes = { text: 0, pdf: 0, fhir: 0 };
  // Warm-up: PDFKit loads its fonts on first use; that once-per-process cost is not per export.
  for (const f of ['text', 'pdf', 'fhir'] as const) await one(inputs[0]!, f);
  for (let i = 0; i < iterations; i++) {
    const input = inputs[i % inputs.length]!;
    const start = performance.now();
    for (const f of ['text', 'pdf', 'fhir'] as const) {
      const t0 = performance.now();
      bytes[f] = Math.max(bytes[f], await one(input, f));
      t[f].push(performance.now() - t0);
    }
    t.all.push(performance.now() - start);
  }
  return {
    plans: inputs.length,
    iterations,
    textMs: summarise(t.text),
    pdfMs: summarise(t.pdf),
    fhirMs: summarise(t.fhir),
    allThreeMs: summarise(t.all),
    bytes,
  };
}
