import { createRequire } from 'node:module';

// The official renderer's object model, loaded in Node as the brief describes.
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/**
 * Parses a card with the official `adaptivecards` library as version 1.5 and returns every
 * parse warning and validation failure. An empty list means the card is clean.
 */
export function adaptiveCardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const c = card as { type?: string; version?: string };
  if (c?.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (c?.version !== '1.5') problems.push(`version is ${String(c?.version)}, expected 1.5`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const results = parsed.validateProperties();
  for (const e of results.validationEvents ?? []) problems.push(`validate: ${e.message}`);
  return problems;
}
