import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every environment variable Remit reads; README's configuration table mirrors this list. */
const ZEnv = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  REMIT_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REMIT_BASE_URL: z.url().optional(),
  REMIT_ADMIN_EMAIL: z.email().optional(),
  REMIT_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  REMIT_ADMIN_NAME: z.string().min(1).default('Administrator'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(20_971_520),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).default(26_214_400),
  ENTITLEMENT_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(2_147_483_648),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(120),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  TRUST_PROXY: bool.default(false),
  REMIT_WEB_DIR: z.string().optional(),
  JOBS_ENABLED: bool.default(true),
  JOBS_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(2000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Remit <remit@localhost>'),
  REMIT_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  WEBHOOKS_ALLOW_PRIVATE: bool.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number };
  baseUrl: string;
  secureCookies: boolean;
  admin?: { email: string; password: string; name: string };
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  bodyLimit: number;
  /** Largest file an HTTP import (text/csv body) may send. */
  importMaxBytes: number;
  /** Largest file one upload (a policy attachment) may be. */
  attachmentMaxBytes: number;
  /** Largest file one upload of control evidence may be. */
  evidenceMaxBytes: number;
  /** Largest entitlement CSV streamed through the API (the CLI reads files of any size). */
  entitlementImportMaxBytes: number;
  sessionTtlMs: number;
  sessionIdleMs: number;
  login: { maxFailures: number; lockMs: number; ratePerMinute: number };
  trustProxy: boolean;
  webDir: string;
  /** The job runner in this process (reminder scans, mail, webhooks). */
  jobs: { enabled: boolean; pollMs: number };
  /** smtpUrl null: mail is off and mail jobs are recorded as skipped. */
  mail: { smtpUrl: string | null; from: string };
  /** Encrypts secrets at rest (webhook signing secrets); null: a key file in the data folder (SQLite). */
  secretKey: Buffer | null;
  webhooks: { allowPrivate: boolean; timeoutMs: number };
};

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops startup with every problem named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.REMIT_ADMIN_EMAIL) !== Boolean(e.REMIT_ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration:\n  REMIT_ADMIN_EMAIL and REMIT_ADMIN_PASSWORD must be set together');
  }
  const dataDir = path.resolve(e.REMIT_DATA_DIR);
  const baseUrl = (e.REMIT_BASE_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'sqlite', file: path.join(dataDir, 'remit.db') },
    baseUrl,
    secureCookies: baseUrl.startsWith('https://'),
    admin:
      e.REMIT_ADMIN_EMAIL && e.REMIT_ADMIN_PASSWORD
        ? { email: e.REMIT_ADMIN_EMAIL, password: e.REMIT_ADMIN_PASSWORD, name: e.REMIT_ADMIN_NAME }
        : undefined,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT_BYTES,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    evidenceMaxBytes: e.EVIDENCE_MAX_BYTES,
    entitlementImportMaxBytes: e.ENTITLEMENT_IMPORT_MAX_BYTES,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
      ratePerMinute: e.LOGIN_RATE_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    webDir: path.resolve(e.REMIT_WEB_DIR ?? 'dist/web'),
    jobs: { enabled: e.JOBS_ENABLED, pollMs: e.JOBS_POLL_MS },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    secretKey: e.REMIT_SECRET_KEY ? Buffer.from(e.REMIT_SECRET_KEY, 'base64') : null,
    webhooks: { allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE, timeoutMs: e.WEBHOOK_TIMEOUT_MS },
  };
}
