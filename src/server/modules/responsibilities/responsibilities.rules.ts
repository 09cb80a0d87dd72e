/** Pure rules of the responsibility ledger: time, state, acknowledgement, successors. No I/O. */

/** "As of" as an ISO instant: a plain date means the end of that day (UTC); default now. */
export function asOfInstant(asOf: string | undefined, now: string): string {
  if (asOf === undefined) return now;
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return `${asOf}T23:59:59.999Z`;
  return new Date(asOf).toISOString();
}

type Period = { valid_from: string; valid_to: string | null };

export function stateAt(row: Period, at: string): 'current' | 'upcoming' | 'ended' {
  if (row.valid_from > at) return 'upcoming';
  if (row.valid_to !== null && row.valid_to <= at) return 'ended';
  return 'current';
}

/** Two half-open periods [from, to) overlap. */
export function overlaps(a: Period, b: Period): boolean {
  const aEnd = a.valid_to ?? '9999';
  const bEnd = b.valid_to ?? '9999';
  return a.valid_from < bEnd && b.valid_from < aEnd;
}

export function ackStatus(
  row: { acknowledged_version: number | null },
  textVersion: number,
): 'acknowledged' | 'outdated' | 'pending' {
  if (row.acknowledged_version === null) return 'pending';
  return row.acknowledged_version >= textVersion ? 'acknowledged' : 'outdated';
}

type Candidate = { id: string; status: 'active' | 'leaver' };

/**
 * Who should take over a leaver's assignment: a current deputy for the same role and scope who is
 * still active, else the leaver's manager if active, else nobody (the ISM must choose).
 */
export function proposeSuccessor(
  leaverId: string,
  deputies: Candidate[],
  manager: Candidate | null,
): { personId: string | null; proposal: 'deputy' | 'manager' | 'none' } {
  const deputy = deputies.find((d) => d.status === 'active' && d.id !== leaverId);
  if (deputy) return { personId: deputy.id, proposal: 'deputy' };
  if (manager && manager.status === 'active' && manager.id !== leaverId)
    return { personId: manager.id, proposal: 'manager' };
  return { personId: null, proposal: 'none' };
}

/**
 * Score in percent: the mean, over the checks that looked at something, of the share without a
 * finding. Each check weighs the same, so thousands of employees do not drown out a vacant ISM.
 */
export function coverageScore(findings: { count: number; checked: number }[]): number {
  const scored = findings.filter((f) => f.checked > 0);
  if (scored.length === 0) return 100;
  const sum = scored.reduce((n, f) => n + (f.checked - Math.min(f.count, f.checked)) / f.checked, 0);
  return Math.floor((sum / scored.length) * 100);
}
