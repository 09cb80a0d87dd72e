import pino, { type Logger } from 'pino';

/** Structured logs; credentials and cookies are redacted wherever they appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.newPassword',
          '*.currentPassword',
          '*.token',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method?: string; url?: string; ip?: string; id?: unknown }) => ({
          method: req.method,
          url: redactQuery(req.url ?? ''),
          remoteAddress: req.ip,
        }),
      },
    },
    destination,
  );
}

const SECRET_PARAMS = /([?&](?:token|password|secret|code)=)[^&]*/gi;

/** Query-string secrets (the setup link's token) are replaced before a URL is logged. */
export const redactQuery = (url: string): string => url.replace(SECRET_PARAMS, '$1[redacted]');
