import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AssessmentState } from '../dialogs/engine/types';
import type { CompiledScript } from '../dialogs/script/compile';
import { renderExport, type ExportArtifact, type ExportFormat } from '../exports';
import type { ExportInput } from '../exports/document';
import type { Plan } from '../plans/model';
import type { Store } from '../store/types';
import { ConfigError, isLoopback, loadGpRouteConfig, type MeshConfig } from './config';
import { confirmedIdentity, recordedAuthor } from './export-record';
import { ephemeralLinkSecret } from './export-links';
import { getApprovedPlan } from './features/plan';
import { sessionsOf } from './features/sessions';

/**
 * What the chat command and the download route share: who may export, building the export
 * input from a stored assessment, and the audit record. Read from its own variables so the
 * bot's config module stays untouched.
 */

export interface ExportSettings {
  practice: { name: string; odsCode?: string };
  serviceName: string;
  /** The sending service's ODS code and contact details (WMA_SERVICE_*). */
  service?: { odsCode?: string; phone?: string; email?: string };
  /** Base URI of local FHIR code systems (WMA_FHIR_BASE_URI; local mode: this bot's origin). */
  fhirBaseUri?: string;
  /** The MESH route for GP Connect Send Document; null = off (the default). */
  mesh?: MeshConfig | null;
  /** The "export delegate" role: user ids (Entra object ids) who may export any assessment. */
  delegates: ReadonlySet<string>;
  linkSecret: string | Buffer;
  linkTtlMs: number;
  /** Public origin of this bot for download links, e.g. https://wma.example.nhs.uk */
  publicBaseUrl: string;
}

const envSchema = z.object({
  WMA_PRACTICE_NAME: z.string().min(1).max(200).default('the registered GP practice'),
  WMA_PRACTICE_ODS: z
    .string()
    .regex(/^[A-Z0-9]{3,10}$/, 'must be an ODS code such as B86001')
    .optional(),
  WMA_SERVICE_NAME: z.string().min(1).max(200).default('Social prescribing service'),
  WMA_EXPORT_DELEGATES: z.string().default(''),
  WMA_EXPORT_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WMA_EXPORT_LINK_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  WMA_PUBLIC_BASE_URL: z.string().url('must be a URL').optional(),
});

export function loadExportSettings(source: NodeJS.ProcessEnv, app: { localMode: boolean; host: string; port: number }): ExportSettings {
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '' && v !== undefined));
  const parsed = envSchema.safeParse(given);
  // Every problem at once (config.ts prints what each variable is for).
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ variable: i.path.join('.'), problem: i.message }));
  if (!app.localMode && !given.WMA_EXPORT_LINK_SECRET) issues.push({ variable: 'WMA_EXPORT_LINK_SECRET', problem: 'required outside local mode' });
  if (!app.localMode && !given.WMA_PUBLIC_BASE_URL?.startsWith('https://'))
    issues.push({ variable: 'WMA_PUBLIC_BASE_URL', problem: 'required outside local mode, and must be https' });
  if (issues.length || !parsed.success) throw new ConfigError(issues);
  const e = parsed.data;
  const host = isLoopback(app.host) ? app.host : 'localhost';
  const gp = loadGpRouteConfig(source);
  const publicBaseUrl = (e.WMA_PUBLIC_BASE_URL ?? `http://${host}:${app.port}`).replace(/\/+$/, '');
  return {
    service: gp.service,
    fhirBaseUri: gp.fhirBaseUri ?? `${publicBaseUrl}/fhir`,
    mesh: gp.mesh,
    practice: { name: e.WMA_PRACTICE_NAME, ...(e.WMA_PRACTICE_ODS ? { odsCode: e.WMA_PRACTICE_ODS } : {}) },
    serviceName: e.WMA_SERVICE_NAME,
    delegates: new Set(
      e.WMA_EXPORT_DELEGATES.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    linkSecret: e.WMA_EXPORT_LINK_SECRET ?? ephemeralLinkSecret(),
    linkTtlMs: e.WMA_EXPORT_LINK_TTL_MINUTES * 60_000,
    publicBaseUrl,
  };
}

/** Only the link worker who ran the assessment, or an export delegate, may export it. */
export function canExport(actor: string, state: Pick<AssessmentState, 'owner'>, settings: Pick<ExportSettings, 'delegates'>): boolean {
  return actor === state.owner || settings.delegates.has(actor);
}

/** Same request → same id, so a retried turn re-issues the same export rather than a new one. */
export function exportIdFor(assessmentId: string, activityId: string, format: ExportFormat): string {
  return `exp-${createHash('sha256').update(`${assessmentId}\u0000${activityId}\u0000${format}`).digest('hex').slice(0, 24)}`;
}

export interface ExportRequest {
  state: AssessmentState;
  actor: string;
  format: ExportFormat;
  script: CompiledScript | null;
  settings: ExportSettings;
  exportId: string;
  generatedAt: string;
}

export type ProducedExport = { ok: true; artifact: ExportArtifact; plan: Plan | null } | { ok: false; status: 403 | 409; message: string };

export async function produceExport(req: ExportRequest): Promise<ProducedExport> {
  if (!canExport(req.actor, req.state, req.settings))
    return { ok: false, status: 403, message: 'Only the link worker who ran this assessment (or an export delegate) can export it.' };
  const input = exportInputFor(req);
  const r = await renderExport(input, req.format);
  return r.ok ? { ok: true, artifact: r.artifact, plan: input.plan } : { ok: false, status: 409, message: r.message };
}

/** The stored assessment as export input: approved plan, contacts, the identity and sender confirmed at export. */
export function exportInputFor(req: Omit<ExportRequest, 'format' | 'actor'>): ExportInput {
  const plan = getApprovedPlan(req.state);
  return {
    state: req.state,
    plan,
    script: req.script,
    sessions: sessionsOf(req.state).contacts.map((c) => ({ date: c.date, method: c.method, minutes: c.minutes, summary: c.summary })),
    practice: req.settings.practice,
    serviceName: req.settings.serviceName,
    ...(req.settings.service ? { service: req.settings.service } : {}),
    identity: confirmedIdentity(req.state),
    author: recordedAuthor(req.state),
    fhirBaseUri: req.settings.fhirBaseUri ?? `${req.settings.publicBaseUrl}/fhir`,
    exportId: req.exportId,
    generatedAt: req.generatedAt,
  };
}

export type ExportAuditAction = 'export.created' | 'export.downloaded' | 'export.sent' | 'export.send_failed';

/** Who, when, which plan version, which format — ids only, never patient text. */
export async function auditExport(
  store: Store,
  entry: {
    at: string;
    actor: string;
    action: ExportAuditAction;
    exportId: string;
    assessmentId: string;
    plan: Plan | null;
    artifact: Pick<ExportArtifact, 'format' | 'variant'>;
    /** For sends: the MESH message id and outcome (ids and status words only). */
    mesh?: { messageId: string | null; status: string; workflowId: string };
  },
): Promise<void> {
  await store.appendAudit({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: `export:${entry.exportId}`,
    detail: {
      assessmentId: entry.assessmentId,
      planId: entry.plan?.id ?? null,
      planVersion: entry.plan?.version ?? null,
      format: entry.artifact.format,
      variant: entry.artifact.variant,
      ...(entry.mesh ? { mesh: entry.mesh } : {}),
    },
  });
}
