/**
 * A tidy tree layout for the org chart, pure and framework-free: each subtree is as wide as its
 * children side by side, a parent sits centred above its children, and a manager whose reports
 * have no visible reports of their own gets them stacked in a column (a flat team of twenty
 * reads better as a list than as a row twenty boxes wide).
 */

export const BOX = { width: 228, height: 104 } as const;
const GAP_X = 24;
const GAP_Y = 56;
const STACK_INDENT = 28;
const STACK_GAP = 12;
/** From this many leaf reports on, they are stacked. */
const STACK_FROM = 4;

export type ChartInput = {
  roots: string[];
  /** The visible children of an expanded node, in display order (absent or empty: collapsed/leaf). */
  childrenOf: (id: string) => string[];
};

export type PlacedBox = { id: string; x: number; y: number };
/** An SVG path from a manager to one report. */
export type Connector = { from: string; to: string; d: string };

export type ChartLayout = { boxes: PlacedBox[]; connectors: Connector[]; width: number; height: number };

type Sub = { width: number; height: number; place: (left: number, top: number) => void };

/** Positions every visible node; coordinates start at (0, 0), boxes are BOX-sized. */
export function layoutChart(input: ChartInput): ChartLayout {
  const boxes: PlacedBox[] = [];
  const connectors: Connector[] = [];
  const seen = new Set<string>();

  const at = new Map<string, PlacedBox>();
  const put = (b: PlacedBox) => {
    boxes.push(b);
    at.set(b.id, b);
  };

  function measure(id: string): Sub {
    seen.add(id);
    // A node met twice (a reporting loop in the data) is drawn once.
    const kids = input.childrenOf(id).filter((k) => !seen.has(k));
    if (kids.length === 0) {
      return { width: BOX.width, height: BOX.height, place: (x, y) => put({ id, x, y }) };
    }
    if (kids.length >= STACK_FROM && kids.every((k) => input.childrenOf(k).length === 0)) {
      kids.forEach((k) => seen.add(k));
      const height = BOX.height + GAP_Y / 2 + kids.length * (BOX.height + STACK_GAP) - STACK_GAP;
      return {
        width: STACK_INDENT + BOX.width,
        height,
        place: (x, y) => {
          put({ id, x, y });
          const railX = x + STACK_INDENT / 2;
          kids.forEach((k, i) => {
            const ky = y + BOX.height + GAP_Y / 2 + i * (BOX.height + STACK_GAP);
            put({ id: k, x: x + STACK_INDENT, y: ky });
            const mid = ky + BOX.height / 2;
            connectors.push({ from: id, to: k, d: `M${railX},${y + BOX.height} V${mid} H${x + STACK_INDENT}` });
          });
        },
      };
    }
    const subs: { id: string; sub: Sub }[] = [];
    for (const k of kids) if (!seen.has(k)) subs.push({ id: k, sub: measure(k) });
    if (subs.length === 0) return { width: BOX.width, height: BOX.height, place: (x, y) => put({ id, x, y }) };
    const childrenWidth = subs.reduce((n, s) => n + s.sub.width, 0) + GAP_X * (subs.length - 1);
    const width = Math.max(BOX.width, childrenWidth);
    const height = BOX.height + GAP_Y + Math.max(...subs.map((s) => s.sub.height));
    return {
      width,
      height,
      place: (x, y) => {
        // Children first; the manager is centred over the first and last of them.
        let cx = x + (width - childrenWidth) / 2;
        const childTop = y + BOX.height + GAP_Y;
        for (const s of subs) {
          s.sub.place(cx, childTop);
          cx += s.sub.width + GAP_X;
        }
        const centre = (i: number) => at.get(subs[i]!.id)!.x + BOX.width / 2;
        const from = (centre(0) + centre(subs.length - 1)) / 2;
        put({ id, x: from - BOX.width / 2, y });
        const bar = y + BOX.height + GAP_Y / 2;
        subs.forEach((s, i) => {
          connectors.push({ from: id, to: s.id, d: `M${from},${y + BOX.height} V${bar} H${centre(i)} V${childTop}` });
        });
      },
    };
  }

  let left = 0;
  let height = 0;
  for (const root of input.roots) {
    if (seen.has(root)) continue;
    const sub = measure(root);
    sub.place(left, 0);
    left += sub.width + GAP_X * 2;
    height = Math.max(height, sub.height);
  }
  return { boxes, connectors, width: Math.max(0, left - GAP_X * 2), height };
}
