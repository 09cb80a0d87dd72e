import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Popover,
  Select,
  Spoiler,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPaperclip, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { WHOLE } from '../policies/shared';
import { auditsApi, type ItemResultFilter } from './audits-api';
import { EvidenceEntry, RecordModal } from './record-dialog';
import { RESULT, RESULTS, ResultBadge, SCOPE_TYPE_LABELS, ncPath, type Audit, type AuditItem } from './shared';

const FILTERS = [
  { value: 'all', label: 'Every item' },
  { value: 'open', label: 'Not recorded' },
  ...RESULTS.map((r) => ({ value: r, label: RESULT[r].label })),
];

/** How much evidence an item has; a click lists it, to download or open (also once the audit is closed). */
function EvidenceCount({ auditId, item }: { auditId: string; item: AuditItem }) {
  const count = (
    <Group gap={4} wrap="nowrap" data-testid="item-evidence-count" data-value={item.evidence.length}>
      <IconPaperclip size={14} opacity={0.6} />
      <Text fz="sm">{item.evidence.length}</Text>
    </Group>
  );
  if (item.evidence.length === 0) return count;
  return (
    <Popover position="bottom-end" withArrow shadow="md" width={360}>
      <Popover.Target>
        <UnstyledButton aria-label={`Evidence of ${item.code || item.title}`}>{count}</UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} data-testid="item-evidence-list">
          {item.evidence.map((e) => (
            <EvidenceEntry key={e.id} auditId={auditId} e={e} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The audit's checklist: one item per clause, control, unit or process in scope, with its result. */
export function ChecklistCard({ audit }: { audit: Audit }) {
  const [filter, setFilter] = useState('all');
  const [recording, setRecording] = useState<AuditItem | null>(null);
  const result = filter === 'all' ? undefined : (filter as ItemResultFilter);
  const list = useCursorPages<AuditItem>(['audits', audit.id, 'items', filter], (cursor) =>
    auditsApi.items(audit.id, result, cursor),
  );
  return (
    <Card withBorder padding="lg" data-testid="audit-checklist">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <div>
          <Title order={2} fz="lg">
            Checklist
          </Title>
          <Text fz="sm" c="dimmed" data-testid="checklist-progress">
            {audit.progress.recorded} of {audit.progress.total} recorded
          </Text>
        </div>
        <Select
          aria-label="Filter by result"
          value={filter}
          onChange={(v) => setFilter(v ?? 'all')}
          data={FILTERS}
          allowDeselect={false}
          w={240}
          data-testid="checklist-filter"
        />
      </Group>
      <Stack gap="sm">
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="sm" data-testid="checklist-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                <Table.Th>What to look for</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Notes</Table.Th>
                <Table.Th>Evidence</Table.Th>
                <Table.Th>Nonconformity</Table.Th>
                {audit.can.record && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((i) => (
                <Table.Tr key={i.id} data-testid={`audit-item-${i.code || i.itemId}`} data-result={i.result ?? ''}>
                  <Table.Td miw={200} maw={280}>
                    <Group gap={6} wrap="nowrap" align="baseline">
                      {i.code ? (
                        <Code style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>{i.code}</Code>
                      ) : (
                        <Badge size="xs" variant="outline" color="gray" styles={WHOLE}>
                          {SCOPE_TYPE_LABELS[i.type]}
                        </Badge>
                      )}
                      <Text fz="sm" fw={500}>
                        {i.title}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Spoiler
                      maxHeight={56}
                      showLabel="More"
                      hideLabel="Less"
                      styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
                    >
                      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {i.guidance || '—'}
                      </Text>
                    </Spoiler>
                  </Table.Td>
                  <Table.Td>
                    <ResultBadge result={i.result} />
                    {i.recordedBy && (
                      <Text fz="xs" c="dimmed" mt={2}>
                        {i.recordedBy.fullName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text fz="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }} data-testid="item-notes">
                      {i.notes || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <EvidenceCount auditId={audit.id} item={i} />
                  </Table.Td>
                  <Table.Td>
                    {i.nonconformity ? (
                      <Anchor component={Link} to={ncPath(i.nonconformity.id)} fz="sm" data-testid="item-nc-link">
                        {i.nonconformity.reference}
                      </Anchor>
                    ) : (
                      <Text fz="sm" c="dimmed" span>
                        —
                      </Text>
                    )}
                  </Table.Td>
                  {audit.can.record && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant={i.result ? 'subtle' : 'light'}
                        leftSection={<IconPencil size={14} />}
                        onClick={() => setRecording(i)}
                        data-testid="item-record"
                      >
                        {i.result ? 'Change' : 'Record'}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="checklist-empty">
            {filter === 'all' ? 'The checklist is empty.' : 'No item with this result.'}
          </Text>
        )}
        <LoadMore list={list} total={filter === 'all' ? audit.progress.total : undefined} />
      </Stack>
      {recording && <RecordModal item={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}
