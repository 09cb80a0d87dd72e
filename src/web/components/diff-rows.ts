export type DiffLine = {
  kind: 'same' | 'added' | 'removed';
  text: string;
  oldLine: number | null;
  newLine: number | null;
};

type Row = { type: 'line'; line: DiffLine; key: number } | { type: 'fold'; at: number; count: number };

/** Unchanged runs longer than this fold, keeping a little context next to each change. */
const FOLD_OVER = 6;
const CONTEXT = 3;

/** The rows to show: every changed line, and long unchanged runs folded unless opened. */
export function diffRows(lines: DiffLine[], opened: ReadonlySet<number>): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    if (line.kind !== 'same') {
      rows.push({ type: 'line', line, key: i });
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]?.kind === 'same') end += 1;
    const n = end - i;
    if (n > FOLD_OVER && !opened.has(i)) {
      // Keep context beside a change, but always hide at least two lines.
      const ctx = Math.min(CONTEXT, Math.floor((n - 2) / 2));
      const head = i === 0 ? 0 : ctx;
      const tail = end === lines.length ? 0 : ctx;
      for (let k = i; k < i + head; k++) rows.push({ type: 'line', line: lines[k] as DiffLine, key: k });
      rows.push({ type: 'fold', at: i, count: n - head - tail });
      for (let k = end - tail; k < end; k++) rows.push({ type: 'line', line: lines[k] as DiffLine, key: k });
    } else {
      for (let k = i; k < end; k++) rows.push({ type: 'line', line: lines[k] as DiffLine, key: k });
    }
    i = end;
  }
  return rows;
}
