import type { Prompt } from './types';

export type NoticeTone = 'info' | 'warning' | 'error';
export type NoticePrompt = Extract<Prompt, { kind: 'notice' }>;

/** The one constructor for a plain message in a reply; the engine, the turn service and every feature use it. */
export const notice = (text: string, tone: NoticeTone = 'info'): NoticePrompt => ({ kind: 'notice', text, tone });
