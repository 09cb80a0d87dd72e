import { Alert, Button, Card, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDownload, IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { PersonSelect } from '../people/pickers';
import { plural } from '../policies/shared';
import { useSetParams } from '../risks/filters';
import {
  AssetSelect,
  PrivilegedBadge,
  ReviewProblem,
  invalidateAccess,
  useAssetLabel,
  type UnmatchedAccount,
} from './shared';
import { LoadMore } from '../../components/load-more';

function MatchModal({ account, onClose }: { account: UnmatchedAccount; onClose: () => void }) {
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const match = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/entitlements/accounts/{id}/match', {
          params: { path: { id: account.id } },
          body: { personId: personId ?? '' },
        }),
      ),
    onSuccess: () => {
      notifyDone(`${account.name} matched`);
      invalidateAccess(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="Match to person" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          match.mutate();
        }}
      >
        <Stack>
          <Text fz="sm">
            Account <Code>{account.name}</Code> on {account.asset.reference} {account.asset.name} holds{' '}
            {plural(account.entitlements, 'entitlement')}. Choose the person it belongs to; later imports keep the
            match.
          </Text>
          <PersonSelect
            label="Person"
            required
            value={personId}
            onChange={setPersonId}
            placeholder="Search by name, email or employee id"
            data-testid="match-person"
          />
          <ReviewProblem error={match.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!personId} loading={match.isPending} data-testid="match-submit">
              Match
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Accounts on the systems that belong to nobody known: each is a finding until removed or matched. */
export function OrphanedTab() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const assetId = params.get('assetId');
  const assetName = useAssetLabel(assetId);
  const [matching, setMatching] = useState<UnmatchedAccount | null>(null);
  const query = { assetId: assetId ?? undefined };
  const list = useCursorPages<UnmatchedAccount>(['entitlements', 'unmatched', query], (cursor) =>
    call(api.GET('/api/entitlements/unmatched-accounts', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Alert color="orange" variant="light" title="Orphaned accounts">
          Accounts the imports could not match to a person by email or employee id. Remove them on the system, or match
          them to their person when they are someone&apos;s (a service account has an owner too).
        </Alert>
        <Group justify="space-between" wrap="wrap">
          <AssetSelect
            placeholder="Any system"
            aria-label="Filter by system"
            value={assetId}
            initialLabel={assetName}
            onChange={(v) => setParams({ assetId: v })}
            w={260}
            data-testid="orphaned-filter-asset"
          />
          <Button
            component="a"
            download
            href={`/api/entitlements/unmatched-accounts/export${assetId ? `?assetId=${assetId}` : ''}`}
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="orphaned-export"
          >
            Export CSV
          </Button>
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="orphaned-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>System</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th ta="right">Entitlements</Table.Th>
                <Table.Th>First seen</Table.Th>
                <Table.Th>Last seen</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((a) => (
                <Table.Tr key={a.id} data-testid="orphaned-row" data-account={a.name}>
                  <Table.Td fz="sm">
                    <Code>{a.asset.reference}</Code> {a.asset.name}
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6} wrap="nowrap">
                      <Text ff="monospace" fz="sm">
                        {a.name}
                      </Text>
                      {a.privileged && <PrivilegedBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm" ta="right">
                    {a.entitlements}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDay(a.firstSeenAt)}</Table.Td>
                  <Table.Td fz="sm">{formatDay(a.lastSeenAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconLink size={14} />}
                      onClick={() => setMatching(a)}
                      data-testid="orphaned-match"
                    >
                      Match to person
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="orphaned-empty">
            No orphaned accounts{assetName ? ` on ${assetName}` : ''}.
          </Text>
        )}
        <LoadMore list={list} />
      </Stack>
      {matching && <MatchModal account={matching} onClose={() => setMatching(null)} />}
    </Card>
  );
}
