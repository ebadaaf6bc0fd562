import { describe, expect, it } from 'vitest';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from '../../bot/cards/card-kit';
import { adaptiveCardProblems } from '../helpers/adaptive-card';

/**
 * The typed card model (bot/cards/card-types.ts) refuses at compile time what Teams would render
 * wrongly; `npx tsc --noEmit` checks the @ts-expect-error lines below (an unused one is an error).
 */
describe('typed Adaptive Card builders', () => {
  it('a card from the builders is a clean 1.5 card for the official parser', () => {
    const card: AdaptiveCard = adaptiveCard(
      [text('Hello', { weight: 'Bolder', color: 'Good' })],
      [submit('OK', { wma: 'command', command: 'next' }, 'positive')],
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('rejects colours, element types and actions the 1.5 schema does not have', () => {
    // @ts-expect-error — 'Red' is not an Adaptive Card colour (Good, Warning, Attention, …).
    const badColour = text('x', { color: 'Red' });
    // @ts-expect-error — an action is not a body element.
    const actionInBody: CardElement = submit('OK', {});
    // @ts-expect-error — the card version is fixed at 1.5 (what Teams renders for bots).
    const wrongVersion: AdaptiveCard = { type: 'AdaptiveCard', version: '1.6', body: [] };
    // The values still exist at run time; the point is that the compiler refused them.
    expect([badColour, actionInBody, wrongVersion]).toHaveLength(3);
  });
});
