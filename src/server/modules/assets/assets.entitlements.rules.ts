import type { ParsedRow } from './assets.entitlements.repository.js';

/** Lookups for one import: systems by reference / `ext:`CMDB id / `name:`name, people by email and employee id (lower case). */
export type EntitlementLookups = {
  systems: Map<string, string>;
  byEmail: Map<string, string>;
  byEmployeeId: Map<string, string>;
};

export type EntitlementHeader = {
  system: number;
  account: number;
  person: number | null;
  entitlement: number;
  privileged: number | null;
};

const ALIASES: Record<keyof EntitlementHeader, string[]> = {
  system: ['system', 'asset', 'application'],
  account: ['account', 'account name', 'username', 'login'],
  person: ['person', 'email', 'employee id', 'owner'],
  entitlement: ['entitlement', 'role', 'group', 'permission'],
  privileged: ['privileged', 'admin'],
};

/** Finds the columns by name (case and spacing ignored); system, account and entitlement are required. */
export function parseEntitlementHeader(cells: string[]): EntitlementHeader | { error: string } {
  const norm = cells.map((c) => c.trim().toLowerCase().replace(/[_-]+/g, ' '));
  const find = (k: keyof EntitlementHeader) => {
    const i = norm.findIndex((c) => ALIASES[k].includes(c));
    return i === -1 ? null : i;
  };
  const h = {
    system: find('system'),
    account: find('account'),
    person: find('person'),
    entitlement: find('entitlement'),
    privileged: find('privileged'),
  };
  const missing = (['system', 'account', 'entitlement'] as const).filter((k) => h[k] === null);
  if (missing.length > 0)
    return {
      error: `The header row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected system, account, person, entitlement, privileged)`,
    };
  return h as EntitlementHeader;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', '']);

/** Reads one data row: the system must be in the inventory; the person is matched by email or employee id, else by the account name. */
export function parseEntitlementRow(
  cells: string[],
  h: EntitlementHeader,
  l: EntitlementLookups,
): ParsedRow | { error: string } {
  const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const system = cell(h.system);
  const account = cell(h.account);
  const entitlement = cell(h.entitlement);
  if (!system) return { error: 'system is empty' };
  if (!account) return { error: 'account is empty' };
  if (!entitlement) return { error: 'entitlement is empty' };
  if (account.length > 200 || entitlement.length > 200)
    return { error: 'account and entitlement are at most 200 characters' };
  const key = system.toLowerCase();
  const assetId = l.systems.get(key) ?? l.systems.get(`ext:${key}`) ?? l.systems.get(`name:${key}`);
  if (!assetId)
    return {
      error: `system "${system.slice(0, 80)}" is not in the asset inventory (use its reference, CMDB id or unique name)`,
    };
  const flag = cell(h.privileged).toLowerCase();
  if (!TRUE.has(flag) && !FALSE.has(flag)) return { error: `privileged "${flag.slice(0, 20)}" is not yes/no` };
  const match = (v: string): { personId: string; matchedBy: string } | null => {
    const k = v.toLowerCase();
    if (!k) return null;
    const byEmail = l.byEmail.get(k);
    if (byEmail) return { personId: byEmail, matchedBy: 'email' };
    const byId = l.byEmployeeId.get(k);
    return byId ? { personId: byId, matchedBy: 'employee_id' } : null;
  };
  const person = cell(h.person);
  const found = person ? match(person) : match(account);
  return {
    assetId,
    account,
    personId: found?.personId ?? null,
    matchedBy: found?.matchedBy ?? null,
    entitlement,
    privileged: TRUE.has(flag),
  };
}
