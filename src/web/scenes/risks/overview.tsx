import {
  Anchor,
  Button,
  Card,
  Code,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowRight } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { LevelDonut } from './charts.lazy';
import { RiskFilterBar } from './filters';
import { filtersFrom, toQueryString } from './query';
import { RisksPage } from './risks-nav';
import { DueDate, OwnerText, ScoreBadge, riskPath, useRiskMethod, type RiskActionListItem } from './shared';

function Stat({
  label,
  value,
  to,
  color,
  testId,
}: {
  label: string;
  value: number | undefined;
  to?: string;
  color?: string;
  testId: string;
}) {
  const body = (
    <Paper withBorder p="md" radius="md" h="100%">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={value ? color : undefined} data-testid={testId}>
        {value === undefined ? '…' : value.toLocaleString()}
      </Text>
    </Paper>
  );
  return to ? (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: open in the register`}>
      {body}
    </UnstyledButton>
  ) : (
    body
  );
}

/** The register with a filter added, keeping the overview's own filters. */
const registerLink = (base: Record<string, string | undefined>, extra: Record<string, string>) =>
  `/risks?${toQueryString({ ...base, ...extra })}`;

/** Risks above appetite, overdue actions and the breakdown per owner and org unit, for the ISM. */
export function RiskOverviewScene() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const method = useRiskMethod().data;
  const filters = { ...filtersFrom(params), cell: undefined };
  const breakdown = useQuery({
    queryKey: ['risks', 'breakdown', filters],
    queryFn: () => call(api.GET('/api/risks/breakdown', { params: { query: filters } })),
  });
  const above = useQuery({
    queryKey: ['risks', 'list', 'above-appetite', filters],
    queryFn: () =>
      call(
        api.GET('/api/risks', {
          params: { query: { ...filters, aboveAppetite: 'true', sort: '-residual', limit: 10 } },
        }),
      ),
  });
  const overdue = useCursorPages<RiskActionListItem>(['risks', 'actions', 'overdue'], (cursor) =>
    call(api.GET('/api/risks/actions', { params: { query: { overdue: 'true', status: 'open', limit: 25, cursor } } })),
  );
  const b = breakdown.data;
  const t = b?.totals;
  const levels = (b?.byLevel ?? []).filter((l) => l.count > 0);
  return (
    <RisksPage
      tab="overview"
      title="Risk overview"
      description="Where the risks stand: above appetite, overdue treatment, and how they spread over owners and org units."
    >
      <Card withBorder padding="md">
        <RiskFilterBar show={['orgUnitId', 'ownerPersonId', 'category']} withSort={false} />
      </Card>
      <ProblemAlert error={breakdown.error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="risk-totals">
        <Stat label="Risks" value={t?.risks} to={registerLink(filters, {})} testId="risk-total-risks" />
        <Stat label="Open" value={t?.open} testId="risk-total-open" />
        <Stat
          label="Above appetite"
          value={t?.aboveAppetite}
          color="red"
          to={registerLink(filters, { aboveAppetite: 'true' })}
          testId="risk-total-above-appetite"
        />
        <Stat
          label="Not assessed"
          value={t?.unassessed}
          color="orange"
          to={registerLink(filters, { status: 'identified' })}
          testId="risk-total-unassessed"
        />
        <Stat
          label="Assessment overdue"
          value={t?.assessmentOverdue}
          color="orange"
          to={registerLink(filters, { assessmentOverdue: 'true' })}
          testId="risk-total-assessment-overdue"
        />
        <Stat label="Overdue actions" value={t?.overdueActions} color="red" testId="risk-total-overdue-actions" />
      </SimpleGrid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="lg" h="100%" data-testid="risk-levels">
            <Title order={2} fz="lg" mb="sm">
              Residual levels
            </Title>
            {levels.length === 0 ? (
              <Text c="dimmed" fz="sm">
                No assessed risks.
              </Text>
            ) : (
              <Group wrap="nowrap" align="center">
                <Suspense fallback={<Skeleton circle h={140} />}>
                  <LevelDonut levels={levels} />
                </Suspense>
                <Stack gap={4}>
                  {levels.map((l) => (
                    <Anchor
                      key={l.level}
                      component={Link}
                      to={registerLink(filters, { level: l.level })}
                      fz="sm"
                      data-testid={`risk-level-${l.level}`}
                    >
                      <Group gap={6} wrap="nowrap">
                        <span
                          style={{
                            width: 10,
                            height: 10,
                            borderRadius: 2,
                            background: l.color,
                            display: 'inline-block',
                          }}
                        />
                        {l.label}: {l.count}
                      </Group>
                    </Anchor>
                  ))}
                </Stack>
              </Group>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="lg" h="100%" data-testid="risks-above-appetite">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="lg">
                Above appetite
              </Title>
              {method && (
                <Text fz="xs" c="dimmed">
                  residual score above {method.appetiteScore}
                </Text>
              )}
            </Group>
            <ProblemAlert error={above.error} />
            {above.data && above.data.items.length === 0 ? (
              <Text c="dimmed" fz="sm">
                No risk is above the appetite.
              </Text>
            ) : (
              <Table verticalSpacing={6} highlightOnHover>
                <Table.Tbody>
                  {(above.data?.items ?? []).map((r) => (
                    <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(riskPath(r.id))}>
                      <Table.Td w={90}>
                        <Code>{r.reference}</Code>
                      </Table.Td>
                      <Table.Td fz="sm">
                        <Anchor component={Link} to={riskPath(r.id)} fz="sm" onClick={(e) => e.stopPropagation()}>
                          {r.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td fz="sm" visibleFrom="sm">
                        <OwnerText owner={r.owner} withVia={false} />
                      </Table.Td>
                      <Table.Td>
                        <ScoreBadge score={r.residual} method={method} size="sm" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {above.data && above.data.total > above.data.items.length && (
              <Button
                component={Link}
                to={registerLink(filters, { aboveAppetite: 'true', sort: '-residual' })}
                variant="subtle"
                size="xs"
                mt="xs"
                rightSection={<IconArrowRight size={14} />}
              >
                All {above.data.total} in the register
              </Button>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="lg" data-testid="risk-overdue-actions">
        <Title order={2} fz="lg" mb="sm">
          Overdue treatment actions
        </Title>
        <ProblemAlert error={overdue.error} />
        {!overdue.isPending && overdue.items.length === 0 ? (
          <Text c="dimmed" fz="sm" data-testid="risk-overdue-actions-empty">
            No treatment action is overdue.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Risk</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {overdue.items.map((a) => (
                  <Table.Tr key={a.id} data-testid="overdue-action-row">
                    <Table.Td maw={300}>
                      <Anchor component={Link} to={riskPath(a.risk.id)} fz="sm">
                        <Code>{a.risk.reference}</Code> {a.risk.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{a.title}</Table.Td>
                    <Table.Td fz="sm">{a.owner?.fullName ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>
                      <DueDate day={a.dueDate} overdue={a.overdue} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {overdue.hasNextPage && (
          <Group justify="center" mt="xs">
            <Button
              variant="light"
              size="xs"
              loading={overdue.isFetchingNextPage}
              onClick={() => void overdue.fetchNextPage()}
            >
              Load more
            </Button>
          </Group>
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" data-testid="risk-by-owner">
          <Title order={2} fz="lg" mb="sm">
            Per owner
          </Title>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Owner</Table.Th>
                <Table.Th ta="right">Risks</Table.Th>
                <Table.Th ta="right">Above appetite</Table.Th>
                <Table.Th ta="right">Overdue actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(b?.byOwner ?? []).map((o) => (
                <Table.Tr
                  key={o.owner?.id ?? 'none'}
                  style={{ cursor: o.owner ? 'pointer' : undefined }}
                  onClick={() => o.owner && void navigate(registerLink(filters, { ownerPersonId: o.owner.id }))}
                  data-testid="risk-by-owner-row"
                >
                  <Table.Td fz="sm">
                    {o.owner?.fullName ?? (
                      <Text c="orange" fz="sm">
                        No owner
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {o.total}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fz="sm"
                    c={o.aboveAppetite ? 'red' : undefined}
                    fw={o.aboveAppetite ? 600 : undefined}
                  >
                    {o.aboveAppetite}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fz="sm"
                    c={o.overdueActions ? 'red' : undefined}
                    fw={o.overdueActions ? 600 : undefined}
                  >
                    {o.overdueActions}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {b && b.byOwner.length === 0 && (
            <Text c="dimmed" fz="sm">
              No risks.
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg" data-testid="risk-by-org-unit">
          <Title order={2} fz="lg" mb="sm">
            Per org unit
          </Title>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Org unit</Table.Th>
                <Table.Th ta="right">Risks</Table.Th>
                <Table.Th ta="right">Above appetite</Table.Th>
                <Table.Th ta="right">Not assessed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(b?.byOrgUnit ?? []).map((u) => (
                <Table.Tr
                  key={u.orgUnit?.id ?? 'none'}
                  style={{ cursor: u.orgUnit ? 'pointer' : undefined }}
                  onClick={() => u.orgUnit && void navigate(registerLink(filters, { orgUnitId: u.orgUnit.id }))}
                  data-testid="risk-by-org-unit-row"
                >
                  <Table.Td fz="sm">
                    {u.orgUnit?.name ?? (
                      <Text c="dimmed" fz="sm">
                        No org unit
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm">
                    {u.total}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fz="sm"
                    c={u.aboveAppetite ? 'red' : undefined}
                    fw={u.aboveAppetite ? 600 : undefined}
                  >
                    {u.aboveAppetite}
                  </Table.Td>
                  <Table.Td ta="right" fz="sm" c={u.unassessed ? 'orange' : undefined}>
                    {u.unassessed}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {b && b.byOrgUnit.length === 0 && (
            <Text c="dimmed" fz="sm">
              No risks.
            </Text>
          )}
        </Card>
      </SimpleGrid>
    </RisksPage>
  );
}
