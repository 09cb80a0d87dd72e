/** Pure rules of the RACI matrix: the one-Accountable rule, cell normalisation, keys. No I/O. */
import type { TRaciValue } from '../../../contracts/raci.js';

export type RaciCells = Record<string, TRaciValue>;

export const isAccountable = (v: TRaciValue | null | undefined): boolean => v === 'A' || v === 'A/R';

/** Drops the roles marked not involved (null), so a row is only the roles that take part. */
export function normaliseCells(input: Record<string, TRaciValue | null>): RaciCells {
  const out: RaciCells = {};
  for (const [role, value] of Object.entries(input)) if (value !== null) out[role] = value;
  return out;
}

/**
 * Why a process row breaks "exactly one Accountable per process", naming the process and the
 * roles that are Accountable; null when the row is fine.
 */
export function accountableProblem(
  processName: string,
  cells: RaciCells,
  roleName: (key: string) => string,
): string | null {
  const accountable = Object.entries(cells)
    .filter(([, v]) => isAccountable(v))
    .map(([k]) => roleName(k));
  if (accountable.length === 1) return null;
  const has = accountable.length === 0 ? 'it has none' : `it has ${accountable.length} (${accountable.join(', ')})`;
  return `“${processName}” must have exactly one Accountable role; ${has}`;
}

/** The cells that differ between two versions of a row, as before/after pairs (null: not involved). */
export function cellDiff(
  before: RaciCells,
  after: RaciCells,
): Record<string, { before: TRaciValue | null; after: TRaciValue | null }> {
  const diff: Record<string, { before: TRaciValue | null; after: TRaciValue | null }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key] ?? null;
    const a = after[key] ?? null;
    if (a !== b) diff[key] = { before: b, after: a };
  }
  return diff;
}

/** A stable key from a process name ("Supplier security review" → "supplier_security_review"). */
export function processKeyOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return slug || 'process';
}
