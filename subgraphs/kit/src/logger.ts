import { type Logger, pino } from 'pino';
import { activeTraceId } from './tracing';

/** Paths never written to logs, wherever they appear in a logged object. */
const REDACT = [
  'password',
  'newPassword',
  'currentPassword',
  'pin',
  'newPin',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.password',
  '*.pin',
  '*.accessToken',
  '*.refreshToken',
  'variables.input.password',
  'variables.input.pin',
  'variables.input.refreshToken',
];

export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Lines logged inside a traced request carry its trace id, to find them from a trace.
    mixin: () => {
      const traceId = activeTraceId();
      return traceId ? { traceId } : {};
    },
  });
}

/** Keeps the last digits of a phone number only, for logs. */
export function maskPhone(phone: string): string {
  return phone.length <= 4 ? '****' : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}

export type { Logger };
