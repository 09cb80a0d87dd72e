import { describe, expect, it } from 'vitest';
import { canonicalJson, checkLink, GENESIS_HASH, hashEvent, type HashedEvent } from './trail.rules.js';

const event = (over: Partial<HashedEvent> = {}): HashedEvent => ({
  seq: 1,
  id: '0190f3a4-0000-7000-8000-000000000001',
  occurred_at: '2026-11-28T10:00:00.000Z',
  actor_person_id: null,
  actor_account_id: null,
  authorized_by: null,
  authorized_as: 'system:test',
  action: 'thing.done',
  object_type: 'thing',
  object_id: 'x',
  changes: { b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } },
  request_id: null,
  prev_hash: GENESIS_HASH,
  ...over,
});

describe('trail rules', () => {
  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null, u: undefined } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('the hash changes with any field and ignores key order', () => {
    const e = event();
    const reordered = { ...e, changes: { a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 } };
    expect(hashEvent(reordered)).toBe(hashEvent(e));
    expect(hashEvent({ ...e, action: 'thing.undone' })).not.toBe(hashEvent(e));
    expect(hashEvent({ ...e, prev_hash: 'f'.repeat(64) })).not.toBe(hashEvent(e));
  });

  it('checkLink names what is wrong', () => {
    const e = event();
    const stored = { ...e, hash: hashEvent(e) };
    expect(checkLink(stored, 1, GENESIS_HASH)).toEqual({ ok: true });
    expect(checkLink(stored, 2, GENESIS_HASH)).toMatchObject({ ok: false, reason: expect.stringContaining('missing') });
    expect(checkLink(stored, 1, 'a'.repeat(64))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('prev_hash'),
    });
    expect(checkLink({ ...stored, action: 'forged' }, 1, GENESIS_HASH)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('altered'),
    });
  });
});
