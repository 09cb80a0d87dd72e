import { describe, expect, it } from 'vitest';
import { BOX, layoutChart } from './layout';

const tree = (edges: Record<string, string[]>) => (id: string) => edges[id] ?? [];

describe('[RESPONSIBILITIES] org chart layout', () => {
  it('centres a manager above their reports, side by side, with a connector to each', () => {
    const l = layoutChart({ roots: ['ceo'], childrenOf: tree({ ceo: ['a', 'b'], a: ['a1', 'a2'] }) });
    const at = new Map(l.boxes.map((b) => [b.id, b]));
    expect(l.boxes).toHaveLength(5);
    expect(at.get('a')!.y).toBeGreaterThan(at.get('ceo')!.y);
    expect(at.get('a1')!.y).toBeGreaterThan(at.get('a')!.y);
    // No two boxes overlap.
    for (const p of l.boxes)
      for (const q of l.boxes)
        if (p !== q) expect(Math.abs(p.x - q.x) >= BOX.width || Math.abs(p.y - q.y) >= BOX.height).toBe(true);
    // The CEO is centred over a and b; a over a1 and a2.
    const mid = (ids: string[]) =>
      (Math.min(...ids.map((i) => at.get(i)!.x)) + Math.max(...ids.map((i) => at.get(i)!.x))) / 2;
    expect(at.get('ceo')!.x).toBeCloseTo(mid(['a', 'b']));
    expect(at.get('a')!.x).toBeCloseTo(mid(['a1', 'a2']));
    expect(l.connectors.map((c) => `${c.from}>${c.to}`).sort()).toEqual(['a>a1', 'a>a2', 'ceo>a', 'ceo>b']);
    expect(l.width).toBe(Math.max(...l.boxes.map((b) => b.x)) + BOX.width);
  });

  it('stacks a flat team in a column under its manager', () => {
    const team = ['t1', 't2', 't3', 't4', 't5'];
    const l = layoutChart({ roots: ['m'], childrenOf: tree({ m: team }) });
    const xs = new Set(team.map((t) => l.boxes.find((b) => b.id === t)!.x));
    expect(xs.size).toBe(1);
    expect(l.width).toBeLessThan(2 * BOX.width);
    expect(l.height).toBeGreaterThan(5 * BOX.height);
  });

  it('draws a person met twice (a reporting loop) once', () => {
    const l = layoutChart({ roots: ['a'], childrenOf: tree({ a: ['b'], b: ['a'] }) });
    expect(l.boxes.map((b) => b.id).sort()).toEqual(['a', 'b']);
  });
});
