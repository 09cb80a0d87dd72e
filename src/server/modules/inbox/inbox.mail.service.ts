import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { enqueueJob, JobSkipped, type JobHandler } from './inbox.jobs.service.js';
import type { MailContent } from './inbox.mail.templates.js';

export const MAIL_JOB = 'mail.send';

/** The payload of a `mail.send` job: the finished message, so a retry sends the same bytes. */
export const ZMailJob = z.object({
  to: z.string().min(3),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  messageId: z.string().regex(/^<[^<>\s]+@[^<>\s]+>$/),
});
export type MailJob = z.infer<typeof ZMailJob>;

export type Mailer = {
  /** False when SMTP_URL is not set: mail jobs end as skipped. */
  enabled: boolean;
  send: (mail: MailJob) => Promise<void>;
  close: () => void;
};

// Shorter than the default job lease (see job-handlers.ts), so a hung server fails the attempt
// before another worker could take the job over and send it a second time.
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** One SMTP transport for the process, from SMTP_URL (smtp://user:pass@host:587). */
export function createMailer(config: Pick<Config, 'mail'>, log: Logger): Mailer {
  const { smtpUrl, from } = config.mail;
  if (!smtpUrl) {
    return {
      enabled: false,
      send: () => Promise.reject(new JobSkipped('mail is disabled (SMTP_URL is not set)')),
      close: () => undefined,
    };
  }
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    enabled: true,
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
      });
      log.debug({ messageId: mail.messageId, response: info.response }, 'mail sent');
    },
    close: () => transport.close(),
  };
}

/**
 * The Message-ID of one logical mail, derived from its key: a send retried after a crash carries
 * the same id, so mail clients and servers recognise the duplicate.
 */
export function mailMessageId(key: string, baseUrl: string): string {
  let host = 'remit.invalid';
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {
    // keep the fallback
  }
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${host}>`;
}

/**
 * Queues one mail in the caller's transaction (the one that records what it announces). `key`
 * names the logical mail: queueing the same key twice sends once. Returns the job id or null.
 */
export async function queueMail(
  trx: Db,
  input: { key: string; to: string; content: MailContent; baseUrl: string; runAt?: string },
): Promise<string | null> {
  const payload: MailJob = { to: input.to, ...input.content, messageId: mailMessageId(input.key, input.baseUrl) };
  return enqueueJob(trx, { type: MAIL_JOB, payload, dedupeKey: `mail:${input.key}`, runAt: input.runAt });
}

/** The `mail.send` job: send through the transport, or end as skipped when mail is off. */
export function mailJobHandler(mailer: Mailer, log: Logger): JobHandler {
  return async (payload, ctx) => {
    const mail = ZMailJob.parse(payload);
    if (!mailer.enabled) {
      log.info({ jobId: ctx.jobId, messageId: mail.messageId }, 'mail not sent: SMTP_URL is not set');
      throw new JobSkipped('mail is disabled (SMTP_URL is not set)');
    }
    await mailer.send(mail);
  };
}
