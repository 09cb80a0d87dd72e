import { nextWorkingDay, workingDaysPassed, type Weekday } from './inbox.jobs.rules.js';

export type ReminderStage = 'due_soon' | 'overdue' | 'escalation';

export type ReminderRules = {
  /** Working days before the due date that "due soon" goes out. */
  reminderLeadDays: number;
  /** Working days overdue after which the manager and the ISM are told. */
  escalateAfterWorkingDays: number;
  workingDays: readonly Weekday[];
};

/**
 * Which reminders a duty due at `dueAt` calls for at `at`. A due date on a non-working day counts
 * from the next working day. An overdue duty gets no "due soon" any more (it would arrive late).
 */
export function reminderStages(
  dueAt: string,
  at: string,
  rules: ReminderRules,
): { effectiveDue: string; stages: ReminderStage[]; workingDaysOverdue: number } {
  const effectiveDue = nextWorkingDay(dueAt, rules.workingDays);
  if (at < effectiveDue) {
    const ahead = workingDaysPassed(at, effectiveDue, rules.workingDays, rules.reminderLeadDays + 1);
    return { effectiveDue, stages: ahead <= rules.reminderLeadDays ? ['due_soon'] : [], workingDaysOverdue: 0 };
  }
  const overdue = workingDaysPassed(effectiveDue, at, rules.workingDays, rules.escalateAfterWorkingDays + 1000);
  const stages: ReminderStage[] = ['overdue'];
  if (overdue >= rules.escalateAfterWorkingDays) stages.push('escalation');
  return { effectiveDue, stages, workingDaysOverdue: overdue };
}

/** The one key a reminder is recorded under (reminder_sent.key), so it goes out once. */
export const reminderKey = (stage: ReminderStage, personId: string, dutyKey: string): string =>
  `${stage}:${personId}:${dutyKey}`;
