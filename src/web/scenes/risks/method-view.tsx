import { Badge, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../components/page';
import { WHOLE } from '../policies/shared';
import { HeatGrid, LevelLegend, type GridCell } from './heat-grid';
import { levelFor, type RiskLevel, type ScaleStep } from './shared';

/** The shape both the method in force and the editor's draft share. */
export type MethodShape = {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  levels: RiskLevel[];
  appetiteScore: number;
};

/** Every likelihood × impact cell with its score and level under a method. */
export function matrixCells(m: MethodShape): GridCell[] {
  const cells: GridCell[] = [];
  for (const l of m.likelihood)
    for (const i of m.impact) {
      const score = l.value * i.value;
      const level = levelFor(m.levels, score);
      cells.push({
        likelihood: l.value,
        impact: i.value,
        score,
        level: level
          ? { key: level.key, label: level.label, color: level.color }
          : { key: '', label: 'No level', color: '#adb5bd' },
      });
    }
  return cells;
}

export const maxScoreOf = (m: MethodShape) =>
  Math.max(1, ...m.likelihood.map((s) => s.value)) * Math.max(1, ...m.impact.map((s) => s.value));

function ScaleTable({ title, steps, testId }: { title: string; steps: ScaleStep[]; testId: string }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid={testId}>
      <Title order={3} fz="md" mb="sm">
        {title}
      </Title>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {[...steps]
            .sort((a, b) => b.value - a.value)
            .map((s) => (
              <Table.Tr key={s.value}>
                <Table.Td w={36} fw={700} fz="sm">
                  {s.value}
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {s.label}
                  </Text>
                  {s.description && (
                    <Text fz="xs" c="dimmed">
                      {s.description}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** A method read-only: its matrix coloured by level, the scales in words, appetite and intervals. */
export function MethodView({
  method,
}: {
  method: MethodShape & {
    version: number;
    assessmentIntervalMonths: number;
    acceptanceMaxMonths: number;
    note: string;
    createdAt: string;
    createdBy: { fullName: string } | null;
  };
}) {
  return (
    <Stack gap="lg" data-testid="method-view">
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} fz="lg" data-testid="method-version">
                Version {method.version}
              </Title>
              <Badge variant="light" color="teal" styles={WHOLE}>
                {method.likelihood.length} × {method.impact.length} matrix
              </Badge>
            </Group>
            <Text fz="sm" c="dimmed">
              Since {formatDateTime(method.createdAt)}
              {method.createdBy ? ` by ${method.createdBy.fullName}` : ''}
            </Text>
            {method.note && (
              <Text fz="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }} data-testid="method-note">
                “{method.note}”
              </Text>
            )}
          </Stack>
          <SimpleGrid cols={3} spacing="xl">
            <div>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                Appetite
              </Text>
              <Text fz="xl" fw={700} data-testid="method-appetite">
                ≤ {method.appetiteScore}
              </Text>
              <Text fz="xs" c="dimmed">
                residual score
              </Text>
            </div>
            <div>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                Reassess
              </Text>
              <Text fz="xl" fw={700} data-testid="method-interval">
                {method.assessmentIntervalMonths}
              </Text>
              <Text fz="xs" c="dimmed">
                months
              </Text>
            </div>
            <div>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                Acceptance
              </Text>
              <Text fz="xl" fw={700} data-testid="method-acceptance-max">
                {method.acceptanceMaxMonths}
              </Text>
              <Text fz="xs" c="dimmed">
                months at most
              </Text>
            </div>
          </SimpleGrid>
        </Group>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg" h="100%">
            <Title order={3} fz="md" mb="sm">
              Risk matrix
            </Title>
            <Stack>
              <HeatGrid
                likelihood={method.likelihood}
                impact={method.impact}
                cells={matrixCells(method)}
                appetiteScore={method.appetiteScore}
                testId="method-matrix"
                showScores
              />
              <LevelLegend levels={method.levels} appetiteScore={method.appetiteScore} maxScore={maxScoreOf(method)} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="lg" h="100%" data-testid="method-levels">
            <Title order={3} fz="md" mb="sm">
              Levels
            </Title>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Level</Table.Th>
                  <Table.Th>Scores</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...method.levels]
                  .sort((a, b) => a.minScore - b.minScore)
                  .map((l, k, all) => {
                    const next = all[k + 1];
                    const to = next ? next.minScore - 1 : maxScoreOf(method);
                    return (
                      <Table.Tr key={l.key}>
                        <Table.Td>
                          <Badge color={l.color} autoContrast styles={WHOLE}>
                            {l.label}
                          </Badge>
                        </Table.Td>
                        <Table.Td fz="sm">{to > l.minScore ? `${l.minScore} – ${to}` : l.minScore}</Table.Td>
                      </Table.Tr>
                    );
                  })}
              </Table.Tbody>
            </Table>
            <Text fz="xs" c="dimmed" mt="sm">
              Score = likelihood × impact. A score above {method.appetiteScore} is above the appetite: it needs
              treatment, or Top Management accepts it.
            </Text>
          </Card>
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ScaleTable title="Likelihood" steps={method.likelihood} testId="method-likelihood" />
        <ScaleTable title="Impact" steps={method.impact} testId="method-impact" />
      </SimpleGrid>
    </Stack>
  );
}
