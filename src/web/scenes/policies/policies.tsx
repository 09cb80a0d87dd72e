import { Anchor, Button, Card, Checkbox, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import {
  KIND_LABEL,
  NextReview,
  POLICY_STATUS,
  PolicyStatusBadge,
  VersionStatusBadge,
  policyPath,
  versionPath,
  type PolicyKind,
  type PolicyStatus,
  type PolicySummary,
} from './shared';
import { LoadMore } from '../../components/load-more';

/** The policy register: every policy with its version in force, owner, approver and next review. */
export function PoliciesScene() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const status = (params.get('status') as PolicyStatus | null) ?? null;
  const kind = (params.get('kind') as PolicyKind | null) ?? null;
  const overdue = params.get('reviewOverdue') === 'true';
  const setParam = (name: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const query = {
    q: q || undefined,
    status: status ?? undefined,
    kind: kind ?? undefined,
    reviewOverdue: overdue ? ('true' as const) : undefined,
  };
  const list = useCursorPages<PolicySummary>(['policies', 'list', query], (cursor) =>
    call(api.GET('/api/policies', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  return (
    <Page
      title="Policies"
      description="The information security policy and the topic-specific policies (ISO/IEC 27001 clause 5.2, Annex A 5.1): who owns each, who approves it, which version is in force and when it is due for review."
      actions={
        <Group gap="xs">
          <Button
            component="a"
            href="/api/policies/export?format=csv"
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="policies-export-csv"
          >
            Export CSV
          </Button>
          <Button
            component="a"
            href="/api/policies/export?format=xlsx"
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="policies-export-xlsx"
          >
            Export XLSX
          </Button>
          {session.permissions.managePolicies && (
            <Button component={Link} to="/policies/new" leftSection={<IconPlus size={16} />} data-testid="policy-new">
              New policy
            </Button>
          )}
        </Group>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              placeholder="Search reference or title"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                setParam('q', e.currentTarget.value.trim() || null);
              }}
              aria-label="Search policies"
              style={{ flex: 1, minWidth: 220 }}
              data-testid="policies-search"
            />
            <Select
              placeholder="Any status"
              aria-label="Filter by status"
              clearable
              value={status}
              onChange={(v) => setParam('status', v)}
              data={(Object.keys(POLICY_STATUS) as PolicyStatus[]).map((s) => ({
                value: s,
                label: POLICY_STATUS[s].label,
              }))}
              w={190}
              data-testid="policies-filter-status"
            />
            <Select
              placeholder="Any kind"
              aria-label="Filter by kind"
              clearable
              value={kind}
              onChange={(v) => setParam('kind', v)}
              data={(Object.keys(KIND_LABEL) as PolicyKind[]).map((k) => ({ value: k, label: KIND_LABEL[k] }))}
              w={180}
              data-testid="policies-filter-kind"
            />
            <Checkbox
              label="Review overdue"
              checked={overdue}
              onChange={(e) => setParam('reviewOverdue', e.currentTarget.checked ? 'true' : null)}
              mb={8}
              data-testid="policies-filter-overdue"
            />
          </Group>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={1080}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="policies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>In force</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Approver</Table.Th>
                  <Table.Th>Next review</Table.Th>
                  <Table.Th>Being worked on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((p) => (
                  <Table.Tr
                    key={p.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(policyPath(p.id))}
                    data-testid={`policy-row-${p.reference}`}
                  >
                    <Table.Td>
                      <Code>{p.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Anchor
                        component={Link}
                        to={policyPath(p.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="policy-row-title"
                      >
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{KIND_LABEL[p.kind]}</Table.Td>
                    <Table.Td>
                      <PolicyStatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td fz="sm">
                      {p.current ? (
                        <>
                          <Text fz="sm">Version {p.current.number}</Text>
                          <Text fz="xs" c="dimmed">
                            since {formatDay(p.current.publishedAt)}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{p.owner?.fullName ?? <Text c="dimmed">No owner</Text>}</Table.Td>
                    <Table.Td fz="sm">{p.approverRole.name}</Table.Td>
                    <Table.Td>
                      <NextReview at={p.nextReviewAt} overdue={p.reviewOverdue} />
                    </Table.Td>
                    <Table.Td>
                      {p.pending ? (
                        <Anchor
                          component={Link}
                          to={versionPath(p.id, p.pending.id)}
                          onClick={(e) => e.stopPropagation()}
                          fz="sm"
                        >
                          <Group gap={6} wrap="nowrap">
                            <Text fz="sm" span>
                              v{p.pending.number}
                            </Text>
                            <VersionStatusBadge status={p.pending.status} testId="policy-row-pending" />
                          </Group>
                        </Anchor>
                      ) : (
                        <Text fz="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="policies-empty">
              {q || status || kind || overdue ? 'No policy matches these filters.' : 'No policies yet.'}
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
    </Page>
  );
}
