import '@mantine/charts/styles.css';
import { DonutChart, LineChart } from '@mantine/charts';
import { formatDateTime, formatDay } from '../../components/page';
import type { RiskAssessment, RiskMethod } from './shared';

/**
 * The charts of the risk pages. They are loaded on demand (charts.lazy.ts), so the chart library
 * stays out of the bundle every page loads.
 */

/** The inherent and residual score of every assessment over time, with the appetite as a line. */
export function HistoryChart({ items, method }: { items: RiskAssessment[]; method: RiskMethod | undefined }) {
  const sorted = [...items].sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
  // Days label the axis; when two assessments share a day, times tell them apart.
  const days = sorted.map((a) => formatDay(a.assessedAt));
  const label = days.length === new Set(days).size ? formatDay : formatDateTime;
  const data = sorted.map((a) => ({
    date: label(a.assessedAt),
    Inherent: a.inherent.score,
    Residual: a.residual.score,
  }));
  const top = Math.max(method ? method.likelihood.length * method.impact.length : 25, ...data.map((d) => d.Inherent));
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="date"
      series={[
        { name: 'Inherent', color: 'orange.6' },
        { name: 'Residual', color: 'indigo.6' },
      ]}
      curveType="linear"
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      yAxisProps={{ domain: [0, top], allowDecimals: false }}
      referenceLines={
        method ? [{ y: method.appetiteScore, label: `Appetite ${method.appetiteScore}`, color: 'red.6' }] : undefined
      }
      data-testid="assessment-chart"
    />
  );
}

/** Risks per residual level as a ring in the levels' colours. */
export function LevelDonut({ levels }: { levels: { label: string; count: number; color: string }[] }) {
  return (
    <DonutChart
      size={140}
      thickness={22}
      withTooltip
      tooltipDataSource="segment"
      data={levels.map((l) => ({ name: l.label, value: l.count, color: l.color }))}
      data-testid="risk-levels-chart"
    />
  );
}
