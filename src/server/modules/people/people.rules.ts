/** Pure rules for the organisation tree and reporting lines; no I/O. */

export type UnitLink = { id: string; parent_id: string | null };

/** Ids of the unit and every unit below it. */
export function descendantsOf(links: UnitLink[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const l of links) {
    if (l.parent_id === null) continue;
    const list = children.get(l.parent_id) ?? [];
    list.push(l.id);
    children.set(l.parent_id, list);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** True when putting `unitId` under `newParentId` would make the unit its own ancestor. */
export function wouldBeOwnAncestor(links: UnitLink[], unitId: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(links.map((l) => [l.id, l.parent_id]));
  let cursor: string | null | undefined = newParentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === unitId) return true;
    if (seen.has(cursor)) return false; // an existing loop elsewhere is not this move's doing
    seen.add(cursor);
    cursor = parentOf.get(cursor);
  }
  return false;
}

/**
 * Walks a reporting line upwards from `start` and returns the path when it comes back to
 * `start` (a cycle), or null when it ends. `managerOf` answers one hop.
 */
export function findReportingLoop<K>(
  start: K,
  managerOf: (k: K) => K | null | undefined,
  maxHops = 10_000,
): K[] | null {
  const path: K[] = [start];
  const seen = new Set<K>([start]);
  let cursor = managerOf(start);
  for (let hops = 0; cursor !== null && cursor !== undefined && hops < maxHops; hops += 1) {
    if (cursor === start) return path;
    if (seen.has(cursor)) return null; // a loop above, not through start: reported for its own members
    seen.add(cursor);
    path.push(cursor);
    cursor = managerOf(cursor);
  }
  return null;
}

/** Today as YYYY-MM-DD (UTC), the day leave dates are compared with. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A day as the instant it starts (UTC), for ledger validity. */
export const dayStartIso = (day: string): string => `${day}T00:00:00.000Z`;
