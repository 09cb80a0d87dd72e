import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  backoffMs,
  dayKey,
  describeFailure,
  hourKey,
  isWorkingDay,
  nextWorkingDay,
  workingDaysPassed,
  type Weekday,
} from './inbox.jobs.rules.js';
import { reminderKey, reminderStages } from './inbox.reminders.rules.js';

// 2026-11-27 is a Friday, 28 Saturday, 29 Sunday, 30 Monday.
const FRI = '2026-11-27T10:00:00.000Z';
const SAT = '2026-11-28T10:00:00.000Z';
const SUN = '2026-11-29T10:00:00.000Z';
const MON = '2026-11-30T10:00:00.000Z';
const SUN_TO_THU: Weekday[] = [7, 1, 2, 3, 4];

describe('[INBOX] job and working-day rules', () => {
  it('backs off exponentially from 30 s, capped at an hour', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(50)).toBe(3_600_000);
    expect(backoffMs(0)).toBe(30_000);
  });

  it('keeps failures without credentials and bounded', () => {
    expect(describeFailure(new Error('connect smtps://user:p%40ss@mx.example.org:465 failed'))).toBe(
      'Error: connect smtps://***@mx.example.org:465 failed',
    );
    expect(describeFailure(new Error('401 for Bearer abc.def-123'))).toBe('Error: 401 for Bearer ***');
    expect(describeFailure('password=hunter2 rejected')).toBe('password=*** rejected');
    expect(describeFailure(new Error('x'.repeat(5000)))).toHaveLength(1000);
  });

  it('moves a due date on a weekend to Monday, keeps a weekday', () => {
    expect(nextWorkingDay(SAT)).toBe(MON);
    expect(nextWorkingDay(SUN)).toBe(MON);
    expect(nextWorkingDay(FRI)).toBe(FRI);
    expect(isWorkingDay(FRI)).toBe(true);
    expect(isWorkingDay(SAT)).toBe(false);
    // A Sunday-to-Thursday week: Friday and Saturday move to Sunday.
    expect(nextWorkingDay(FRI, SUN_TO_THU)).toBe(SUN);
    expect(nextWorkingDay(SUN, SUN_TO_THU)).toBe(SUN);
    expect(() => nextWorkingDay(FRI, [])).toThrow('At least one working day');
  });

  it('adds working days over weekends', () => {
    expect(addWorkingDays(FRI, 1)).toBe(MON);
    expect(addWorkingDays(FRI, 0)).toBe(FRI);
    expect(addWorkingDays(SAT, 0)).toBe(MON);
    expect(addWorkingDays(SAT, 1)).toBe('2026-12-01T10:00:00.000Z');
    expect(addWorkingDays(MON, 5)).toBe('2026-12-07T10:00:00.000Z');
    expect(addWorkingDays(FRI, 1, SUN_TO_THU)).toBe(MON);
  });

  it('counts working days passed, bounded', () => {
    expect(workingDaysPassed(FRI, MON)).toBe(1);
    expect(workingDaysPassed(FRI, '2026-11-30T09:59:59.000Z')).toBe(0);
    expect(workingDaysPassed(MON, FRI)).toBe(0);
    expect(workingDaysPassed('2000-01-03T00:00:00.000Z', MON, undefined, 10)).toBe(10);
  });

  it('names the hour and day of recurring jobs', () => {
    expect(hourKey('2026-11-29T14:59:59.999Z')).toBe('2026-11-29T14');
    expect(dayKey('2026-11-29T14:59:59.999Z')).toBe('2026-11-29');
  });

  it('plans reminder stages from the moved due date', () => {
    const rules = { reminderLeadDays: 3, escalateAfterWorkingDays: 3, workingDays: [1, 2, 3, 4, 5] as Weekday[] };
    // Due Monday: on the Wednesday before, three working days ahead (Thu, Fri, Mon) → due soon.
    expect(reminderStages(MON, '2026-11-25T10:00:00.000Z', rules).stages).toEqual(['due_soon']);
    expect(reminderStages(MON, '2026-11-24T10:00:00.000Z', rules).stages).toEqual([]);
    // Due Saturday counts from Monday: on Sunday it is due soon, not overdue.
    expect(reminderStages(SAT, SUN, rules)).toMatchObject({ effectiveDue: MON, stages: ['due_soon'] });
    expect(reminderStages(SAT, MON, rules).stages).toEqual(['overdue']);
    // Three working days after Monday (Thursday) it is escalated.
    expect(reminderStages(SAT, '2026-12-02T10:00:00.000Z', rules)).toMatchObject({
      stages: ['overdue'],
      workingDaysOverdue: 2,
    });
    expect(reminderStages(SAT, '2026-12-03T10:00:00.000Z', rules)).toMatchObject({
      stages: ['overdue', 'escalation'],
      workingDaysOverdue: 3,
    });
    expect(reminderKey('overdue', 'p1', 'ack:1:v1')).toBe('overdue:p1:ack:1:v1');
  });
});
