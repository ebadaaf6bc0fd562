import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logs carry ids, event types and timings only. Redaction is the second line of
 * defence for anything that slips through: patient text must never reach a log.
 */
export const REDACT_PATHS = [
  'text',
  'value',
  'quote',
  'note',
  'patient',
  'answers',
  'activity.text',
  'activity.value',
  'activity.from.name',
  'req.body',
  '*.text',
  '*.value',
  '*.patient',
  '*.quote',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'wma' } }, destination);
}
