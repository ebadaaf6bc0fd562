import type { CompiledScript } from '../../dialogs/script/compile';
import type { AssessmentState } from '../../dialogs/engine/types';
import { renderSendDocument } from '../../exports';
import type { Store } from '../../store/types';
import { auditExport, exportInputFor, type ExportSettings } from '../export-service';
import type { SendRecord } from '../../store/documents/feature-records';
import { readExportSlot } from '../export-record';
import type { MeshClient } from './client';

/**
 * "Send to the GP practice": the letter as a Send Document message over MESH. Sending is the
 * one export that leaves the building by itself, so it is idempotent (a retried turn finds the
 * audit entry and does not send twice), audited with the named person, and its delivery status
 * is kept with the assessment for the link worker to see.
 */

export interface SendRequest {
  state: AssessmentState;
  actor: string;
  script: CompiledScript | null;
  settings: ExportSettings;
  client: MeshClient;
  store: Store;
  exportId: string;
  now: string;
}

export type SendOutcome = { ok: true; record: SendRecord; repeated: boolean } | { ok: false; message: string };

export async function sendToPractice(req: SendRequest): Promise<SendOutcome> {
  const mesh = req.settings.mesh;
  if (!mesh) return { ok: false, message: 'Sending to the GP practice is not switched on for this service (see docs/operations.md, "GP route").' };
  const earlier = readExportSlot(req.state).sends;
  // A retried turn must not send a second copy: the audit entry is written as soon as MESH accepts.
  const already = (await req.store.listAudit({ subjectPrefix: `export:${req.exportId}` })).find((e) => e.action === 'export.sent');
  const input = exportInputFor({ state: req.state, script: req.script, settings: req.settings, exportId: req.exportId, generatedAt: req.now });
  const last = earlier.at(-1);
  const version = earlier.length + 1;
  const built = await renderSendDocument(input, { senderMailbox: mesh.mailbox, version, ...(last ? { replaces: last.documentId } : {}) });
  if (!built.ok) return { ok: false, message: built.message };
  const base = {
    exportId: req.exportId,
    documentId: built.message.documentId,
    planId: input.plan?.id ?? null,
    planVersion: input.plan?.version ?? null,
    version,
    sentAt: req.now,
    sentBy: req.actor,
  };
  if (already) {
    const messageId = String((already.detail?.mesh as { messageId?: unknown } | undefined)?.messageId ?? '');
    return { ok: true, repeated: true, record: { ...base, messageId, status: 'accepted', statusAt: already.at } };
  }
  const r = await req.client.send({
    to: built.message.envelope.to,
    workflowId: mesh.workflowId,
    subject: built.message.envelope.subject,
    localId: built.message.envelope.localId,
    fileName: built.message.envelope.fileName,
    body: built.message.body,
    contentType: 'application/fhir+json',
  });
  const artifact = { format: 'pdf' as const, variant: built.variant };
  if (!r.ok) {
    await auditExport(req.store, {
      at: req.now,
      actor: req.actor,
      action: 'export.send_failed',
      exportId: req.exportId,
      assessmentId: req.state.id,
      plan: input.plan,
      artifact,
      mesh: { messageId: null, status: `failed${r.httpStatus ? ` ${r.httpStatus}` : ''}`, workflowId: mesh.workflowId },
    });
    return {
      ok: false,
      message: `The letter was not sent: ${r.reason} Nothing reached the practice; you can try again, or download the letter and send it another way.`,
    };
  }
  await auditExport(req.store, {
    at: req.now,
    actor: req.actor,
    action: 'export.sent',
    exportId: req.exportId,
    assessmentId: req.state.id,
    plan: input.plan,
    artifact,
    mesh: { messageId: r.value.messageId, status: 'accepted', workflowId: mesh.workflowId },
  });
  return { ok: true, repeated: false, record: { ...base, messageId: r.value.messageId, status: 'accepted', statusAt: req.now } };
}

/** The latest status of each send, asked of MESH tracking; unchanged when MESH cannot be reached. */
export async function refreshStatuses(sends: SendRecord[], client: MeshClient, now: string): Promise<{ sends: SendRecord[]; problems: string[] }> {
  const problems: string[] = [];
  const out: SendRecord[] = [];
  for (const s of sends) {
    if (s.status === 'acknowledged') {
      out.push(s);
      continue;
    }
    const t = await client.track(s.messageId);
    if (!t.ok) {
      problems.push(t.reason);
      out.push(s);
    } else out.push({ ...s, status: t.value.status, statusAt: now });
  }
  return { sends: out, problems };
}

export function describeStatus(s: Pick<SendRecord, 'status' | 'statusAt' | 'sentAt' | 'messageId' | 'version'>): string {
  const when = s.statusAt.slice(0, 16).replace('T', ' ');
  switch (s.status) {
    case 'accepted':
      return `Version ${s.version}, sent ${s.sentAt.slice(0, 16).replace('T', ' ')} UTC: accepted by MESH, waiting for the practice to collect it (checked ${when} UTC). MESH message ${s.messageId}.`;
    case 'acknowledged':
      return `Version ${s.version}: collected by the practice's system (acknowledged; checked ${when} UTC). Filing is up to the practice. MESH message ${s.messageId}.`;
    case 'undelivered':
      return `Version ${s.version}: NOT delivered (checked ${when} UTC). Send the letter another way and tell the practice. MESH message ${s.messageId}.`;
    default:
      return `Version ${s.version}: status unknown (checked ${when} UTC). MESH message ${s.messageId}.`;
  }
}
