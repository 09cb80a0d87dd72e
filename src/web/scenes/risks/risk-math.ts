import type { RiskLevel } from './shared';

/** The level a score falls in: the one with the highest minimum score not above it. */
export function levelFor(levels: RiskLevel[], score: number): RiskLevel | undefined {
  let found: RiskLevel | undefined;
  for (const l of [...levels].sort((a, b) => a.minScore - b.minScore)) if (score >= l.minScore) found = l;
  return found;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export const todayDay = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A YYYY-MM-DD day moved by whole months (clamped to the month's end). */
export function addMonthsDay(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Black or white, whichever reads better on a #rrggbb background (Mantine's autoContrast threshold). */
export function textOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'inherit';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.3 ? '#1a1b1e' : '#ffffff';
}
