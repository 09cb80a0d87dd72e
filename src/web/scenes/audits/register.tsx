import { Anchor, Button, Card, Checkbox, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { useSetParams } from '../assets/filters';
import { formatDate } from '../controls/shared';
import { auditsApi, type AuditListQuery } from './audits-api';
import { AuditsPage } from './audits-nav';
import { SearchBox, oneOf } from './search-box';
import {
  AUDIT_STATUS,
  AUDIT_STATUSES,
  AuditProgress,
  AuditStatusBadge,
  FindingCounts,
  auditPath,
  type AuditSummary,
} from './shared';

const statusOptions = AUDIT_STATUSES.map((s) => ({ value: s, label: AUDIT_STATUS[s].label }));

function filtersFrom(params: URLSearchParams): AuditListQuery {
  const q = params.get('q')?.trim();
  return {
    status: oneOf(AUDIT_STATUSES, params.get('status')),
    q: q ? q.slice(0, 200) : undefined,
    mine: params.get('mine') === 'true' ? 'true' : undefined,
  };
}

function AuditFilters() {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const f = filtersFrom(params);
  const active = Boolean(f.status || f.q || f.mine);
  return (
    <Group gap="sm" wrap="wrap" data-testid="audits-filters">
      <SearchBox placeholder="Search reference or title" testId="audits-search" />
      <Select
        placeholder="Any status"
        aria-label="Filter by status"
        clearable
        value={f.status ?? null}
        onChange={(v) => setParams({ status: v })}
        data={statusOptions}
        w={170}
        data-testid="audits-filter-status"
      />
      <Checkbox
        label="On my team"
        checked={f.mine === 'true'}
        onChange={(e) => setParams({ mine: e.currentTarget.checked ? 'true' : null })}
        data-testid="audits-filter-mine"
      />
      {active && (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => setParams({ q: null, status: null, mine: null })}
          data-testid="audits-filters-clear"
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}

/** The audit register: every internal audit, its status, progress and findings. */
export function AuditRegisterScene() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const list = useCursorPages<AuditSummary>(['audits', 'list', filters], (cursor) => auditsApi.list(filters, cursor));
  const filtered = Boolean(filters.status || filters.q || filters.mine);
  return (
    <AuditsPage
      tab="audits"
      title="Internal audits"
      description="Audits of the ISMS against ISO/IEC 27001 and your own rules: scope, independent auditors, checklist, findings and the signed report (9.2)."
      actions={
        session.permissions.manageAudits && (
          <Button component={Link} to="/audits/new" leftSection={<IconPlus size={16} />} data-testid="audit-new">
            New audit
          </Button>
        )
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <AuditFilters />
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="audits-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Planned</Table.Th>
                  <Table.Th>Lead auditor</Table.Th>
                  <Table.Th>Progress</Table.Th>
                  <Table.Th>Findings</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((a) => (
                  <Table.Tr
                    key={a.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(auditPath(a.id))}
                    data-testid={`audit-row-${a.reference}`}
                  >
                    <Table.Td>
                      <Code style={{ whiteSpace: 'nowrap' }}>{a.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={340} miw={200}>
                      <Anchor
                        component={Link}
                        to={auditPath(a.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="audit-row-title"
                      >
                        {a.title}
                      </Anchor>
                      <Text fz="xs" c="dimmed">
                        {a.scopeCount} in scope
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <AuditStatusBadge status={a.status} size="sm" testId="audit-row-status" />
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(a.plannedStart)} – {formatDate(a.plannedEnd)}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {a.lead ? (
                        a.lead.fullName
                      ) : (
                        <Text fz="sm" c="orange" span>
                          Not assigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <AuditProgress progress={a.progress} />
                    </Table.Td>
                    <Table.Td>
                      <FindingCounts findings={a.findings} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="audits-empty">
              {filtered ? 'No audit matches these filters.' : 'No audit planned yet.'}
            </Text>
          )}
          {list.isPending && (
            <Text c="dimmed" ta="center" py="md">
              Loading…
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
    </AuditsPage>
  );
}
