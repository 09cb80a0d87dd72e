import {
  INCIDENT_CATEGORIES,
  INCIDENT_SEVERITIES,
  type TIncidentCategory,
  type TIncidentMetrics,
  type TIncidentSeverity,
} from '../../../contracts/incidents.js';
import type { IncidentRow } from '../../db/schema.js';

type DurationStats = TIncidentMetrics['bySeverity'][number]['timeToTriage'];

const HOUR_MS = 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();
const round1 = (n: number) => Math.round(n * 10) / 10;
// Through Date, so a timestamp written with an offset still lands in its UTC month.
const monthOf = (iso: string) => new Date(iso).toISOString().slice(0, 7);

/** The `months` calendar months (UTC, "YYYY-MM") ending with the month of `now`, oldest first. */
export function monthsEnding(now: string, months: number): string[] {
  const end = new Date(now);
  const out: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    out.push(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  }
  return out;
}

/** Count, median, mean and maximum in hours (one decimal); the statistics are null without values. */
export function durationStats(hours: number[]): DurationStats {
  if (hours.length === 0) return { count: 0, medianHours: null, meanHours: null, maxHours: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((s, h) => s + h, 0) / sorted.length;
  return {
    count: sorted.length,
    medianHours: round1(median),
    meanHours: round1(mean),
    maxHours: round1(sorted.at(-1)!),
  };
}

/** Hours from the report to each row's `at` timestamp, for the rows that have one. */
function hoursSinceReport(rows: IncidentRow[], at: (r: IncidentRow) => string | null): number[] {
  return rows.flatMap((r) => {
    const t = at(r);
    return t === null ? [] : [(ms(t) - ms(r.reported_at)) / HOUR_MS];
  });
}

const isCategory = (c: string | null): c is TIncidentCategory =>
  c !== null && (INCIDENT_CATEGORIES as readonly string[]).includes(c);

function countByCategory(rows: IncidentRow[]): Record<TIncidentCategory, number> {
  const counts = Object.fromEntries(INCIDENT_CATEGORIES.map((c) => [c, 0])) as Record<TIncidentCategory, number>;
  for (const r of rows) if (isCategory(r.category)) counts[r.category] += 1;
  return counts;
}

/**
 * Incident metrics for the dashboard and management review (9.1, A.5.27): volumes, the state of
 * the register now, response times by severity, and the trend by category and month.
 */
export function computeIncidentMetrics(rows: IncidentRow[], now: string, months: number): TIncidentMetrics {
  const window = monthsEnding(now, months);
  const from = window[0]!;
  const to = window.at(-1)!;
  // Month keys compare as strings, so "in the window" is a range check on the reported month.
  const inWindow = rows.filter((r) => {
    const m = monthOf(r.reported_at);
    return m >= from && m <= to;
  });
  const incidents = inWindow.filter((r) => r.classification === 'incident');
  const nowMs = ms(now);

  const totals: TIncidentMetrics['totals'] = {
    reported: inWindow.length,
    events: inWindow.filter((r) => r.classification === 'event').length,
    incidents: incidents.length,
    // The current workload counts every row passed in, however long ago it was reported.
    awaitingTriage: rows.filter((r) => r.status === 'reported').length,
    open: rows.filter((r) => r.status === 'open' || r.status === 'resolved').length,
    closed: inWindow.filter((r) => r.status === 'closed').length,
    overdue: rows.filter((r) => r.status !== 'closed' && r.next_due_at !== null && ms(r.next_due_at) < nowMs).length,
  };

  const bySeverity = INCIDENT_SEVERITIES.map((severity: TIncidentSeverity) => {
    const these = incidents.filter((r) => r.severity === severity);
    return {
      severity,
      count: these.length,
      timeToTriage: durationStats(hoursSinceReport(these, (r) => r.triaged_at)),
      timeToContain: durationStats(hoursSinceReport(these, (r) => r.contained_at)),
      timeToClose: durationStats(hoursSinceReport(these, (r) => r.closed_at)),
    };
  });

  const categoryCounts = countByCategory(incidents);
  const byCategory = INCIDENT_CATEGORIES.map((category) => ({ category, count: categoryCounts[category] }));

  const byMonth = window.map((month) => {
    const these = inWindow.filter((r) => monthOf(r.reported_at) === month);
    const monthIncidents = these.filter((r) => r.classification === 'incident');
    return {
      month,
      events: these.filter((r) => r.classification === 'event').length,
      incidents: monthIncidents.length,
      byCategory: countByCategory(monthIncidents),
    };
  });

  return { from, to, totals, bySeverity, byCategory, byMonth, asOf: now };
}
