import { describe, expect, it } from 'vitest';
import type { OutboxItem, Store } from '../../../store/types';
import { answered, KEYS_A, turn } from '../fixtures';
import { eachFreshStore, type HarnessFactory, type StoreHarness } from './harness';

/**
 * Issue 21: conversation references and the reminder outbox, on both engines. The claim is the
 * part that must hold with several instances: every row is claimed by exactly one claimer, an
 * expired claim is anyone's again, and only the claimer can mark the row done.
 */
const T0 = '2026-12-01T08:30:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const item = (key: string, overrides: Partial<OutboxItem> = {}): OutboxItem => ({
  key,
  userId: 'lw-1',
  kind: 'review_due',
  assessmentId: `as-${key}`,
  subject: null,
  dueDate: '2026-12-01',
  sendAt: T0,
  ...overrides,
});

export function outboxContract(makeHarness: HarnessFactory): void {
  describe('reminder outbox and conversation references', () => {
    let h: StoreHarness;
    let store: Store;
    eachFreshStore(makeHarness, (fresh) => ({ h, store } = fresh));

    it('keeps the newest conversation reference per user; an older write does not overwrite it', async () => {
      await store.saveConversationRef({ userId: 'lw-1', reference: { conversation: { id: 'c-new' } }, updatedAt: later(1000) });
      await store.saveConversationRef({ userId: 'lw-1', reference: { conversation: { id: 'c-old' } }, updatedAt: T0 });
      expect(await store.getConversationRef('lw-1')).toEqual({ userId: 'lw-1', reference: { conversation: { id: 'c-new' } }, updatedAt: later(1000) });
      expect(await store.getConversationRef('nobody')).toBeNull();
      await expect(store.saveConversationRef({ userId: '', reference: {}, updatedAt: T0 })).rejects.toThrow(/userId/);
    });

    it('enqueues each dedupe key once, even after it was sent', async () => {
      expect(await store.enqueueOutbox([item('a'), item('b'), item('a')], T0)).toBe(2);
      const [claimed] = await store.claimOutbox({ now: T0, owner: 'i1', leaseMs: 60_000, limit: 1 });
      expect(await store.completeOutbox(claimed!.key, 'i1', T0, 'sent')).toBe(true);
      expect(await store.enqueueOutbox([item('a'), item('b')], later(86_400_000))).toBe(0);
      expect((await store.listOutbox()).map((r) => [r.key, r.outcome])).toEqual([
        ['a', 'sent'],
        ['b', null],
      ]);
    });

    it('claims only due rows; a claim excludes every other claimer until its lease expires', async () => {
      await store.enqueueOutbox([item('due'), item('tomorrow', { sendAt: later(86_400_000), dueDate: '2026-12-02' })], T0);
      const other = await h.open(KEYS_A); // a second instance on the same database
      const [mine, theirs] = await Promise.all([
        store.claimOutbox({ now: T0, owner: 'i1', leaseMs: 60_000, limit: 10 }),
        other.claimOutbox({ now: T0, owner: 'i2', leaseMs: 60_000, limit: 10 }),
      ]);
      expect([...mine, ...theirs].map((r) => r.key)).toEqual(['due']);
      const winner = mine.length ? 'i1' : 'i2';
      expect(await other.claimOutbox({ now: later(59_000), owner: 'i3', leaseMs: 60_000, limit: 10 })).toEqual([]);
      // The claimer crashed: after the lease the row is claimable again (and counts its attempts).
      const [again] = await other.claimOutbox({ now: later(60_000), owner: 'i3', leaseMs: 60_000, limit: 10 });
      expect(again).toMatchObject({ key: 'due', claimedBy: 'i3', attempts: 2 });
      // The old claimer can no longer mark it; the new one can.
      expect(await store.completeOutbox('due', winner, later(61_000), 'sent')).toBe(false);
      expect(await other.completeOutbox('due', 'i3', later(61_000), 'sent')).toBe(true);
      expect(await store.claimOutbox({ now: later(10 * 86_400_000), owner: 'i1', leaseMs: 60_000, limit: 10 })).toHaveLength(1); // only "tomorrow"
    });

    it('a released row waits until its retry time, keeping only the error name', async () => {
      await store.enqueueOutbox([item('x')], T0);
      await store.claimOutbox({ now: T0, owner: 'i1', leaseMs: 60_000, limit: 10 });
      await store.releaseOutbox('x', 'i1', later(300_000), 'FetchError');
      expect(await store.claimOutbox({ now: later(299_000), owner: 'i2', leaseMs: 60_000, limit: 10 })).toEqual([]);
      const [row] = await store.claimOutbox({ now: later(300_000), owner: 'i2', leaseMs: 60_000, limit: 10 });
      expect(row).toMatchObject({ key: 'x', attempts: 2, lastError: 'FetchError', doneAt: null });
    });

    it('refuses bad input and changes nothing', async () => {
      await expect(store.enqueueOutbox([item('ok'), item('bad', { dueDate: '1/12/2026' })], T0)).rejects.toThrow(/dueDate/);
      await expect(store.claimOutbox({ now: 'soon', owner: 'i1', leaseMs: 1, limit: 1 })).rejects.toThrow(/now/);
      expect(await store.listOutbox()).toEqual([]);
    });

    it('erasing a person removes their reminders', async () => {
      const { state, events } = answered('p1', 'act-p1');
      expect(await store.commitTurn(turn('conv-p1', 'act-p1', { assessment: state, events }))).toBe('committed');
      await store.enqueueOutbox([item('r1', { assessmentId: 'p1' }), item('r2', { assessmentId: 'someone-else' })], T0);
      await store.erasePatient('943 476 5919', 'dpo-1');
      expect((await store.listOutbox()).map((r) => r.key)).toEqual(['r2']);
    });
  });
}
