import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';

/** One thing a person has to do now, wherever in Remit it comes from. */
export type Duty = {
  /** The duty kind (see DutyKind.kind). */
  kind: string;
  /** Stable across scans: the same open duty always has the same key (reminders are keyed on it). */
  key: string;
  /** Whose duty it is. For role duties: the holder (or the deputy standing in) it was found for. */
  personId: string;
  title: string;
  detail: string;
  /** ISO instant; null when it has no deadline. */
  dueAt: string | null;
  /** Where in the web app to do it. */
  link: string;
  objectType: string | null;
  objectId: string | null;
  /** Since when it has been open. */
  since: string;
  /** When the duty comes from a role the person exercises, which one (and for whom when standing in). */
  via: { roleKey: string; assignmentId: string; standingIn: boolean } | null;
};

export type DutyWho = { personId: string; roles: HeldRole[] };

/**
 * A kind of duty a module declares: how to find a person's open ones and, for reminders, every
 * open one due before a moment. The inbox, reminders and escalation work from this alone.
 */
export type DutyKind = {
  kind: string;
  /** The module that owns it, for grouping in the inbox. */
  module: string;
  label: string;
  /** Open duties of one person: personal ones and those of the roles they exercise at `at`. */
  openFor: (db: Db, who: DutyWho, at: string) => Promise<Duty[]>;
  /**
   * Every open duty in the organisation with a due date before `dueBefore`, one per responsible
   * person, ordered by key; `afterKey` pages through them (for the reminder scan).
   */
  dueBefore: (db: Db, at: string, dueBefore: string, afterKey: string | undefined, limit: number) => Promise<Duty[]>;
};

/** Sort order of the inbox: soonest due first, undated last, then oldest first. */
export function compareDuties(a: Duty, b: Duty): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  }
  return a.since === b.since ? (a.key < b.key ? -1 : 1) : a.since < b.since ? -1 : 1;
}
