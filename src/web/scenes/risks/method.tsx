import { Button, Card, Center, Group, Loader, Modal, Table, Text, Title } from '@mantine/core';
import { IconAdjustments, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { MethodEditor } from './method-editor';
import { MethodView } from './method-view';
import { RisksPage } from './risks-nav';
import { useRiskMethod, type RiskMethod } from './shared';

function VersionHistory({ current }: { current: number }) {
  const [shown, setShown] = useState<RiskMethod | null>(null);
  const list = useCursorPages<RiskMethod>(['risks', 'method', 'versions'], (cursor) =>
    call(api.GET('/api/risks/method/versions', { params: { query: { limit: 20, cursor } } })),
  );
  return (
    <Card withBorder padding="lg" data-testid="method-versions">
      <Title order={2} fz="lg" mb="sm">
        Version history
      </Title>
      <ProblemAlert error={list.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Scales</Table.Th>
              <Table.Th>Appetite</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((m) => (
              <Table.Tr key={m.version} data-testid="method-version-row">
                <Table.Td fw={600} fz="sm">
                  {m.version}
                  {m.version === current && (
                    <Text span fz="xs" c="teal" ml={6}>
                      in force
                    </Text>
                  )}
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(m.createdAt)}
                </Table.Td>
                <Table.Td fz="sm">{m.createdBy?.fullName ?? 'Remit'}</Table.Td>
                <Table.Td fz="sm">
                  {m.likelihood.length} × {m.impact.length}
                </Table.Td>
                <Table.Td fz="sm">≤ {m.appetiteScore}</Table.Td>
                <Table.Td fz="sm" maw={320}>
                  <Text fz="sm" lineClamp={2}>
                    {m.note || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconEye size={12} />}
                    onClick={() => setShown(m)}
                    data-testid="method-version-view"
                  >
                    View
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.hasNextPage && (
        <Group justify="center" mt="xs">
          <Button
            variant="subtle"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Older versions
          </Button>
        </Group>
      )}
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={`Risk method version ${shown?.version ?? ''}`}
        size="80rem"
      >
        {shown && <MethodView method={shown} />}
      </Modal>
    </Card>
  );
}

/** The risk method (clause 6.1.2): scales, levels, appetite and intervals; the ISM changes it by version. */
export function RiskMethodScene() {
  const method = useRiskMethod();
  const [editing, setEditing] = useState(false);
  const m = method.data;
  return (
    <RisksPage
      tab="method"
      title={editing ? 'Change the risk method' : 'Risk method'}
      description="How risks are scored and when they are acceptable: the likelihood and impact scales, the levels and the risk appetite (ISO/IEC 27001 clause 6.1.2 a–b)."
      actions={
        m?.can.change && !editing ? (
          <Button
            leftSection={<IconAdjustments size={16} />}
            onClick={() => setEditing(true)}
            data-testid="method-edit"
          >
            Change method
          </Button>
        ) : undefined
      }
    >
      <ProblemAlert error={method.error} />
      {method.isPending && (
        <Center h="30vh">
          <Loader aria-label="Loading" />
        </Center>
      )}
      {m && (editing ? <MethodEditor method={m} onDone={() => setEditing(false)} /> : <MethodView method={m} />)}
      {m && !editing && <VersionHistory current={m.version} />}
    </RisksPage>
  );
}
