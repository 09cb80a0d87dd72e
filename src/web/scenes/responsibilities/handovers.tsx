import { Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { PersonPicker } from './pickers';

const SOURCE = { manual: 'marked by hand', hr_import: 'HR import', scim: 'identity provider' } as const;

export function HandoversScene() {
  const [status, setStatus] = useState<'open' | 'confirmed'>('open');
  const list = useCursorPages(['handovers', status], (cursor) =>
    call(api.GET('/api/handovers', { params: { query: { status, cursor, limit: 50 } } })),
  );
  return (
    <Page
      title="Leaver handovers"
      description="When someone leaves, everything they hold is handed over in one step, so nothing is left without an owner."
    >
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v)}
        data={[
          { value: 'open', label: 'Waiting' },
          { value: 'confirmed', label: 'Confirmed' },
        ]}
        w={260}
      />
      <ProblemAlert error={list.error} />
      <Card withBorder padding="lg">
        <Table verticalSpacing="sm" data-testid="handovers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Leaver</Table.Th>
              <Table.Th>Opened</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>{status === 'open' ? 'Still held' : 'Confirmed by'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((h) => (
              <Table.Tr key={h.id} data-testid={`handover-row-${h.person.email}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/handovers/${h.id}`}>
                    {h.person.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(h.openedAt)}</Table.Td>
                <Table.Td>{SOURCE[h.source]}</Table.Td>
                <Table.Td>
                  {status === 'open' ? (
                    <Badge color={h.openItems > 0 ? 'red' : 'teal'}>{h.openItems}</Badge>
                  ) : (
                    `${h.confirmedBy?.fullName ?? 'system'}, ${formatDateTime(h.confirmedAt)}`
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {list.items.length === 0 && !list.isLoading && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed" ta="center" py="md">
                    {status === 'open' ? 'No handover is waiting' : 'No handover confirmed yet'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        {list.hasNextPage && (
          <Button mt="sm" variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        )}
      </Card>
    </Page>
  );
}

export function HandoverScene() {
  const { id = '' } = useParams();
  const session = useSignedIn();
  const qc = useQueryClient();
  const [overrides, setOverrides] = useState<Record<string, string | null>>({});
  const h = useQuery({
    queryKey: ['handovers', id],
    queryFn: () => call(api.GET('/api/handovers/{id}', { params: { path: { id } } })),
  });
  const confirm = useMutation({
    mutationFn: (version: number) =>
      call(
        api.POST('/api/handovers/{id}/confirm', {
          params: { path: { id } },
          body: {
            version,
            successors: Object.entries(overrides).flatMap(([assignmentId, successorPersonId]) =>
              successorPersonId ? [{ assignmentId, successorPersonId }] : [],
            ),
          },
        }),
      ),
    onSuccess: (res) => {
      notifyDone(`Handover of ${res.person.fullName} confirmed`);
      void qc.invalidateQueries({ queryKey: ['handovers'] });
      void qc.invalidateQueries({ queryKey: ['coverage'] });
      void qc.invalidateQueries({ queryKey: ['assignments'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
      void qc.invalidateQueries({ queryKey: ['inbox-summary'] });
    },
  });
  const d = h.data;
  if (!d) return <ProblemAlert error={h.error} />;
  const needs = d.items.filter((i) => i.needsSuccessor);
  const unresolved = needs.filter((i) => !(overrides[i.assignment.id] ?? i.proposedSuccessor?.id));
  return (
    <Page
      title={`Handover of ${d.person.fullName}`}
      description={`Opened ${formatDateTime(d.openedAt)} (${SOURCE[d.source]}).`}
      actions={
        d.status === 'confirmed' ? (
          <Badge color="teal" size="lg" data-testid="handover-status">
            Confirmed
          </Badge>
        ) : (
          <Badge color="yellow" size="lg" data-testid="handover-status">
            Waiting for confirmation
          </Badge>
        )
      }
    >
      {d.status === 'open' && (
        <Card withBorder padding="lg">
          <Stack>
            <Text>
              {d.person.fullName} still holds {d.items.length} assignment{d.items.length === 1 ? '' : 's'}. Each holder
              role goes to the proposed successor (their deputy, else their manager) unless you choose someone else;
              deputy and Employee assignments simply end.
            </Text>
            <Table verticalSpacing="sm" data-testid="handover-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Scope</Table.Th>
                  <Table.Th>As</Table.Th>
                  <Table.Th>Goes to</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((i) => (
                  <Table.Tr key={i.assignment.id} data-testid={`handover-item-${i.assignment.roleKey}`}>
                    <Table.Td>{i.assignment.roleName}</Table.Td>
                    <Table.Td>{i.assignment.scope.label}</Table.Td>
                    <Table.Td>{i.assignment.kind}</Table.Td>
                    <Table.Td miw={320}>
                      {i.needsSuccessor ? (
                        <Stack gap={2}>
                          <PersonPicker
                            aria-label={`Successor for ${i.assignment.roleName}`}
                            placeholder={i.proposedSuccessor ? i.proposedSuccessor.fullName : 'Choose a successor'}
                            value={overrides[i.assignment.id] ?? null}
                            onChange={(v) => setOverrides((o) => ({ ...o, [i.assignment.id]: v }))}
                            disabled={!session.permissions.confirmHandover}
                            data-testid="handover-successor"
                          />
                          {!overrides[i.assignment.id] && (
                            <Text size="xs" c={i.proposedSuccessor ? 'dimmed' : 'red'}>
                              {i.proposal === 'deputy'
                                ? `Proposed: ${i.proposedSuccessor?.fullName} (deputy)`
                                : i.proposal === 'manager'
                                  ? `Proposed: ${i.proposedSuccessor?.fullName} (manager)`
                                  : 'No deputy or manager to propose: choose someone'}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Ends
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ProblemAlert error={confirm.error} />
            {session.permissions.confirmHandover ? (
              <Group justify="flex-end">
                {unresolved.length > 0 && (
                  <Text size="sm" c="red">
                    {unresolved.length} role{unresolved.length === 1 ? '' : 's'} still need a successor
                  </Text>
                )}
                <Button
                  leftSection={<IconCircleCheck size={16} />}
                  disabled={unresolved.length > 0}
                  loading={confirm.isPending}
                  onClick={() => confirm.mutate(d.version)}
                  data-testid="handover-confirm"
                >
                  Confirm handover
                </Button>
              </Group>
            ) : (
              <Alert variant="light">The Information Security Manager confirms handovers.</Alert>
            )}
          </Stack>
        </Card>
      )}
      {d.status === 'confirmed' && d.result && (
        <Card withBorder padding="lg">
          <Text mb="sm">
            Confirmed by {d.confirmedBy?.fullName ?? 'the system'} on {formatDateTime(d.confirmedAt)}.
          </Text>
          <Table verticalSpacing="sm" data-testid="handover-result">
            <Table.Tbody>
              {d.result.map((r) => (
                <Table.Tr key={r.assignmentId}>
                  <Table.Td>{r.roleKey.replace(/_/g, ' ')}</Table.Td>
                  <Table.Td>{r.scope.label}</Table.Td>
                  <Table.Td>
                    {r.successorName ? (
                      <Group gap={6}>
                        <IconArrowRight size={14} />
                        {r.successorName}
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Ended
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Page>
  );
}
