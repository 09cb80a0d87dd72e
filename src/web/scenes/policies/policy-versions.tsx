import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { VersionStatusBadge, versionPath, type Policy, type PolicyVersionSummary } from './shared';

/** Every version, newest first; tick two to compare them. */
export function PolicyVersions({ policy }: { policy: Policy }) {
  const navigate = useNavigate();
  const [picked, setPicked] = useState<PolicyVersionSummary[]>([]);
  const list = useCursorPages<PolicyVersionSummary>(['policies', policy.id, 'versions'], (cursor) =>
    call(
      api.GET('/api/policies/{id}/versions', {
        params: { path: { id: policy.id }, query: { limit: 50, cursor } },
      }),
    ),
  );
  const toggle = (v: PolicyVersionSummary, on: boolean) =>
    setPicked((cur) => (on ? [...cur.filter((x) => x.id !== v.id), v].slice(-2) : cur.filter((x) => x.id !== v.id)));
  const compare = () => {
    const [a, b] = [...picked].sort((x, y) => x.number - y.number);
    if (a && b) void navigate(`/policies/${policy.id}/diff?from=${a.id}&to=${b.id}`);
  };
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Text fz="sm" c="dimmed">
            {picked.length < 2
              ? 'Tick two versions to compare their text.'
              : `Compare version ${Math.min(...picked.map((p) => p.number))} with ${Math.max(...picked.map((p) => p.number))}.`}
          </Text>
          <Button
            leftSection={<IconGitCompare size={16} />}
            disabled={picked.length !== 2}
            onClick={compare}
            data-testid="versions-compare"
          >
            Compare
          </Button>
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" data-testid="versions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} aria-label="Compare" />
                <Table.Th>Version</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>What changed</Table.Th>
                <Table.Th>Authors</Table.Th>
                <Table.Th>Approved</Table.Th>
                <Table.Th>Published</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((v) => (
                <Table.Tr key={v.id} data-testid={`version-row-${v.number}`}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Compare version ${v.number}`}
                      checked={picked.some((x) => x.id === v.id)}
                      onChange={(e) => toggle(v, e.currentTarget.checked)}
                      data-testid="version-pick"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={versionPath(policy.id, v.id)} fw={500} fz="sm">
                      Version {v.number}
                    </Anchor>
                    <Text fz="xs" c="dimmed" lineClamp={1} maw={260} title={v.title}>
                      {v.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <VersionStatusBadge status={v.status} />
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Text fz="sm" lineClamp={2} title={v.changeSummary}>
                      {v.changeSummary || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm">{v.authors.map((a) => a.fullName).join(', ') || '—'}</Table.Td>
                  <Table.Td fz="sm">
                    {v.approvedAt ? (
                      <>
                        <Text fz="sm">{formatDay(v.approvedAt)}</Text>
                        <Text fz="xs" c="dimmed">
                          {v.approvedBy?.fullName}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDay(v.publishedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            No versions you may see.
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
