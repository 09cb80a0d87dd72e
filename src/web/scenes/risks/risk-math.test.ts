import { describe, expect, it } from 'vitest';
import { filtersFrom, parseCell, sharedFilterString, sortFrom, toQueryString, viewPairs } from './query';
import { addMonthsDay, levelFor, textOn } from './risk-math';

const LEVELS = [
  { key: 'high', label: 'High', color: '#e8590c', minScore: 10 },
  { key: 'low', label: 'Low', color: '#2f9e44', minScore: 1 },
  { key: 'medium', label: 'Medium', color: '#f08c00', minScore: 5 },
];
const UNIT = '01a22637-8c3e-72b9-9cae-2c76ec28cadb';

describe('[RISKS] web helpers', () => {
  it('puts a score in the highest level that starts at or below it', () => {
    expect(levelFor(LEVELS, 1)?.key).toBe('low');
    expect(levelFor(LEVELS, 9)?.key).toBe('medium');
    expect(levelFor(LEVELS, 25)?.key).toBe('high');
    expect(levelFor(LEVELS.slice(0, 1), 3)).toBeUndefined();
  });

  it('moves a day by months, keeping it inside the month', () => {
    expect(addMonthsDay('2026-11-29', 12)).toBe('2027-11-29');
    expect(addMonthsDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsDay('2026-11-29', 0)).toBe('2026-11-29');
  });

  it('picks dark text on light level colours and white on dark ones', () => {
    expect(textOn('#f08c00')).toBe('#1a1b1e');
    expect(textOn('#c92a2a')).toBe('#ffffff');
  });

  it('reads only valid filters from a hand-edited URL', () => {
    const p = new URLSearchParams(
      `q=%20ransom%20&status=bogus&orgUnitId=${UNIT}&ownerPersonId=nope&aboveAppetite=true&cell=residual:4:5&sort=-residual`,
    );
    expect(filtersFrom(p)).toEqual({
      q: 'ransom',
      status: undefined,
      category: undefined,
      orgUnitId: UNIT,
      ownerPersonId: undefined,
      aboveAppetite: 'true',
      assessmentOverdue: undefined,
      level: undefined,
      cell: 'residual:4:5',
    });
    expect(sortFrom(p)).toBe('-residual');
    expect(sortFrom(new URLSearchParams('sort=drop'))).toBe('reference');
    expect(parseCell('inherent:2:3')).toEqual({ basis: 'inherent', likelihood: 2, impact: 3 });
  });

  it('saves a view as its filters and a non-default sort, and carries filters but not the cell', () => {
    const p = new URLSearchParams(`status=assessed&sort=reference&cell=residual:1:1&other=x`);
    expect(viewPairs(p)).toEqual({ status: 'assessed', cell: 'residual:1:1' });
    expect(sharedFilterString(p)).toBe('status=assessed');
    expect(toQueryString({ a: '1', b: undefined, c: '' })).toBe('a=1');
  });
});
