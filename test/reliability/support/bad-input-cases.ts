/**
 * Malformed and hostile requests to /api/messages, each with the outcome it must have. Cases are
 * data so the table reads as a specification: status, what the reply must say, and whether the
 * assessment may change.
 *
 * Every activity case runs in its own fresh conversation whose assessment waits at the yes/no
 * question "screen.knew_referred" (the free-text reason already answered), so a case cannot
 * disturb another and "nothing changed" is checked against that assessment alone.
 */
export interface CaseContext {
  conversationId: string;
  assessmentId: string;
  /** Another conversation's assessment (same link worker): a card naming it must change nothing. */
  otherAssessmentId: string;
}

export type Request =
  | { raw: string | Buffer; contentType?: string | null; method?: string }
  | { activity: (c: CaseContext) => Record<string, unknown> }
  | { rawActivity: (c: CaseContext) => string };

export interface BadInputCase {
  name: string;
  request: Request;
  status: number;
  /** A pattern the bot's reply text must match (200 responses). */
  reply?: RegExp;
  /** Default false: the assessment must be byte-for-byte unchanged and no answer row added. */
  changes?: boolean;
}

const KiB = 1024;
const card = (c: CaseContext, value: Record<string, unknown>) => ({ text: '', value: { assessmentId: c.assessmentId, ...value } });
const answerCard = (c: CaseContext, extra: Record<string, unknown>) => card(c, { wma: 'answer', questionId: 'screen.knew_referred', ...extra });
const NOT_UNDERSTOOD = /card submission was not understood, so nothing was changed/;
const EARLIER_CARD = /That card is from an earlier question, so nothing was changed/;
const RE_ASK = /Did you know you had been referred/;
const GOOD_JSON = JSON.stringify({
  type: 'message',
  text: 'yes',
  from: { id: 'u' },
  conversation: { id: 'raw-c' },
  recipient: { id: 'b' },
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:1/',
});

export const HTTP_CASES: BadInputCase[] = [
  { name: 'invalid JSON (truncated)', request: { raw: '{"type": "message", "text": ' }, status: 400 },
  { name: 'invalid JSON (plain words)', request: { raw: 'hello bot' }, status: 400 },
  { name: 'invalid JSON (single quotes)', request: { raw: "{'type': 'message'}" }, status: 400 },
  { name: 'empty body', request: { raw: '' }, status: 400 },
  { name: 'JSON array', request: { raw: '[{"type":"message"}]' }, status: 400 },
  { name: 'JSON string', request: { raw: '"message"' }, status: 400 },
  { name: 'JSON number', request: { raw: '42' }, status: 400 },
  { name: 'JSON null', request: { raw: 'null' }, status: 400 },
  { name: 'object without type', request: { raw: '{"text":"yes"}' }, status: 400 },
  { name: 'type is a number', request: { raw: '{"type":7,"text":"yes"}' }, status: 400 },
  { name: 'type is null', request: { raw: '{"type":null}' }, status: 400 },
  { name: 'wrong content type: text/plain', request: { raw: GOOD_JSON, contentType: 'text/plain' }, status: 415 },
  { name: 'wrong content type: form-urlencoded', request: { raw: 'type=message&text=yes', contentType: 'application/x-www-form-urlencoded' }, status: 415 },
  { name: 'wrong content type: XML', request: { raw: '<activity type="message"/>', contentType: 'application/xml' }, status: 415 },
  { name: 'no content type at all', request: { raw: Buffer.from(GOOD_JSON), contentType: null }, status: 415 },
  { name: 'oversize body (300 KiB)', request: { raw: JSON.stringify({ type: 'message', text: 'y'.repeat(300 * KiB) }) }, status: 413 },
  { name: 'oversize body (3 MiB)', request: { raw: Buffer.alloc(3 * KiB * KiB, 0x20) }, status: 413 },
  { name: 'GET on the messaging endpoint', request: { raw: '', method: 'GET' }, status: 405 },
  { name: 'PUT on the messaging endpoint', request: { raw: GOOD_JSON, method: 'PUT' }, status: 405 },
  { name: 'DELETE on the messaging endpoint', request: { raw: '', method: 'DELETE' }, status: 405 },
];

export const ACTIVITY_CASES: BadInputCase[] = [
  // Missing or odd envelope fields.
  {
    name: 'no conversation',
    request: { activity: () => ({ text: 'yes', conversation: undefined }) },
    status: 200,
    reply: /could not tell who sent that message, so nothing was recorded/,
  },
  {
    name: 'conversation without id',
    request: { activity: () => ({ text: 'yes', conversation: { conversationType: 'personal' } }) },
    status: 200,
    reply: /could not tell who sent that message, so nothing was recorded/,
  },
  {
    name: 'no from',
    request: { activity: () => ({ text: 'yes', from: undefined }) },
    status: 200,
    reply: /could not tell who sent that message, so nothing was recorded/,
  },
  {
    name: 'from without any id',
    request: { activity: () => ({ text: 'yes', from: { name: 'Someone' } }) },
    status: 200,
    reply: /could not tell who sent that message/,
  },
  { name: 'unknown activity type', request: { activity: () => ({ type: 'fooBar', text: 'yes' }) }, status: 200 },
  { name: 'event activity', request: { activity: () => ({ type: 'event', name: 'wipe', value: { all: true } }) }, status: 200 },
  { name: 'typing activity', request: { activity: () => ({ type: 'typing' }) }, status: 200 },
  { name: 'message reaction', request: { activity: () => ({ type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }) }, status: 200 },
  { name: 'unknown invoke', request: { activity: () => ({ type: 'invoke', name: 'evil/drop', value: {} }) }, status: 200 },
  { name: 'message with neither text nor value', request: { activity: () => ({ text: undefined }) }, status: 200, reply: RE_ASK },
  { name: 'text is a number', request: { activity: () => ({ text: 1 }) }, status: 200, reply: RE_ASK },
  { name: 'text is an object', request: { activity: () => ({ text: { yes: true } }) }, status: 200, reply: RE_ASK },
  {
    name: 'group chat',
    request: { activity: (c) => ({ text: 'yes', conversation: { id: c.conversationId, conversationType: 'groupChat', isGroup: true } }) },
    status: 200,
    reply: /only run assessments in a private 1:1 chat/,
  },
  {
    name: 'channel message',
    request: { activity: (c) => ({ text: 'yes', conversation: { id: c.conversationId, conversationType: 'channel', isGroup: true } }) },
    status: 200,
    reply: /only run assessments in a private 1:1 chat/,
  },
  {
    name: 'another link worker types into the conversation',
    request: { activity: () => ({ text: 'yes', from: { id: 'intruder', aadObjectId: 'aad-intruder' } }) },
    status: 200,
    reply: /There is no assessment in progress/,
  },
  // Awkward text: never an answer to a yes/no question, never a crash.
  { name: 'huge text (200 KiB)', request: { activity: () => ({ text: 'no '.repeat(70 * KiB) }) }, status: 200, reply: RE_ASK },
  { name: 'control characters only', request: { activity: () => ({ text: '\u0001\u0002\u0007\u001b[31m\u007f' }) }, status: 200, reply: RE_ASK },
  { name: 'ANSI escape and text', request: { activity: () => ({ text: '\u001b[2J\u001b[H maybe' }) }, status: 200, reply: RE_ASK },
  { name: 'null bytes only', request: { activity: () => ({ text: '\u0000\u0000\u0000' }) }, status: 200, reply: RE_ASK },
  {
    name: 'null byte inside a word is stripped, the answer counts once',
    request: { activity: () => ({ text: 'ye\u0000s' }) },
    status: 200,
    reply: /Are you happy to talk with me today/,
    changes: true,
  },
  { name: 'emoji only', request: { activity: () => ({ text: '👍🏽🎉' }) }, status: 200, reply: RE_ASK },
  { name: 'right-to-left Arabic', request: { activity: () => ({ text: 'نعم، بالتأكيد' }) }, status: 200, reply: RE_ASK },
  { name: 'right-to-left override character', request: { activity: () => ({ text: '\u202Eon' }) }, status: 200, reply: RE_ASK },
  {
    name: 'zero-width characters inside "yes" are stripped',
    request: { activity: () => ({ text: 'y\u200Be\uFEFFs' }) },
    status: 200,
    reply: /Are you happy to talk with me today/,
    changes: true,
  },
  { name: 'lone surrogate', request: { activity: () => ({ text: 'ok \ud800' }) }, status: 200, reply: RE_ASK },
  { name: 'script tag', request: { activity: () => ({ text: '<script>alert(1)</script>' }) }, status: 200, reply: RE_ASK },
  { name: 'SQL injection', request: { activity: () => ({ text: "yes'); DROP TABLE answer_log; --" }) }, status: 200, reply: RE_ASK },
  {
    name: 'adaptive card JSON typed as text',
    request: { activity: (c) => ({ text: JSON.stringify({ wma: 'answer', assessmentId: c.assessmentId, questionId: 'screen.knew_referred', value: 'yes' }) }) },
    status: 200,
    reply: RE_ASK,
  },
  { name: 'very long single word (100k)', request: { activity: () => ({ text: 'a'.repeat(100_000) }) }, status: 200, reply: RE_ASK },
  // Forged or stale card submissions.
  {
    name: 'card: question from later in the script',
    request: { activity: (c) => answerCard(c, { questionId: 'ons4.anxiety', value: 3 }) },
    status: 200,
    reply: EARLIER_CARD,
  },
  {
    name: 'card: question id that does not exist',
    request: { activity: (c) => answerCard(c, { questionId: 'no.such.question', value: 'yes' }) },
    status: 200,
    reply: EARLIER_CARD,
  },
  {
    name: 'card: stale card from the earlier question',
    request: { activity: (c) => answerCard(c, { questionId: 'screen.reason', value: 'Rewritten reason' }) },
    status: 200,
    reply: EARLIER_CARD,
  },
  {
    name: 'card: value not an option',
    request: { activity: (c) => answerCard(c, { value: 'maybe' }) },
    status: 200,
    reply: /not one of this question's options/,
  },
  { name: 'card: out-of-range number', request: { activity: (c) => answerCard(c, { value: 99 }) }, status: 200, reply: /not one of this question's options/ },
  { name: 'card: value is an object', request: { activity: (c) => answerCard(c, { value: { yes: true } }) }, status: 200, reply: /wrong type/ },
  { name: 'card: value is an array', request: { activity: (c) => answerCard(c, { value: ['yes', 'no'] }) }, status: 200, reply: /wrong type/ },
  { name: 'card: value null', request: { activity: (c) => answerCard(c, { value: null }) }, status: 200, reply: /No answer was selected/ },
  { name: 'card: value missing', request: { activity: (c) => answerCard(c, {}) }, status: 200, reply: /No answer was selected/ },
  { name: 'card: value is a boolean', request: { activity: (c) => answerCard(c, { value: true }) }, status: 200, reply: /wrong type/ },
  {
    name: "card: another conversation's assessment id",
    request: { activity: (c) => answerCard(c, { assessmentId: c.otherAssessmentId, value: 'yes' }) },
    status: 200,
    reply: /belongs to a different assessment/,
  },
  {
    name: 'card: made-up assessment id',
    request: { activity: (c) => answerCard(c, { assessmentId: '00000000-0000-4000-8000-000000000000', value: 'yes' }) },
    status: 200,
    reply: /belongs to a different assessment/,
  },
  {
    name: 'card: over-long assessment id',
    request: { activity: (c) => answerCard(c, { assessmentId: 'x'.repeat(500), value: 'yes' }) },
    status: 200,
    reply: NOT_UNDERSTOOD,
  },
  {
    name: 'card: assessment id is a number',
    request: { activity: (c) => answerCard(c, { assessmentId: 12, value: 'yes' }) },
    status: 200,
    reply: NOT_UNDERSTOOD,
  },
  {
    name: 'card: question id is an object',
    request: { activity: (c) => answerCard(c, { questionId: { $ne: null }, value: 'yes' }) },
    status: 200,
    reply: NOT_UNDERSTOOD,
  },
  { name: 'card: unknown action', request: { activity: (c) => card(c, { wma: 'delete_all' }) }, status: 200, reply: NOT_UNDERSTOOD },
  {
    name: 'card: no action field',
    request: { activity: (c) => card(c, { questionId: 'screen.knew_referred', value: 'yes' }) },
    status: 200,
    reply: NOT_UNDERSTOOD,
  },
  { name: 'card: unknown command', request: { activity: (c) => card(c, { wma: 'command', command: 'drop_tables' }) }, status: 200, reply: NOT_UNDERSTOOD },
  { name: 'card: change index 0', request: { activity: (c) => card(c, { wma: 'change', index: 0 }) }, status: 200, reply: NOT_UNDERSTOOD },
  { name: 'card: change index a billion', request: { activity: (c) => card(c, { wma: 'change', index: 1e9 }) }, status: 200, reply: NOT_UNDERSTOOD },
  { name: 'card: change while not reviewing', request: { activity: (c) => card(c, { wma: 'change', index: 1 }) }, status: 200, reply: RE_ASK },
  {
    name: 'card: safeguarding decision with no flag raised',
    request: { activity: (c) => card(c, { wma: 'safeguarding', decision: 'dismissed', note: 'nothing to see' }) },
    status: 200,
    reply: RE_ASK,
  },
  {
    name: 'card: safeguarding decision not allowed',
    request: { activity: (c) => card(c, { wma: 'safeguarding', decision: 'ignore' }) },
    status: 200,
    reply: NOT_UNDERSTOOD,
  },
  { name: 'card: unknown feature', request: { activity: (c) => card(c, { wma: 'feature', name: 'exfiltrate' }) }, status: 200, reply: NOT_UNDERSTOOD },
  {
    name: 'card: huge value string',
    request: { activity: (c) => answerCard(c, { value: 'y'.repeat(150 * KiB) }) },
    status: 200,
    reply: /not one of this question's options/,
  },
  {
    name: 'card: deeply nested value',
    request: { activity: (c) => answerCard(c, { value: JSON.parse(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`) }) },
    status: 200,
    reply: /wrong type/,
  },
  {
    name: 'card from another link worker',
    request: { activity: (c) => ({ ...answerCard(c, { value: 'yes' }), from: { id: 'intruder', aadObjectId: 'aad-intruder' } }) },
    status: 200,
    reply: /belongs to a different assessment/,
  },
  {
    name: 'card: __proto__ key (prototype pollution)',
    request: {
      rawActivity: (c) =>
        rawWith(c, `{"wma":"answer","assessmentId":"${c.assessmentId}","questionId":"screen.knew_referred","__proto__":{"value":"yes","isAdmin":true}}`),
    },
    status: 200,
    reply: /No answer was selected/,
  },
  {
    name: 'card: constructor.prototype key',
    request: {
      rawActivity: (c) =>
        rawWith(
          c,
          `{"wma":"answer","assessmentId":"${c.assessmentId}","questionId":"screen.knew_referred","value":"maybe","constructor":{"prototype":{"wma":"command"}}}`,
        ),
    },
    status: 200,
    reply: /not one of this question's options/,
  },
  { name: 'activity-level __proto__', request: { rawActivity: (c) => rawWith(c, null, '"__proto__":{"text":"yes"},') }, status: 200, reply: RE_ASK },
  // Starting an assessment with a bad patient reference creates nothing.
  {
    name: 'start: NHS number with a wrong check digit',
    request: { activity: () => ({ text: 'start 9434765918' }) },
    status: 200,
    reply: /not a valid NHS number/,
  },
  {
    name: 'start: NHS number too short',
    request: { activity: () => ({ text: 'start 943476591' }) },
    status: 200,
    reply: /An NHS number has 10 digits; that has 9/,
  },
  {
    name: 'start: NHS number too long',
    request: { activity: () => ({ text: 'start 94347659190' }) },
    status: 200,
    reply: /An NHS number has 10 digits; that has 11/,
  },
  { name: 'start: check digit would be 10', request: { activity: () => ({ text: 'start 1000000010' }) }, status: 200, reply: /not a valid NHS number/ },
  {
    name: 'start: spaced number, wrong check digit',
    request: { activity: () => ({ text: 'start 943 476 5911' }) },
    status: 200,
    reply: /not a valid NHS number/,
  },
  { name: 'start: a name instead of a reference', request: { activity: () => ({ text: 'start John Smith' }) }, status: 200, reply: /Do not use names/ },
  { name: 'start: emoji reference', request: { activity: () => ({ text: 'start 🙂🙂🙂' }) }, status: 200, reply: /Do not use names/ },
  {
    name: 'start: SQL injection as reference',
    request: { activity: () => ({ text: "start 1'; DELETE FROM assessments; --" }) },
    status: 200,
    reply: /Do not use names/,
  },
];

/** Raw JSON (so keys like __proto__ survive serialisation) for a message activity in the case's conversation. */
function rawWith(c: CaseContext, valueJson: string | null, extra = ''): string {
  return (
    `{${extra}"type":"message","id":"raw-${Math.random().toString(36).slice(2)}","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","deliveryMode":"expectReplies",` +
    `"from":{"id":"user-1","aadObjectId":"aad-lw-1"},"recipient":{"id":"bot"},"conversation":{"id":"${c.conversationId}","conversationType":"personal"}` +
    `${valueJson ? `,"text":"","value":${valueJson}` : ''}}`
  );
}
