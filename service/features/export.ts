import { notice } from '../../dialogs/engine/notice';
import type { AssessmentState } from '../../dialogs/engine/types';
import { EXPORT_FORMATS, exportScope, variantFor, type ExportFormat } from '../../exports/consent';
import { identityProblem } from '../../exports';
import type { Feature, FeatureContext, FeatureResult } from '../features';
import type { ExportLinkSigner } from '../export-links';
import { confirmedIdentity, readPending, recordedAuthor } from '../export-record';
import { auditExport, canExport, exportIdFor, produceExport, type ExportSettings } from '../export-service';
import type { ExportCardData, ExportLinkItem } from '../feature-prompts';
import { createMeshClient, type MeshClient } from '../mesh/client';
import type { FeaturePrompt, ReplyItem } from '../reply';
import { continueConfirmation, startConfirmation } from './export-confirm';
import { SEND_COMMAND, STATUS_COMMAND, askGp, gpStatus, sendToGp } from './export-send';

/**
 * `export` in chat: the approved plan of the current assessment (or, for an export delegate,
 * `export <format> <assessment id>`) as a pasteable summary plus expiring download links.
 * The first export of an assessment first confirms the person's name and date of birth with
 * the NHS number (export-confirm.ts). When the service has MESH, `send to gp` files the letter
 * with the practice (export-send.ts). Every export issued is written to the audit log.
 */
export const EXPORT_FEATURE = 'export';

export interface ExportFeatureDeps {
  settings: ExportSettings;
  links: ExportLinkSigner;
  /** Defaults to a client for settings.mesh when MESH is configured. */
  mesh?: MeshClient;
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
  const mesh = deps.mesh ?? (settings.mesh ? createMeshClient(settings.mesh) : null);

  async function run(ctx: FeatureContext, requested: string | undefined, explicitId: string | undefined): Promise<FeatureResult> {
    const state = await loadTarget(ctx, explicitId);
    // Same answer whether the assessment is missing or someone else's: ids are not probed.
    if (!state || !canExport(ctx.userId, state, settings))
      return {
        items: [notice(explicitId ? 'No assessment you may export has that id.' : 'Open an assessment first (`assessments`), then type `export`.', 'warning')],
      };
    const scope = exportScope(state.answers);
    if (scope.kind === 'refused') return { items: [notice(scope.message, 'warning')] };
    if (state.patient.kind !== 'nhs_number') return { items: [notice(identityProblem({ state, identity: null, author: null })!, 'warning')] };
    if (!confirmedIdentity(state) || !recordedAuthor(state)) {
      if (state.id !== ctx.assessment?.id)
        return {
          items: [
            notice(
              "The person's name and date of birth have not been confirmed for this assessment yet; the link worker who ran it confirms them at their first export.",
              'warning',
            ),
          ],
        };
      const step = startConfirmation(ctx, state, requested ?? null);
      return step.kind === 'reply' ? { items: step.items, conversation: step.conversation } : { items: [] };
    }
    return issue(ctx, state, requested);
  }

  async function issue(ctx: FeatureContext, state: AssessmentState, requested: string | undefined): Promise<FeatureResult> {
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
        await auditExport(ctx.store, {
          at: ctx.now,
          actor: ctx.userId,
          action: 'export.created',
          exportId,
          assessmentId: state.id,
          plan: r.plan,
          artifact: r.artifact,
        });
    }
    if (issued.length === 0) return { items };
    const minutes = Math.round(links.ttlMs / 60_000);
    const lines = issued.map((l) => `• [${LABELS[l.format]}](${l.url})`);
    const canSend = mesh !== null && settings.mesh && variantFor(exportScope(state.answers), 'pdf').ok;
    const practice = settings.practice.name;
    const text = [
      ...(summary ? [`Summary for ${state.patient.masked}, ready to paste into the GP record:`, asCodeBlock(summary)] : []),
      `Download links for ${state.patient.masked} (for you only; they expire in ${minutes} minutes, at ${issued[0]!.expiresAt.slice(11, 16)} UTC):`,
      ...lines,
      ...(canSend
        ? [`Or type \`send to gp\` to send the letter to ${practice} through MESH (GP Connect Send Document); you will see its delivery status.`]
        : []),
    ].join('\n\n');
    const data: ExportCardData = { assessmentId: state.id, summary, links: issued, ...(canSend ? { gpSend: { practice } } : {}) };
    const prompt: FeaturePrompt = { kind: 'feature', feature: EXPORT_FEATURE, data, text };
    return { items: [prompt, ...items] };
  }

  function pendingFor(ctx: FeatureContext) {
    const p = readPending(ctx.conversation);
    return p && ctx.assessment && p.assessmentId === ctx.assessment.id ? p : null;
  }

  async function ownedAssessment(ctx: FeatureContext): Promise<AssessmentState | FeatureResult> {
    const state = ctx.assessment;
    if (!state || !canExport(ctx.userId, state, settings)) return { items: [notice('Open an assessment first (`assessments`).', 'warning')] };
    return state;
  }

  return {
    name: EXPORT_FEATURE,
    help:
      '`export` sends the approved plan for the GP record (summary to paste plus download links); `export text|pdf|fhir|codes` for one format; `ask gp <request>` (or `ask gp none`) records what you ask of the GP' +
      (settings.mesh ? '; `send to gp` sends the letter to the practice through MESH, `gp status` shows whether it was collected.' : '.'),
    select(input, ctx) {
      if (input.kind !== 'text') return false;
      const t = input.text.trim();
      return pendingFor(ctx) !== null || COMMAND.test(t) || SEND_COMMAND.test(t) || STATUS_COMMAND.test(t) || /^ask\s+(?:the\s+)?gp\b/i.test(t);
    },
    async handle(input, ctx) {
      const t = input.kind === 'text' ? input.text.trim() : '';
      const pending = pendingFor(ctx);
      if (pending && ctx.assessment && !COMMAND.test(t)) {
        const step = continueConfirmation(ctx, ctx.assessment, t);
        if (step.kind === 'reply') return { items: step.items, conversation: step.conversation };
        const after = await issue({ ...ctx, assessment: step.assessment, conversation: step.conversation }, step.assessment, step.format ?? undefined);
        return { ...after, items: [notice('Thank you — confirmed.'), ...after.items], assessment: step.assessment, conversation: step.conversation };
      }
      if (/^ask\s+(?:the\s+)?gp\b/i.test(t)) return askGp(ctx, t);
      if (SEND_COMMAND.test(t) || STATUS_COMMAND.test(t)) {
        const owned = await ownedAssessment(ctx);
        if (!('id' in owned)) return owned;
        if (SEND_COMMAND.test(t)) {
          if (!confirmedIdentity(owned) || !recordedAuthor(owned))
            return { items: [notice('Type `export` first: the name and date of birth are confirmed there before anything is sent.', 'warning')] };
          return sendToGp(ctx, owned, settings, mesh);
        }
        return gpStatus(ctx, owned, mesh);
      }
      const m = COMMAND.exec(t);
      if (!m) return { items: [notice('Type `export`, or `export text`, `export pdf`, `export fhir` or `export codes`.', 'warning')] };
      // A new `export` during the confirmation step starts it again rather than being taken as an answer.
      return run(
        pending ? { ...ctx, conversation: { ...ctx.conversation, extra: { ...(ctx.conversation.extra ?? {}), export: undefined } } } : ctx,
        m[1],
        m[2],
      );
    },
  };
}
