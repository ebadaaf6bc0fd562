import { describe, expect, it } from 'vitest';
import { commandSchema, HELP_TEXT, parseCommand } from '../../dialogs/engine/commands';
import { cardActionSchema } from '../../service/card-actions';

describe('commands: one closed set for typing, card buttons and help', () => {
  it('every command is typed by its name and accepted from a card; nothing else is', () => {
    for (const c of commandSchema.options) {
      expect(parseCommand(c)).toBe(c);
      expect(cardActionSchema.safeParse({ wma: 'command', command: c }).success).toBe(true);
    }
    expect(cardActionSchema.safeParse({ wma: 'command', command: 'delete' }).success).toBe(false);
    expect(parseCommand('back pain')).toBeNull();
  });

  it('help lists the navigation commands in order, from the same set', () => {
    const line = HELP_TEXT.split('\n').find((l) => l.startsWith('Commands:'))!;
    const listed = [...line.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual(['back', 'next', 'skip', 'pause', 'resume', 'status', 'answers', 'cancel', 'help']);
    expect(listed.every((c) => commandSchema.safeParse(c).success)).toBe(true);
  });
});
