import type {
  TApplicability,
  TControlHealth,
  THealthLevel,
  THealthReason,
  TImplementationStatus,
  TOccurrenceState,
  TTaskFrequency,
} from '../../../contracts/controls.js';
import { addMonths } from '../../core/dates.js';

/**
 * Pure rules of the controls module: references and ordering, the schedule of operational
 * tasks and the state of each occurrence, and the health of a control. No I/O.
 */

const DAY_MS = 86_400_000;

/** The calendar day (UTC) of an instant. */
export const dayOf = (iso: string): string => iso.slice(0, 10);
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** Whole days from `a` to `b` (b later is positive). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00.000Z`) - Date.parse(`${a}T00:00:00.000Z`)) / DAY_MS);

/** Orders 5.2 before 5.10 and clauses 6.1.2 before 6.1.10: every number zero-padded. */
export function sortKeyOf(code: string): string {
  return code
    .split(/([0-9]+)/)
    .map((part) => (/^[0-9]+$/.test(part) ? part.padStart(4, '0') : part.toLowerCase()))
    .join('');
}

/** Annex A controls are shown as A.5.1; custom controls by their own code. */
export const annexReference = (code: string): string => `A.${code}`;
export const evidenceReference = (n: number): string => `EVD-${String(n).padStart(4, '0')}`;
export const taskReference = (n: number): string => `TSK-${String(n).padStart(4, '0')}`;

export const applicabilityOf = (applicable: number | null): TApplicability =>
  applicable === null ? 'undecided' : applicable ? 'applicable' : 'not_applicable';

// Statement of Applicability --------------------------------------------------------------------

export type ApplicabilityInput = { applicable: boolean; reasons: string[]; justification: string };

/**
 * An included control needs at least one reason (6.1.3 d: risk treatment, legal, contractual,
 * business need); an excluded one needs a written justification. Returns field errors.
 */
export function checkApplicability(input: ApplicabilityInput): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (input.applicable && input.reasons.length === 0)
    errors.push({ field: 'reasons', message: 'Say why the control is included (at least one reason)' });
  if (!input.applicable && input.justification.trim().length < 10)
    errors.push({
      field: 'justification',
      message: 'Justify the exclusion in a sentence or more (at least 10 characters)',
    });
  return errors;
}

// Schedules ------------------------------------------------------------------------------------

const MONTHS: Record<Exclude<TTaskFrequency, 'weekly'>, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

export type Schedule = { frequency: TTaskFrequency; interval: number; firstDue: string };

/** The n-th due date (0 = the first); months keep the first due date's day, clamped to month end. */
export function nthDue(s: Schedule, n: number): string {
  if (s.frequency === 'weekly') return addDays(s.firstDue, 7 * s.interval * n);
  return dayOf(addMonths(`${s.firstDue}T00:00:00.000Z`, MONTHS[s.frequency] * s.interval * n));
}

/** Length of one period in days (approximate for months), for checks against grace and lead. */
export function periodDays(s: Pick<Schedule, 'frequency' | 'interval'>): number {
  return s.frequency === 'weekly' ? 7 * s.interval : 28 * MONTHS[s.frequency] * s.interval;
}

/** Due dates from `from` to `to` (both days, inclusive), in order; at most `max` of them. */
export function dueDatesBetween(s: Schedule, from: string, to: string, max = 1000): string[] {
  const out: string[] = [];
  if (to < s.firstDue) return out;
  // Start near `from` instead of walking from the first due date of a task years old.
  let n = 0;
  if (from > s.firstDue) {
    const approx = Math.floor(daysBetween(s.firstDue, from) / (periodDays(s) + 3));
    n = Math.max(0, approx - 1);
    while (n > 0 && nthDue(s, n) >= from) n--;
  }
  for (; out.length < max; n++) {
    const due = nthDue(s, n);
    if (due > to) break;
    if (due >= from) out.push(due);
  }
  return out;
}

/** Whether `day` is one of the schedule's due dates. */
export function isDueDate(s: Schedule, day: string): boolean {
  return dueDatesBetween(s, day, day, 1).length === 1;
}

export type OccurrenceTiming = { graceDays: number; leadDays: number };

/**
 * The state of one occurrence on `today`: completed (late when done after its grace period),
 * upcoming (before its lead window), due (in the lead window up to the due date), overdue (past
 * the due date, within grace), missed (grace passed, not done).
 */
export function occurrenceState(
  dueDate: string,
  today: string,
  t: OccurrenceTiming,
  completed: { late: boolean } | null,
): TOccurrenceState {
  if (completed) return completed.late ? 'completed_late' : 'completed';
  if (today < addDays(dueDate, -t.leadDays)) return 'upcoming';
  if (today <= dueDate) return 'due';
  if (today <= addDays(dueDate, t.graceDays)) return 'overdue';
  return 'missed';
}

/** Whether completing on `today` is late (after the grace period). */
export const completionIsLate = (dueDate: string, today: string, t: OccurrenceTiming): boolean =>
  today > addDays(dueDate, t.graceDays);

/** An occurrence can be completed from its lead window on; a missed one may still be done, late. */
export const completable = (state: TOccurrenceState): boolean =>
  state === 'due' || state === 'overdue' || state === 'missed';

/** The first day of the 12-month window health looks back over. */
export const healthWindowStart = (today: string): string => dayOf(addMonths(`${today}T00:00:00.000Z`, -12));

// Health -----------------------------------------------------------------------------------------

export type HealthInput = {
  applicability: TApplicability;
  status: TImplementationStatus;
  hasOwner: boolean;
  /** Occurrences missed in the last 12 months (done late included). */
  missed: number;
  overdue: number;
  expiredEvidence: number;
  validEvidence: number;
};

const STATUS_PENALTY: Record<TImplementationStatus, number> = {
  not_started: 40,
  planned: 30,
  partially: 15,
  implemented: 0,
};

export const HEALTH_THRESHOLDS = { healthy: 80, attention: 50 } as const;

export function levelOf(score: number): THealthLevel {
  if (score >= HEALTH_THRESHOLDS.healthy) return 'healthy';
  if (score >= HEALTH_THRESHOLDS.attention) return 'attention';
  return 'failing';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A control's health: 100 less a penalty for each thing that shows it is not working — missed
 * or overdue operational tasks, expired evidence, no evidence for an implemented control, an
 * implementation not finished, no owner. Each reason is returned so the page can say why.
 */
export function controlHealth(h: HealthInput): TControlHealth {
  const counts = {
    missedOccurrences: h.missed,
    overdueOccurrences: h.overdue,
    expiredEvidence: h.expiredEvidence,
    validEvidence: h.validEvidence,
  };
  if (h.applicability !== 'applicable')
    return {
      score: null,
      level: h.applicability === 'undecided' ? 'undecided' : 'not_applicable',
      reasons: [],
      ...counts,
    };
  const reasons: THealthReason[] = [];
  const add = (code: THealthReason['code'], penalty: number, message: string) => {
    if (penalty > 0) reasons.push({ code, penalty, message });
  };
  add(
    'missed_occurrence',
    Math.min(60, 15 * h.missed),
    `${plural(h.missed, 'operational task occurrence')} missed in the last 12 months`,
  );
  add('overdue_occurrence', Math.min(15, 5 * h.overdue), `${plural(h.overdue, 'occurrence')} overdue`);
  add(
    'expired_evidence',
    Math.min(45, 15 * h.expiredEvidence),
    `${plural(h.expiredEvidence, 'piece')} of evidence expired`,
  );
  if (h.validEvidence === 0 && (h.status === 'implemented' || h.status === 'partially'))
    add('no_evidence', 20, 'No valid evidence of the implementation');
  add('not_implemented', STATUS_PENALTY[h.status], `Implementation: ${h.status.replace('_', ' ')}`);
  if (!h.hasOwner) add('no_owner', 10, 'No control owner');
  const score = Math.max(0, 100 - reasons.reduce((s, r) => s + r.penalty, 0));
  return { score, level: levelOf(score), reasons, ...counts };
}

/** Evidence state on `today`: archived, expired (valid_until before today) or valid. */
export function evidenceState(
  e: { archived_at: string | null; valid_until: string | null },
  today: string,
): 'valid' | 'expired' | 'archived' {
  if (e.archived_at) return 'archived';
  if (e.valid_until !== null && e.valid_until < today) return 'expired';
  return 'valid';
}

// Uploads --------------------------------------------------------------------------------------

/**
 * The content types evidence files may have, recognised from their first bytes (never from the
 * name or the header the browser sends): documents, images, spreadsheets, archives, plain text.
 */
export function sniffContentType(data: Buffer): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => data[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  // Office documents (docx, xlsx, pptx) and zip archives share the zip signature.
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  // Text: valid UTF-8 without NUL bytes in the first 64 KiB (logs, CSV, JSON, exported reports).
  const head = data.subarray(0, 65_536);
  if (head.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < data.length ? trimUtf8(head) : head);
    return 'text/plain';
  } catch {
    return null;
  }
}

/** A cut buffer may end inside a multi-byte character; drop the incomplete tail before decoding. */
function trimUtf8(buf: Buffer): Buffer {
  const end = buf.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = buf[end - i]!;
    if ((b & 0xc0) === 0xc0) return buf.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return buf;
}

/** The type a file is served with: the sniffed type, refined for Office files by their extension. */
export function servedContentType(sniffed: string, fileName: string): string {
  if (sniffed !== 'application/zip') return sniffed;
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (ext === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (ext === 'pptx') return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return sniffed;
}
