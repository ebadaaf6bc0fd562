import { notice } from '../../dialogs/engine/notice';
import type { AssessmentState } from '../../dialogs/engine/types';
import { EXPORT_FORMATS, exportScope, variantFor, type ExportFormat } from '../../exports/consent';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import type { ExportLinkSigner } from '../export-links';
import { auditExport, canExport, exportIdFor, produceExport, type ExportSettings } from '../export-service';
import type { ExportCardData, ExportLinkItem } from '../feature-prompts';
import type { FeaturePrompt, ReplyItem } from '../reply';

/**
 * `export` in chat: the approved plan of the current assessment (or, for an export delegate,
 * `export <format> <assessment id>`) as a pasteable summary plus expiring download links.
 * Every export issued is written to the audit log.
 */
export const EXPORT_FEATURE = 'export';

export interface ExportFeatureDeps {
  settings: ExportSettings;
  links: ExportLinkSigner;
}

export type { ExportCardData } from '../feature-prompts';

const COMMAND = /^export(?:\s+(text|pdf|fhir|codes|all))?(?:\s+(\S+))?$/i;
const LABELS: Record<ExportFormat, string> = {
  text: 'Summary (text)',
  pdf: 'Letter (PDF)',
  fhir: 'FHIR R4 bundle (JSON)',
  codes: 'Codes only (text)',
};

/**
 * The summary goes in a code block so Teams shows it as typed, in fixed width, ready to copy —
 * and patient text such as **bold** cannot turn into formatting. A run of backticks in the text
 * would close the block early, so each one is split with a zero-width space.
 */
export function asCodeBlock(text: string): string {
  return `\`\`\`\n${text.replace(/`(?=`)/g, '`\u200b')}\n\`\`\``;
}

async function loadTarget(ctx: FeatureContext, explicitId: string | undefined): Promise<AssessmentState | null> {
  if (!explicitId || explicitId === ctx.assessment?.id) return ctx.assessment;
  return (await ctx.store.getAssessment(explicitId))?.value ?? null;
}

function formatsFor(state: AssessmentState, requested: string | undefined): ExportFormat[] {
  if (requested && requested.toLowerCase() !== 'all') return [requested.toLowerCase() as ExportFormat];
  const scope = exportScope(state.answers);
  // Where two formats would render the same text, offer it once.
  const same: ExportFormat | null = scope.kind === 'codes_only' ? 'text' : scope.kind === 'screened_out' ? 'codes' : null;
  return EXPORT_FORMATS.filter((f) => f !== same && variantFor(scope, f).ok);
}

export function createExportFeature(deps: ExportFeatureDeps): Feature {
  const { settings, links } = deps;

  async function run(ctx: FeatureContext, requested: string | undefined, explicitId: string | undefined): Promise<FeatureResult> {
    const state = await loadTarget(ctx, explicitId);
    // Same answer whether the assessment is missing or someone else's: ids are not probed.
    if (!state || !canExport(ctx.userId, state, settings))
      return { items: [notice(explicitId ? 'No assessment you may export has that id.' : 'Open an assessment first (`assessments`), then type `export`.', 'warning')] };
    const formats = formatsFor(state, requested);
    if (formats.length === 0) {
      const scope = exportScope(state.answers);
      return { items: [notice(scope.kind === 'refused' ? scope.message : 'Nothing can be exported for this assessment.', 'warning')] };
    }
    const items: ReplyItem[] = [];
    const issued: ExportLinkItem[] = [];
    let summary: string | null = null;
    for (const format of formats) {
      const exportId = exportIdFor(state.id, ctx.activityId, format);
      const r = await produceExport({ state, actor: ctx.userId, format, script: ctx.script, settings, exportId, generatedAt: ctx.now });
      if (!r.ok) {
        items.push(notice(r.message, 'warning'));
        // Consent or a missing plan stops every format alike: say it once.
        if (r.status === 409 && !requested) break;
        continue;
      }
      const { token, expiresAt } = links.sign(
        { eid: exportId, uid: ctx.userId, aid: state.id, pid: r.plan?.id ?? null, pv: r.plan?.version ?? null, fmt: format },
        new Date(ctx.now),
      );
      issued.push({ format, url: `${settings.publicBaseUrl}/exports/${token}`, filename: r.artifact.filename, expiresAt });
      if (r.artifact.text && (format === 'text' || summary === null)) summary = r.artifact.text;
      // A retried turn reuses the export id; record it once.
      const seen = await ctx.store.listAudit({ subjectPrefix: `export:${exportId}` });
      if (!seen.some((e) => e.action === 'export.created'))
        await auditExport(ctx.store, { at: ctx.now, actor: ctx.userId, action: 'export.created', exportId, assessmentId: state.id, plan: r.plan, artifact: r.artifact });
    }
    if (issued.length === 0) return { items };
    const minutes = Math.round(links.ttlMs / 60_000);
    const lines = issued.map((l) => `• [${LABELS[l.format]}](${l.url})`);
    const text = [
      ...(summary ? [`Summary for ${state.patient.masked}, ready to paste into the GP record:`, asCodeBlock(summary)] : []),
      `Download links for ${state.patient.masked} (for you only; they expire in ${minutes} minutes, at ${issued[0]!.expiresAt.slice(11, 16)} UTC):`,
      ...lines,
    ].join('\n\n');
    const prompt: FeaturePrompt = { kind: 'feature', feature: EXPORT_FEATURE, data: { assessmentId: state.id, summary, links: issued } satisfies ExportCardData, text };
    return { items: [prompt, ...items] };
  }

  return {
    name: EXPORT_FEATURE,
    help: '`export` sends the approved plan for the GP record (summary to paste plus download links); `export text|pdf|fhir|codes` for one format.',
    select(input) {
      return input.kind === 'text' && COMMAND.test(input.text.trim());
    },
    async handle(input, ctx) {
      const m = input.kind === 'text' ? COMMAND.exec(input.text.trim()) : null;
      if (!m) return { items: [notice('Type `export`, or `export text`, `export pdf`, `export fhir` or `export codes`.', 'warning')] };
      return run(ctx, m[1], m[2]);
    },
  };
}
