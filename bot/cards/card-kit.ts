import type { Command } from '../../dialogs/engine/commands';
import type { RouteName } from '../../service/route-table';
import type { AdaptiveCard, CardAction, CardElement, Column, ColumnSet, FactSet, SubmitAction, TextBlock } from './card-types';

/** Small typed builders for Adaptive Card 1.5 JSON, so every card shares the same envelope and header. */
export type { AdaptiveCard, CardAction, CardElement } from './card-types';

/**
 * No `$schema`: it is optional in Adaptive Cards, Teams ignores it, and it cost 57 bytes on every
 * reply (issue 22). `version` is what Teams reads to decide how to render.
 */
export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return { type: 'AdaptiveCard', version: '1.5', body, ...(actions.length ? { actions } : {}) };
}

export const text = (value: string, extra: Omit<Partial<TextBlock>, 'type' | 'text'> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

export const subtle = (value: string): TextBlock => text(value, { isSubtle: true, size: 'Small' });

/** "Wellbeing · 3 of 4 · *** *** 4019" — where the link worker is, on every reply. */
export function header(position: { sectionTitle: string; index: number; count: number } | null, patient: string | null): ColumnSet {
  const where = position ? `${position.sectionTitle} · ${position.index} of ${position.count}` : 'What Matters Assistant';
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [text(where, { weight: 'Bolder', color: 'Accent' })] },
      ...(patient ? [{ type: 'Column', width: 'auto', items: [subtle(patient)] } satisfies Column] : []),
    ],
  };
}

export const submit = (title: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): SubmitAction => ({
  type: 'Action.Submit',
  title,
  data,
  ...(style ? { style } : {}),
});

/**
 * What an engine-command button submits. Typed against the one command enum
 * (dialogs/engine/commands.ts), so a button cannot name a command the parser does not know.
 */
export const commandButton = (command: Command, assessmentId: string) => ({ wma: 'command', command, assessmentId }) as const;

/** What a feature's button submits: addressed to a route by its name in service/route-table.ts. */
export const featureButton = (name: RouteName, args: Record<string, unknown>, assessmentId?: string) =>
  ({ wma: 'feature', name, args, ...(assessmentId ? { assessmentId } : {}) }) as const;

export const facts = (pairs: Array<[string, string]>): FactSet => ({
  type: 'FactSet',
  facts: pairs.map(([title, value]) => ({ title, value })),
});

/**
 * Card text is Markdown: escape what the person said so it cannot restyle the card or forge a
 * link. Only the characters that format are escaped, so ordinary text reads as typed.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]~<>])/g, '\\$1').replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}
