import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { NcAgeing } from './shared';

/** Colours of the age buckets, from fresh to old. Loaded on demand (ageing-chart.lazy.ts). */
export const BUCKET_COLORS: Record<string, string> = {
  '0-30': 'teal.6',
  '31-60': 'yellow.6',
  '61-90': 'orange.6',
  '90+': 'red.6',
};

/** Open nonconformities per owner, stacked by how long they have been open. */
export function AgeingChart({ ageing }: { ageing: NcAgeing }) {
  const data = ageing.byOwner.map((o) => ({ owner: o.owner?.fullName ?? 'No owner', ...o.counts }));
  return (
    <BarChart
      h={Math.max(160, 44 * data.length + 100)}
      maxBarWidth={28}
      data={data}
      dataKey="owner"
      orientation="vertical"
      type="stacked"
      yAxisProps={{ width: 150 }}
      xAxisProps={{ allowDecimals: false }}
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      series={ageing.buckets.map((b) => ({ name: b, label: `${b} days`, color: BUCKET_COLORS[b] ?? 'gray.6' }))}
      data-testid="ageing-chart"
    />
  );
}
