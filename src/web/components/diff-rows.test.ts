import { describe, expect, it } from 'vitest';
import { diffRows, type DiffLine } from './diff-rows';

const same = (n: number, from = 1): DiffLine[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'same',
    text: `line ${from + i}`,
    oldLine: from + i,
    newLine: from + i,
  }));
const added = (text: string): DiffLine => ({ kind: 'added', text, oldLine: null, newLine: 0 });

describe('[POLICIES] diff view folding', () => {
  it('shows short unchanged runs whole', () => {
    const rows = diffRows([...same(6), added('new')], new Set());
    expect(rows.every((r) => r.type === 'line')).toBe(true);
    expect(rows).toHaveLength(7);
  });

  it('folds a long unchanged run, keeping three lines of context beside each change', () => {
    const lines = [added('a'), ...same(20), added('b')];
    const rows = diffRows(lines, new Set());
    const fold = rows.find((r) => r.type === 'fold');
    expect(fold).toEqual({ type: 'fold', at: 1, count: 14 });
    expect(rows).toHaveLength(1 + 3 + 1 + 3 + 1);
  });

  it('keeps no context at the start or end of the text', () => {
    const rows = diffRows([...same(10), added('x'), ...same(10, 11)], new Set());
    expect(rows[0]).toEqual({ type: 'fold', at: 0, count: 7 });
    expect(rows.at(-1)).toEqual({ type: 'fold', at: 11, count: 7 });
  });

  it('always hides at least two lines when it folds', () => {
    const rows = diffRows([added('a'), ...same(7), added('b')], new Set());
    const fold = rows.find((r) => r.type === 'fold');
    expect(fold && fold.type === 'fold' && fold.count).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.type === 'line')).toHaveLength(9 - (fold?.type === 'fold' ? fold.count : 0));
  });

  it('opens a fold once it is clicked', () => {
    const lines = [added('a'), ...same(20), added('b')];
    expect(diffRows(lines, new Set([1])).every((r) => r.type === 'line')).toBe(true);
  });
});
