import { describe, expect, it } from 'vitest';
import type { IncidentRow } from '../../db/schema.js';
import { computeIncidentMetrics, durationStats, monthsEnding } from './incidents.metrics.js';

const NOW = '2026-03-15T12:00:00.000Z';
let n = 0;

/** An incident reported at the start of March 2026, triaged as a medium malware incident and open. */
function row(over: Partial<IncidentRow>): IncidentRow {
  n += 1;
  return {
    id: `inc-${n}`,
    number: n,
    reference: `INC-${String(n).padStart(4, '0')}`,
    title: 'Something happened',
    description: '',
    affected: '',
    asset_id: null,
    occurred_at: '2026-03-01T08:00:00.000Z',
    reported_at: '2026-03-01T09:00:00.000Z',
    reporter_person_id: 'p-reporter',
    confidential: 0,
    status: 'open',
    classification: 'incident',
    severity: 'medium',
    category: 'malware',
    phase: 'contain',
    triage_note: '',
    triaged_at: null,
    triaged_by: null,
    contained_at: null,
    eradicated_at: null,
    resolved_at: null,
    triage_due_at: '2026-03-02T09:00:00.000Z',
    contain_due_at: null,
    resolve_due_at: null,
    close_due_at: null,
    next_due_at: null,
    lessons_learned: '',
    outcome: '',
    closed_at: null,
    closed_by: null,
    created_at: '2026-03-01T09:00:00.000Z',
    updated_at: '2026-03-01T09:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** `hours` after the row's default report time. */
const after = (hours: number) => new Date(Date.parse('2026-03-01T09:00:00.000Z') + hours * 3_600_000).toISOString();

describe('[INCIDENTS] metrics', () => {
  it('covers whole UTC calendar months ending with the month of now', () => {
    expect(monthsEnding(NOW, 3)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsEnding('2026-01-31T23:59:59.000Z', 2)).toEqual(['2025-12', '2026-01']);
    const m = computeIncidentMetrics(
      [
        row({ reported_at: '2026-01-01T00:00:00.000Z' }),
        row({ reported_at: '2025-12-31T23:59:59.999Z' }),
        row({ reported_at: '2026-03-31T23:59:00.000Z' }),
      ],
      NOW,
      3,
    );
    expect(m).toMatchObject({ from: '2026-01', to: '2026-03', asOf: NOW });
    expect(m.totals.reported).toBe(2);
    expect(m.byMonth.map((b) => [b.month, b.incidents])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
  });

  it('tells events from incidents and counts categories with zeros included', () => {
    const m = computeIncidentMetrics(
      [
        row({ classification: 'event', severity: null, category: null, status: 'closed' }),
        row({ category: 'phishing', reported_at: '2026-02-10T10:00:00.000Z' }),
        row({ category: 'phishing' }),
        row({ classification: null, severity: null, category: null, status: 'reported' }),
      ],
      NOW,
      2,
    );
    expect(m.totals).toMatchObject({ reported: 4, events: 1, incidents: 2, awaitingTriage: 1, open: 2, closed: 1 });
    expect(m.byCategory).toHaveLength(11);
    expect(m.byCategory.find((c) => c.category === 'phishing')?.count).toBe(2);
    expect(m.byCategory.find((c) => c.category === 'malware')?.count).toBe(0);
    const [feb, mar] = m.byMonth;
    expect(feb).toMatchObject({ month: '2026-02', events: 0, incidents: 1 });
    expect(mar).toMatchObject({ month: '2026-03', events: 1, incidents: 1 });
    expect(Object.keys(mar!.byCategory)).toHaveLength(11);
    expect(mar!.byCategory).toMatchObject({ phishing: 1, malware: 0 });
  });

  it('counts the current workload over every row, and the window totals over the window only', () => {
    const old = '2025-06-01T09:00:00.000Z';
    const m = computeIncidentMetrics(
      [
        row({ reported_at: old, status: 'reported', next_due_at: '2025-06-02T09:00:00.000Z' }),
        row({ reported_at: old, status: 'resolved', next_due_at: '2026-03-20T00:00:00.000Z' }),
        row({ reported_at: old, status: 'closed', closed_at: '2025-07-01T00:00:00.000Z' }),
        row({ status: 'open', next_due_at: '2026-03-15T11:59:00.000Z' }),
        // Closed incidents are never overdue, whatever their last deadline said.
        row({ status: 'closed', next_due_at: '2026-03-01T00:00:00.000Z', closed_at: after(100) }),
      ],
      NOW,
      1,
    );
    expect(m.totals).toEqual({
      reported: 2,
      events: 0,
      incidents: 2,
      awaitingTriage: 1,
      open: 2,
      closed: 1,
      overdue: 2,
    });
  });

  it('reports response times by severity, every severity listed, null without data', () => {
    const m = computeIncidentMetrics(
      [
        row({ severity: 'high', triaged_at: after(1), contained_at: after(4) }),
        row({ severity: 'high', triaged_at: after(2), contained_at: after(10) }),
        row({ severity: 'high', triaged_at: after(6) }),
        row({ severity: 'high', triaged_at: after(0.5), status: 'closed', closed_at: after(240) }),
        row({ severity: 'low', classification: 'event', triaged_at: after(100) }),
      ],
      NOW,
      12,
    );
    expect(m.bySeverity.map((s) => s.severity)).toEqual(['low', 'medium', 'high', 'critical']);
    const high = m.bySeverity.find((s) => s.severity === 'high')!;
    expect(high.count).toBe(4);
    // Even count: the mean of the two middle values (1 and 2).
    expect(high.timeToTriage).toEqual({ count: 4, medianHours: 1.5, meanHours: 2.4, maxHours: 6 });
    expect(high.timeToContain).toEqual({ count: 2, medianHours: 7, meanHours: 7, maxHours: 10 });
    expect(high.timeToClose).toEqual({ count: 1, medianHours: 240, meanHours: 240, maxHours: 240 });
    // Events are not incidents: the low severity event is left out of the response times.
    const low = m.bySeverity.find((s) => s.severity === 'low')!;
    expect(low).toEqual({
      severity: 'low',
      count: 0,
      timeToTriage: { count: 0, medianHours: null, meanHours: null, maxHours: null },
      timeToContain: { count: 0, medianHours: null, meanHours: null, maxHours: null },
      timeToClose: { count: 0, medianHours: null, meanHours: null, maxHours: null },
    });
  });

  it('takes the middle value of an odd count and rounds to one decimal', () => {
    expect(durationStats([5, 1, 3])).toEqual({ count: 3, medianHours: 3, meanHours: 3, maxHours: 5 });
    expect(durationStats([1 / 3, 2 / 3])).toEqual({ count: 2, medianHours: 0.5, meanHours: 0.5, maxHours: 0.7 });
    expect(durationStats([])).toEqual({ count: 0, medianHours: null, meanHours: null, maxHours: null });
  });
});
