import type { AssessmentState, Prompt } from '../../dialogs/engine/types';
import { applyGpRequest, parseAskGp } from '../../exports/gp-request';
import { exportIdFor, type ExportSettings } from '../export-service';
import { readExportSlot, writeExportSlot } from '../export-record';
import type { FeatureContext, FeatureResult } from '../features';
import type { MeshClient } from '../mesh/client';
import { describeStatus, refreshStatuses, sendToPractice } from '../mesh/send-to-practice';
import { readStoredPlan, withPlan } from './plan';

/**
 * The chat commands around the GP route: `ask gp <request>` (what we ask of the GP, recorded in
 * the plan), `send to gp` (GP Connect Send Document over MESH, when the service has switched it
 * on) and `gp status` (delivery status of what was sent).
 */

const notice = (text: string, tone: 'info' | 'warning' | 'error' = 'info'): Prompt => ({ kind: 'notice', text, tone });

export const SEND_COMMAND = /^send(?:\s+(?:it|the letter))?\s+to\s+(?:the\s+)?(?:gp|practice|gp practice)$/i;
export const STATUS_COMMAND = /^(?:gp|send|export|delivery)\s+status$/i;

export function askGp(ctx: FeatureContext, text: string): FeatureResult {
  const state = ctx.assessment;
  const parsed = parseAskGp(text);
  if (!parsed) return { items: [] };
  if (!parsed.ok) return { items: [notice(parsed.message, 'warning')] };
  const stored = state ? readStoredPlan(state) : { kind: 'none' as const };
  if (!state || stored.kind !== 'ok')
    return { items: [notice('There is no plan for this assessment yet, so there is nowhere to record a request to the GP.', 'warning')] };
  const r = applyGpRequest(stored.plan, parsed.command, { by: ctx.userId, at: ctx.now });
  if (!r.ok) return { items: [notice(r.message, 'warning')] };
  const again = stored.plan.status === 'approved' ? ' Type `approve` to approve the plan again before exporting.' : '';
  return { items: [notice(`${r.summary} (plan version ${r.plan.version}).${again}`)], assessment: withPlan(state, r.plan, ctx.now) };
}

export async function sendToGp(ctx: FeatureContext, state: AssessmentState, settings: ExportSettings, client: MeshClient | null): Promise<FeatureResult> {
  if (!settings.mesh || !client)
    return {
      items: [notice('Sending to the GP practice is not switched on for this service. Use `export pdf` and send the letter the usual way.', 'warning')],
    };
  const exportId = exportIdFor(state.id, ctx.activityId, 'pdf').replace(/^exp-/, 'snd-');
  const r = await sendToPractice({ state, actor: ctx.userId, script: ctx.script, settings, client, store: ctx.store, exportId, now: ctx.now });
  if (!r.ok) return { items: [notice(r.message, 'warning')] };
  const slot = readExportSlot(state);
  const sends = slot.sends.some((s) => s.exportId === r.record.exportId) ? slot.sends : [...slot.sends, r.record];
  const where = `${settings.practice.name}${settings.practice.odsCode ? ` (${settings.practice.odsCode})` : ''}`;
  return {
    items: [
      notice(
        `Sent to ${where} through MESH (GP Connect Send Document). ${describeStatus(r.record)} Type \`gp status\` later to see whether the practice has collected it.`,
      ),
    ],
    assessment: writeExportSlot(state, { ...slot, sends }, ctx.now),
  };
}

export async function gpStatus(ctx: FeatureContext, state: AssessmentState, client: MeshClient | null): Promise<FeatureResult> {
  const slot = readExportSlot(state);
  if (slot.sends.length === 0) return { items: [notice('Nothing has been sent to the GP practice from this assessment yet.')] };
  if (!client) return { items: [notice(slot.sends.map(describeStatus).join('\n'))] };
  const { sends, problems } = await refreshStatuses(slot.sends, client, ctx.now);
  const lines = sends.map(describeStatus);
  if (problems.length) lines.push(`Could not check everything: ${problems[0]}`);
  return {
    items: [notice(lines.join('\n'), sends.some((s) => s.status === 'undelivered') ? 'warning' : 'info')],
    assessment: writeExportSlot(state, { ...slot, sends }, ctx.now),
  };
}
