import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import net from 'node:net';

/** Whether a subscription's event patterns match an event type: exact, `prefix.*` or `*`. */
export function eventMatches(patterns: string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}

/** The signature header value: v1=hex(HMAC-SHA256(secret, "<timestamp>.<body>")). */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** Attempts per delivery, the first included. */
export const WEBHOOK_MAX_ATTEMPTS = 6;
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/**
 * When to try again after failed attempt number `attempt` (1-based): 1 min, 5 min, 30 min, 2 h,
 * 6 h — a receiver may be down for most of a day and still get everything. Null: give up.
 */
export function webhookRetryDelayMs(attempt: number): number | null {
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return null;
  return RETRY_DELAYS_MS[Math.max(0, attempt - 1)] ?? null;
}

/** AES-256-GCM: iv.tag.ciphertext, base64url each. */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

export function decryptSecret(key: Buffer, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new Error('the stored secret is malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function ipv4Private(ip: string): boolean {
  const [a = 0, b = 0, c = 0] = ip.split('.').map(Number);
  return (
    a === 0 || // "this network", 0.0.0.0 reaches the local host
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata (169.254.169.254)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224 // multicast, reserved, broadcast
  );
}

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail folded in); null when not IPv6. */
export function ipv6Groups(ip: string): number[] | null {
  if (net.isIPv6(ip) === false) return null;
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = v4[1].split('.').map(Number);
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = 8 - left.length - right.length;
  return [...left, ...Array<number>(Math.max(0, fill)).fill(0), ...right];
}

const v4Of = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * Addresses a webhook must not reach unless private targets are allowed: loopback, private,
 * link-local (cloud metadata lives at 169.254.169.254 and fd00:ec2::254), carrier-grade NAT,
 * multicast, unspecified, documentation — and IPv4 addresses wrapped in IPv6 (mapped, compatible,
 * NAT64, 6to4), judged by the IPv4 address inside. Anything that is not an IP address counts as private.
 */
export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) return ipv4Private(ip);
  const g = ipv6Groups(ip);
  if (!g || g.length !== 8) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(5) && g5 === 0xffff) return ipv4Private(v4Of(g6, g7)); // ::ffff:a.b.c.d
  if (zeroTo(6)) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4Private(v4Of(g6, g7));
  if (g0 === 0x2002) return ipv4Private(v4Of(g1, g2)); // 6to4
  if (g0 === 0x2001 && g1 === 0xdb8) return true; // documentation
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return true; // discard prefix
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // old site-local fec0::/10
    (g0 & 0xff00) === 0xff00 // multicast
  );
}

const bareHost = (hostname: string) =>
  hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** Problems with a webhook URL before any lookup (scheme, credentials, literal private hosts). */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Not a URL';
  }
  if (url.username || url.password) return 'Leave credentials out of the URL; verify the signature instead';
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return allowPrivate ? 'Use an http or https URL' : 'Use an https URL';
  const host = bareHost(url.hostname);
  if (host === '') return 'The URL has no host';
  if (
    !allowPrivate &&
    (host === 'localhost' ||
      host.endsWith('.localhost') ||
      host.endsWith('.internal') ||
      (net.isIP(host) !== 0 && isPrivateAddress(host)))
  )
    return 'The URL points at a private or local address';
  return null;
}

/**
 * A webhook URL as the trail records it: scheme, host and port. Paths and query strings often
 * carry the receiver's own credentials (chat webhooks put a token in the path), which readers of
 * the trail should not get.
 */
export function urlForTrail(raw: string): string {
  try {
    const url = new URL(raw);
    return url.pathname === '/' && url.search === '' ? url.origin : `${url.origin}/…`;
  } catch {
    return '(not a URL)';
  }
}

/** Text of a failure fit for the delivery log: one line, at most 200 characters. */
export const deliveryError = (message: string): string => message.replace(/\s+/g, ' ').trim().slice(0, 200);
