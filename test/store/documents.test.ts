import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_DOCUMENT, decodeAssessment, encodeAssessment } from '../../store/documents/assessment';
import { decodeAuditDetail, encodeAuditDetail } from '../../store/documents/audit';
import { CONVERSATION_DOCUMENT, decodeConversation, encodeConversation } from '../../store/documents/conversation';
import { FEATURE_SLOTS } from '../../store/documents/feature-slots';
import { decode, DocumentInvalidError, migrate } from '../../store/documents/versioned';
import type { AssessmentState } from '../../dialogs/engine/types';
import type { AuditEntry, ConversationState } from '../../store/types';

/** Documents exactly as the code before schema versions wrote them (test/store/fixtures/v0/capture.ts.txt). */
const v0 = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/v0/${name}`, import.meta.url), 'utf8')) as T;
const completed = v0<AssessmentState>('assessment-completed-with-features.json');
const review = v0<AssessmentState>('assessment-review-in-progress.json');
const conversation = v0<ConversationState>('conversation.json');
const audit = v0<AuditEntry[]>('audit.json');

describe('documents written before schema versions (v0 fixtures) load, migrate and validate', () => {
  it('a completed assessment with plan, sessions and supervision slots', () => {
    expect(completed.features && Object.keys(completed.features).sort()).toEqual(['plan', 'sessions', 'supervision']);
    const d = decodeAssessment(completed);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.storedVersion).toBe(0);
    expect(d.migrations).toEqual([
      'introduce schemaVersion (shape unchanged; feature slots versioned separately)',
      'features.plan: introduce schemaVersion (shape unchanged)',
      'features.sessions: introduce schemaVersion (shape unchanged)',
      'features.supervision: introduce schemaVersion (shape unchanged)',
    ]);
    // Nothing is lost or rewritten on the way: the migrated document is the one written.
    expect(d.value).toEqual(completed);
  });

  it('a review in progress, linked to its baseline', () => {
    const d = decodeAssessment(review);
    expect(d.ok && d.value).toEqual(review);
    expect(d.ok && d.migrations).toContain('features.review: introduce schemaVersion (shape unchanged)');
  });

  it('the conversation with the link worker’s check-ins', () => {
    const d = decodeConversation(conversation);
    expect(d).toMatchObject({ ok: true, storedVersion: 0, value: conversation });
  });

  it('every audit payload (script publish, exports)', () => {
    expect(new Set(audit.map((e) => e.action))).toEqual(new Set(['script.publish', 'export.created']));
    for (const e of audit) expect(decodeAuditDetail(e.action, e.detail)).toMatchObject({ ok: true, storedVersion: 0, value: e.detail });
  });
});

describe('migrations up, and the current version round trip', () => {
  it('stamps the current version on the assessment and on each slot; reading it back gives the same state', () => {
    const written = encodeAssessment(completed);
    expect(written.schemaVersion).toBe(ASSESSMENT_DOCUMENT.version);
    const slots = written.features as Record<string, { schemaVersion: number }>;
    for (const name of ['plan', 'sessions', 'supervision']) expect(slots[name]!.schemaVersion).toBe(FEATURE_SLOTS[name]!.version);
    const back = decodeAssessment(JSON.parse(JSON.stringify(written)));
    expect(back).toMatchObject({ ok: true, storedVersion: 1, migrations: [], value: completed });
    expect(decodeConversation(encodeConversation(conversation))).toMatchObject({ ok: true, storedVersion: 1, value: conversation });
    expect(decodeAuditDetail('export.created', encodeAuditDetail('export.created', audit[1]!.detail!))).toMatchObject({ ok: true, storedVersion: 1 });
  });

  it('each document type has one named migration per version, applied in order from the stored one', () => {
    for (const type of [ASSESSMENT_DOCUMENT, CONVERSATION_DOCUMENT, ...Object.values(FEATURE_SLOTS)]) {
      expect(type.migrations.map((m) => m.from)).toEqual(Array.from({ length: type.version }, (_, i) => i));
      expect(type.migrations.every((m) => m.name.length > 0)).toBe(true);
      expect(migrate(type, { schemaVersion: type.version }).applied).toEqual([]);
    }
    expect(migrate(CONVERSATION_DOCUMENT, { ...conversation }).applied).toEqual(['introduce schemaVersion (shape unchanged)']);
  });
});

describe('what does not validate', () => {
  const SECRET = 'Blue Parrot Lane';

  it('reports paths and issue codes, never the value (which may be patient text)', () => {
    const damaged = { ...completed, answers: { ...completed.answers, what_matters: { value: { text: SECRET }, at: 'x', activityId: 'a' } } };
    const d = decodeAssessment(damaged);
    expect(d.ok).toBe(false);
    expect(JSON.stringify(d)).not.toContain(SECRET);
    expect(!d.ok && d.issues.map((i) => i.path)).toContain('answers.what_matters.value');
  });

  it('masks a record key that is not an id, in case it is free text', () => {
    const d = decodeAssessment({ ...completed, answers: { [`${SECRET} and more`]: 'not an answer' } });
    expect(JSON.stringify(d)).not.toContain(SECRET);
    expect(!d.ok && d.issues[0]!.path).toBe('answers.*');
  });

  it('one damaged slot fails the whole assessment, so it is never half-used', () => {
    const d = decodeAssessment({ ...completed, features: { ...completed.features, sessions: { contacts: 'lots' } } });
    expect(d).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!d.ok && d.issues.every((i) => i.path.startsWith('features.sessions'))).toBe(true);
  });

  it('refuses to write an invalid document, an unknown field or an unknown slot', () => {
    expect(() => encodeAssessment({ ...completed, features: { plan: { id: 'p', goals: 'not a list' } } })).toThrow(DocumentInvalidError);
    expect(() => encodeAssessment({ ...completed, nickname: 'x' } as AssessmentState)).toThrow(/nickname|unrecognized_keys/);
    expect(() => encodeAssessment({ ...completed, features: { scrapbook: {} } })).toThrow(/features\.scrapbook: unknown_slot/);
  });

  it('a document from a newer release is not ours to migrate: reported as newer, not invalid', () => {
    expect(decode(CONVERSATION_DOCUMENT, { ...conversation, schemaVersion: 99 })).toMatchObject({ ok: false, reason: 'newer', storedVersion: 99 });
  });
});
