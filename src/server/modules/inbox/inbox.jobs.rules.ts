/** Pure rules of the job queue and of working-day arithmetic; no I/O. */

/** Delay before retry number `attempt` (1-based): 30 s, 1 min, 2 min, … capped at one hour. */
export function backoffMs(attempt: number, baseMs = 30_000, capMs = 3_600_000): number {
  const exp = Math.max(0, attempt - 1);
  return Math.min(capMs, baseMs * 2 ** Math.min(exp, 30));
}

/**
 * What a failed job keeps as last_error: the message only, without credentials that URLs in it
 * may carry (smtp://user:pass@host), bearer tokens or passwords, and never longer than 1000 chars.
 */
export function describeFailure(err: unknown): string {
  const raw = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return raw
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*(:[^\s/@]*)?@/gi, '$1***@')
    .replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1***')
    .replace(/((?:password|pass|secret|token)\s*[=:]\s*)\S+/gi, '$1***')
    .slice(0, 1000);
}

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const MON_TO_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];

const isoWeekday = (d: Date): Weekday => (((d.getUTCDay() + 6) % 7) + 1) as Weekday;

function checkDays(workingDays: readonly Weekday[]): void {
  if (workingDays.length === 0) throw new Error('At least one working day is needed');
}

/** True when the (UTC) day of `at` is a working day. */
export function isWorkingDay(at: string | Date, workingDays: readonly Weekday[] = MON_TO_FRI): boolean {
  return workingDays.includes(isoWeekday(new Date(at)));
}

/** The same time of day on `at`'s day if it is a working day, otherwise on the next working day. */
export function nextWorkingDay(at: string, workingDays: readonly Weekday[] = MON_TO_FRI): string {
  checkDays(workingDays);
  const d = new Date(at);
  while (!workingDays.includes(isoWeekday(d))) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/**
 * `n` working days after `at` (same time of day). Starting on a non-working day counts from the
 * next working day, so 1 working day after Saturday is Tuesday when weekends are off.
 */
export function addWorkingDays(at: string, n: number, workingDays: readonly Weekday[] = MON_TO_FRI): string {
  checkDays(workingDays);
  const d = new Date(nextWorkingDay(at, workingDays));
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (workingDays.includes(isoWeekday(d))) left -= 1;
  }
  return d.toISOString();
}

/** The hour a recurring job belongs to, as its dedupe key suffix: 2026-11-29T14. */
export const hourKey = (at: string): string => at.slice(0, 13);
/** The UTC day a daily job belongs to: 2026-11-29. */
export const dayKey = (at: string): string => at.slice(0, 10);

/**
 * Working days that have fully passed after `from` up to `to` (same time of day counts as a full
 * day), counting at most `cap` of them so a years-old date stays cheap.
 */
export function workingDaysPassed(
  from: string,
  to: string,
  workingDays: readonly Weekday[] = MON_TO_FRI,
  cap = 1000,
): number {
  checkDays(workingDays);
  const end = Date.parse(to);
  const d = new Date(from);
  let count = 0;
  while (count < cap) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getTime() > end) break;
    if (workingDays.includes(isoWeekday(d))) count += 1;
  }
  return count;
}
