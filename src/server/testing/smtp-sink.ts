import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message as the SMTP server received it, with the headers tests look at decoded. */
export type ReceivedMail = {
  envelopeTo: string[];
  messageId: string;
  to: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded. */
  html: string;
  raw: string;
};

export type SmtpSink = {
  /** smtp://user:pass@127.0.0.1:<port> (auth is accepted, not checked). */
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Resolves once at least `n` messages arrived; rejects after `timeoutMs`. */
  waitFor: (n: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  /** Resolves with the first message that matches; rejects after `timeoutMs`. */
  waitForMail: (match: (m: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)?/g, (_m, _cs: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function headersOf(block: string): Map<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  const map = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) map.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return map;
}

function partBody(headers: Map<string, string>, body: string): string {
  const enc = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** Splits a MIME message into its text and HTML parts (one level of multipart/alternative). */
export function parseMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headersOf(raw.slice(0, split));
  const rest = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  let text = '';
  let html = '';
  const type = head.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const part of rest.split(`--${boundary}`).slice(1)) {
      const p = part.replace(/^\r?\n/, '');
      const at = p.search(/\r?\n\r?\n/);
      if (at < 0) continue;
      const ph = headersOf(p.slice(0, at));
      const body = partBody(ph, p.slice(at).replace(/^\r?\n\r?\n/, ''));
      const pt = ph.get('content-type') ?? '';
      if (pt.startsWith('text/plain')) text = body;
      if (pt.startsWith('text/html')) html = body;
    }
  } else if (type.startsWith('text/html')) {
    html = partBody(head, rest);
  } else {
    text = partBody(head, rest);
  }
  return {
    envelopeTo,
    messageId: head.get('message-id') ?? '',
    to: decodeWords(head.get('to') ?? ''),
    subject: decodeWords(head.get('subject') ?? ''),
    text,
    html,
    raw,
  };
}

/** A real SMTP server on loopback that keeps every message it receives, for tests. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters: { done: () => boolean; resolve: () => void }[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, cb) => cb(null, { user: 'test' }),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        for (const w of waiters.filter((x) => x.done())) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const until = <T>(check: () => T | undefined, timeoutMs: number, what: () => string) =>
    new Promise<T>((resolve, reject) => {
      const now = check();
      if (now !== undefined) return resolve(now);
      const timer = setTimeout(() => reject(new Error(what())), timeoutMs);
      waiters.push({
        done: () => check() !== undefined,
        resolve: () => {
          clearTimeout(timer);
          resolve(check() as T);
        },
      });
    });
  return {
    url: `smtp://remit:secret@127.0.0.1:${port}`,
    port,
    messages,
    waitFor: (n, timeoutMs = 15_000) =>
      until(
        () => (messages.length >= n ? messages : undefined),
        timeoutMs,
        () => `expected ${n} mails, got ${messages.length} after ${timeoutMs} ms`,
      ),
    waitForMail: (match, timeoutMs = 15_000) =>
      until(
        () => messages.find(match),
        timeoutMs,
        () =>
          `no matching mail after ${timeoutMs} ms; got: ${messages.map((m) => `${m.envelopeTo.join(',')} "${m.subject}"`).join('; ') || 'none'}`,
      ),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
