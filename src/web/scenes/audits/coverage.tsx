import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAdjustments, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { notifyDone, ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSetParams } from '../assets/filters';
import { formatDate } from '../controls/shared';
import { DecisionProblem } from '../policies/shared';
import { auditsApi, coverageExportHref, type CoverageQuery } from './audits-api';
import { oneOf } from './search-box';
import {
  AUDIT_LIMITS,
  COVERAGE,
  COVERAGE_STATES,
  CoverageBadge,
  auditPath,
  invalidateAudits,
  RESULT,
  type AuditResult,
  type CoverageItem,
  type CoverageState,
} from './shared';

type CoveragePage = {
  items: CoverageItem[];
  nextCursor: string | null;
  totals: Partial<Record<CoverageState, number>>;
  asOf: string;
};

const typeOptions = [
  { value: 'clause', label: 'Clauses' },
  { value: 'control', label: 'Controls' },
];
const stateOptions = COVERAGE_STATES.map((s) => ({ value: s, label: COVERAGE[s].label }));

/** The ISM sets how often one item is audited, or returns it to the programme default. */
function FrequencyModal({ item, onClose }: { item: CoverageItem; onClose: () => void }) {
  const qc = useQueryClient();
  const [months, setMonths] = useState<number>(item.frequencyMonths);
  const save = useMutation({
    mutationFn: (frequencyMonths: number | null) =>
      auditsApi.setFrequency({ itemType: item.itemType, itemId: item.itemId, frequencyMonths }),
    onSuccess: () => {
      notifyDone(`Frequency of ${item.code} saved`);
      invalidateAudits(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`How often is ${item.code} audited?`}>
      <Stack data-testid="frequency-dialog">
        <Text fz="sm" c="dimmed">
          {item.title}
        </Text>
        <NumberInput
          label="Every (months)"
          min={1}
          max={AUDIT_LIMITS.frequencyMonthsMax}
          allowDecimal={false}
          value={months}
          onChange={(v) => setMonths(Number(v) || 1)}
          data-testid="frequency-months"
        />
        <DecisionProblem error={save.error} />
        <Group justify="space-between">
          <Button
            variant="subtle"
            onClick={() => save.mutate(null)}
            loading={save.isPending}
            data-testid="frequency-default"
          >
            Use the programme default
          </Button>
          <Button onClick={() => save.mutate(months)} loading={save.isPending} data-testid="frequency-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Clauses and controls with their frequency, last and planned audit, due date and state. */
export function CoverageCard({ manage }: { manage: boolean }) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const [editing, setEditing] = useState<CoverageItem | null>(null);
  const query: CoverageQuery = {
    itemType: oneOf(['clause', 'control'] as const, params.get('type')),
    state: oneOf(COVERAGE_STATES, params.get('state')),
  };
  const list = useCursorPages<CoverageItem>(['audits', 'coverage', query], (cursor) =>
    auditsApi.coverage(query, cursor),
  );
  const first = list.data?.pages[0] as CoveragePage | undefined;
  return (
    <Card withBorder padding="lg" data-testid="coverage">
      <Stack>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Title order={2} fz="lg">
              Coverage
            </Title>
            {first && (
              <Text fz="sm" c="dimmed">
                As of {formatDate(first.asOf)}
              </Text>
            )}
          </div>
          <Group gap="xs">
            {(['csv', 'xlsx'] as const).map((f) => (
              <Button
                key={f}
                component="a"
                href={coverageExportHref(f)}
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} />}
                data-testid={`coverage-export-${f}`}
              >
                {f.toUpperCase()}
              </Button>
            ))}
          </Group>
        </Group>
        <Group gap="xs" data-testid="coverage-totals">
          {COVERAGE_STATES.map((s) => (
            <Badge
              key={s}
              size="lg"
              variant={query.state === s ? 'filled' : 'light'}
              color={COVERAGE[s].color}
              style={{ cursor: 'pointer' }}
              styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
              onClick={() => setParams({ state: query.state === s ? null : s })}
              data-testid={`coverage-total-${s}`}
              data-value={first?.totals[s] ?? 0}
            >
              {COVERAGE[s].label}: {first?.totals[s] ?? '…'}
            </Badge>
          ))}
        </Group>
        <Group gap="sm">
          <Select
            placeholder="Clauses and controls"
            aria-label="Filter by type"
            clearable
            value={query.itemType ?? null}
            onChange={(v) => setParams({ type: v })}
            data={typeOptions}
            w={200}
            data-testid="coverage-filter-type"
          />
          <Select
            placeholder="Any state"
            aria-label="Filter by state"
            clearable
            value={query.state ?? null}
            onChange={(v) => setParams({ state: v })}
            data={stateOptions}
            w={200}
            data-testid="coverage-filter-state"
          />
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs" data-testid="coverage-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                <Table.Th>Every</Table.Th>
                <Table.Th>Last audited</Table.Th>
                <Table.Th>Planned</Table.Th>
                <Table.Th>Due by</Table.Th>
                <Table.Th>State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((i) => (
                <Table.Tr key={`${i.itemType}:${i.itemId}`} data-testid={`coverage-row-${i.code}`} data-state={i.state}>
                  <Table.Td maw={380}>
                    <Group gap={6} wrap="nowrap" align="baseline">
                      <Code style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>{i.code}</Code>
                      <Text fz="sm" truncate>
                        {i.title}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={4} wrap="nowrap">
                      <Text fz="sm" data-testid="coverage-frequency">
                        {i.frequencyMonths} mo
                      </Text>
                      {manage && (
                        <Tooltip label="Set its own frequency" withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-label={`Frequency of ${i.code}`}
                            onClick={() => setEditing(i)}
                            data-testid="coverage-frequency-edit"
                          >
                            <IconAdjustments size={14} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">
                    {i.lastAudited ? (
                      <>
                        <Anchor component={Link} to={auditPath(i.lastAudited.auditId)} fz="sm">
                          {i.lastAudited.reference}
                        </Anchor>{' '}
                        {formatDate(i.lastAudited.date.slice(0, 10))}
                        <Text fz="xs" c="dimmed">
                          {RESULT[i.lastAudited.result as AuditResult]?.label ?? i.lastAudited.result}
                        </Text>
                      </>
                    ) : (
                      <Text fz="sm" c="dimmed" span>
                        Never
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {i.planned ? (
                      <>
                        <Anchor component={Link} to={auditPath(i.planned.auditId)} fz="sm">
                          {i.planned.reference}
                        </Anchor>{' '}
                        {formatDate(i.planned.plannedStart)}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }} c={i.state === 'overdue' ? 'red' : undefined}>
                    {formatDate(i.dueBy)}
                  </Table.Td>
                  <Table.Td>
                    <CoverageBadge state={i.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="coverage-empty">
            Nothing in the programme matches.
          </Text>
        )}
        <LoadMore list={list} />
      </Stack>
      {editing && <FrequencyModal item={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
