import { Alert, Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { plural } from '../policies/shared';
import { RiskFilterBar } from './filters';
import { HeatGrid, LevelLegend } from './heat-grid';
import { filtersFrom, toQueryString } from './query';
import { RisksPage } from './risks-nav';
import { useRiskMethod } from './shared';

type Basis = 'inherent' | 'residual';

const BASIS: Record<Basis, { title: string; hint: string }> = {
  inherent: { title: 'Inherent risk', hint: 'Before any controls' },
  residual: { title: 'Residual risk', hint: 'With the controls in place today' },
};

/** One heat map: risks counted per likelihood × impact cell; a click opens the register on that cell. */
function HeatmapPanel({ basis }: { basis: Basis }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = { ...filtersFrom(params), cell: undefined };
  const q = useQuery({
    queryKey: ['risks', 'heatmap', basis, filters],
    queryFn: () => call(api.GET('/api/risks/heatmap', { params: { query: { ...filters, basis } } })),
  });
  const h = q.data;
  const total = h ? h.cells.reduce((n, c) => n + c.count, 0) : 0;
  return (
    <Card withBorder padding="lg" data-testid={`heatmap-${basis}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg">
              {BASIS[basis].title}
            </Title>
            <Text fz="xs" c="dimmed">
              {BASIS[basis].hint}
            </Text>
          </div>
          {h && (
            <Text fz="sm" c="dimmed" data-testid={`heatmap-${basis}-total`}>
              {plural(total, 'risk')} scored
            </Text>
          )}
        </Group>
        <ProblemAlert error={q.error} />
        {q.isPending && <Loader size="sm" />}
        {h && (
          <>
            <HeatGrid
              likelihood={h.likelihood}
              impact={h.impact}
              cells={h.cells}
              appetiteScore={h.appetiteScore}
              testId={`heatmap-${basis}-grid`}
              onCellClick={(c) => {
                const qs = toQueryString({ ...filters, cell: `${basis}:${c.likelihood}:${c.impact}` });
                void navigate(`/risks?${qs}`);
              }}
            />
            <Group gap="lg" wrap="wrap">
              <Text fz="sm" c={h.unassessed > 0 ? 'orange' : 'dimmed'} data-testid={`heatmap-${basis}-unassessed`}>
                Not assessed: {h.unassessed.toLocaleString()}
              </Text>
              {h.outOfScale > 0 && (
                <Text fz="sm" c="red" data-testid={`heatmap-${basis}-out-of-scale`}>
                  Scored on an older, larger scale: {h.outOfScale.toLocaleString()} (reassess them)
                </Text>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Inherent and residual heat maps side by side (one at a time on a phone), with the shared filters. */
export function RiskHeatmapScene() {
  const method = useRiskMethod().data;
  const narrow = useMediaQuery('(max-width: 62em)');
  const [basis, setBasis] = useState<Basis>('residual');
  return (
    <RisksPage
      tab="heatmap"
      title="Risk heat map"
      description="How many risks sit in each likelihood × impact cell, before and after controls. Click a cell to open those risks in the register."
    >
      <Card withBorder padding="md">
        <RiskFilterBar show={['orgUnitId', 'ownerPersonId', 'category']} withSort={false} />
      </Card>
      {narrow && (
        <SegmentedControl
          value={basis}
          onChange={(v) => setBasis(v)}
          data={[
            { value: 'inherent', label: 'Inherent' },
            { value: 'residual', label: 'Residual' },
          ]}
          data-testid="heatmap-basis"
        />
      )}
      {narrow ? (
        <HeatmapPanel key={basis} basis={basis} />
      ) : (
        <SimpleGrid cols={2} spacing="lg">
          <HeatmapPanel basis="inherent" />
          <HeatmapPanel basis="residual" />
        </SimpleGrid>
      )}
      {method && (
        <Card withBorder padding="md">
          <LevelLegend
            levels={method.levels}
            appetiteScore={method.appetiteScore}
            maxScore={method.likelihood.length * method.impact.length}
          />
        </Card>
      )}
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
        Faded cells hold no risks. Hover a cell for its likelihood, impact and level; hover an axis label for the
        method&apos;s description of that step.
      </Alert>
    </RisksPage>
  );
}
