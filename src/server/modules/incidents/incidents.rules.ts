import type {
  TDeadlineKind,
  TIncidentDeadline,
  TIncidentPhase,
  TIncidentSeverity,
  TIncidentStatus,
} from '../../../contracts/incidents.js';

// The pure rules of incident response: default deadlines, which clock runs when, the order of
// the phases, and which deadline an incident is measured against now.

export type SeverityDeadlines = { containHours: number; resolveHours: number };
export type DeadlineSettings = {
  triageHours: number;
  closeDays: number;
  severities: Record<TIncidentSeverity, SeverityDeadlines>;
};

/**
 * Until the ISM sets their own: triage within a working day, critical incidents contained in two
 * hours and recovered in a day, low ones within three days and a month; lessons learned within
 * two weeks of recovery.
 */
export const DEFAULT_DEADLINES: DeadlineSettings = {
  triageHours: 24,
  closeDays: 14,
  severities: {
    low: { containHours: 72, resolveHours: 720 },
    medium: { containHours: 24, resolveHours: 168 },
    high: { containHours: 8, resolveHours: 72 },
    critical: { containHours: 2, resolveHours: 24 },
  },
};

export const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** The phase after `phase`, or null when recovery was the last. */
export function nextPhase(phase: TIncidentPhase): TIncidentPhase | null {
  return phase === 'contain' ? 'eradicate' : phase === 'eradicate' ? 'recover' : null;
}

/** The clocks of an incident: all measured from the report, except closure (from recovery). */
export type Clocks = {
  status: TIncidentStatus;
  classification: string | null;
  phase: TIncidentPhase | null;
  reported_at: string;
  triage_due_at: string;
  triaged_at: string | null;
  contain_due_at: string | null;
  contained_at: string | null;
  resolve_due_at: string | null;
  resolved_at: string | null;
  close_due_at: string | null;
  closed_at: string | null;
};

/** Containment and resolution deadlines for a severity, counted from the report. */
export function responseDueAt(reportedAt: string, severity: TIncidentSeverity, s: DeadlineSettings) {
  const d = s.severities[severity];
  return { contain_due_at: addHours(reportedAt, d.containHours), resolve_due_at: addHours(reportedAt, d.resolveHours) };
}

export const closeDueAt = (resolvedAt: string, s: DeadlineSettings) => addHours(resolvedAt, s.closeDays * 24);

/** Which deadline applies now: triage, then containment, then resolution, then closure. */
export function currentDeadline(c: Clocks): TDeadlineKind | null {
  switch (c.status) {
    case 'reported':
      return 'triage';
    case 'open':
      return c.phase === 'contain' && c.contained_at === null ? 'contain' : 'resolve';
    case 'resolved':
      return 'close';
    case 'closed':
      return null;
  }
}

/** The due time of the deadline that applies now (stored as next_due_at for filters and reminders). */
export function nextDueAt(c: Clocks): string | null {
  const kind = currentDeadline(c);
  return kind ? dueOf(c, kind) : null;
}

function dueOf(c: Clocks, kind: TDeadlineKind): string | null {
  return { triage: c.triage_due_at, contain: c.contain_due_at, resolve: c.resolve_due_at, close: c.close_due_at }[kind];
}

function metOf(c: Clocks, kind: TDeadlineKind): string | null {
  return { triage: c.triaged_at, contain: c.contained_at, resolve: c.resolved_at, close: c.closed_at }[kind];
}

function deadline(c: Clocks, kind: TDeadlineKind, now: string): TIncidentDeadline | null {
  const dueAt = dueOf(c, kind);
  if (!dueAt) return null;
  const metAt = metOf(c, kind);
  // A met deadline counts as overdue when it was met late; an unmet one once it has passed.
  return { kind, dueAt, metAt, overdue: metAt ? metAt > dueAt : now > dueAt && c.status !== 'closed' };
}

/** Every deadline the incident has had so far, in order; an event has only its triage. */
export function deadlinesOf(c: Clocks, now: string): TIncidentDeadline[] {
  const kinds: TDeadlineKind[] = c.classification === 'event' ? ['triage'] : ['triage', 'contain', 'resolve', 'close'];
  return kinds.map((k) => deadline(c, k, now)).filter((d): d is TIncidentDeadline => d !== null);
}

/** The deadline that applies now, with whether it has passed. */
export function nextDeadlineOf(c: Clocks, now: string): TIncidentDeadline | null {
  const kind = currentDeadline(c);
  return kind ? deadline(c, kind, now) : null;
}

/** Hours between two instants, to one decimal. */
export const hoursBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 360_000) / 10;
