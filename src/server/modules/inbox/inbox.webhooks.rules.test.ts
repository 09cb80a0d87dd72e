import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptSecret,
  deliveryError,
  encryptSecret,
  eventMatches,
  isPrivateAddress,
  newWebhookSecret,
  signPayload,
  urlForTrail,
  urlProblem,
  webhookRetryDelayMs,
  WEBHOOK_MAX_ATTEMPTS,
} from './inbox.webhooks.rules.js';

describe('[INBOX] webhook rules', () => {
  it('matches exact types, prefixes and everything', () => {
    expect(eventMatches(['assignment.*'], 'assignment.created')).toBe(true);
    expect(eventMatches(['assignment.*'], 'assignment.ack.recorded')).toBe(true);
    expect(eventMatches(['assignment.*'], 'assignments.created')).toBe(false);
    expect(eventMatches(['assignment.*'], 'assignment')).toBe(false);
    expect(eventMatches(['person.left'], 'person.left')).toBe(true);
    expect(eventMatches(['person.left'], 'person.left.undone')).toBe(false);
    expect(eventMatches(['person.left'], 'person.updated')).toBe(false);
    expect(eventMatches(['person.left', 'role.*'], 'role.created')).toBe(true);
    expect(eventMatches(['*'], 'anything.at.all')).toBe(true);
    expect(eventMatches([], 'anything')).toBe(false);
  });

  it('counts loopback, private, link-local, metadata and wrapped IPv4 addresses as private', () => {
    for (const ip of [
      '127.0.0.1',
      '127.255.0.9',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      '0:0:0:0:0:0:0:1',
      'fd00::1',
      'fd00:ec2::254',
      'fe80::1',
      'FE80::abcd%eth0',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '::127.0.0.1',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1',
      'not-an-ip',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of [
      '93.184.216.34',
      '172.32.0.1',
      '8.8.8.8',
      '2606:4700::1111',
      '::ffff:93.184.216.34',
      '2002:5db8:d822::1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('refuses URLs that are not https, carry credentials or name a private host, unless allowed', () => {
    expect(urlProblem('not a url', false)).toBe('Not a URL');
    expect(urlProblem('http://example.org/hook', false)).toBe('Use an https URL');
    expect(urlProblem('ftp://example.org/hook', true)).toBe('Use an http or https URL');
    expect(urlProblem('https://user:pw@example.org/hook', false)).toContain('credentials');
    for (const url of [
      'https://127.0.0.1/hook',
      'https://2130706433/hook',
      'https://0x7f.1/hook',
      'https://10.0.0.8/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[fe80::1]/hook',
      'https://localhost/hook',
      'https://LOCALHOST./hook',
      'https://api.localhost/hook',
      'https://metadata.google.internal/computeMetadata',
    ])
      expect(urlProblem(url, false), url).toContain('private');
    expect(urlProblem('https://hooks.example.org/remit', false)).toBeNull();
    expect(urlProblem('http://127.0.0.1:9/hook', true)).toBeNull();
    expect(urlProblem('https://[::1]:8443/hook', true)).toBeNull();
  });

  it('signs "<timestamp>.<body>" so that a receiver can check it with a plain HMAC', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const body = '{"id":"e1","type":"webhook.test"}';
    const sig = signPayload(secret, 1_700_000_000, body);
    const mine = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(sig).toBe(`v1=${mine}`);
    expect(sig).not.toBe(signPayload(secret, 1_700_000_001, body));
    expect(sig).not.toBe(signPayload(newWebhookSecret(), 1_700_000_000, body));
  });

  it('seals secrets with AES-256-GCM: different every time, opened only with the key, tamper-evident', () => {
    const key = randomBytes(32);
    const sealed = encryptSecret(key, 'whsec_abc');
    expect(sealed).not.toContain('whsec_abc');
    expect(encryptSecret(key, 'whsec_abc')).not.toBe(sealed);
    expect(decryptSecret(key, sealed)).toBe('whsec_abc');
    expect(() => decryptSecret(randomBytes(32), sealed)).toThrow();
    const [iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => decryptSecret(key, [iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it('retries after 1 min, 5 min, 30 min, 2 h and 6 h, then gives up', () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => webhookRetryDelayMs(i + 1));
    expect(delays).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, null]);
  });

  it('keeps receiver credentials off the trail and failure text short', () => {
    expect(urlForTrail('https://hooks.example.org/services/T0/B0/secret-token?x=1')).toBe(
      'https://hooks.example.org/…',
    );
    expect(urlForTrail('https://siem.example.org:8443')).toBe('https://siem.example.org:8443');
    expect(deliveryError(`x\n${'y'.repeat(500)}`)).toHaveLength(200);
  });
});
