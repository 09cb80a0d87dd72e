import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { WHOLE, plural } from '../policies/shared';
import { useSetParams } from './filters';
import { RequestAccessModal } from './access-new';
import { ACCESS_STATUS, AccessStatusBadge, accessPath, type AccessRequest, type AccessRequestStatus } from './shared';
import { LoadMore } from '../../components/load-more';

type View = 'mine' | 'to_decide' | 'to_provision' | 'to_revoke' | 'all';

const VIEWS: { value: View; label: string; empty: string }[] = [
  { value: 'mine', label: 'My requests', empty: 'You have not asked for access yet, and nobody has for you.' },
  { value: 'to_decide', label: 'To decide', empty: 'No request waits for your decision.' },
  { value: 'to_provision', label: 'To provision', empty: 'No approved request waits for you to give access.' },
  { value: 'to_revoke', label: 'To revoke', empty: 'No access waits for you to take it away.' },
  { value: 'all', label: 'All', empty: 'No access request yet.' },
];

const STATUSES = Object.keys(ACCESS_STATUS) as AccessRequestStatus[];
const day = (d: string | null) => (d ? formatDay(`${d}T12:00:00Z`) : '—');

const Privileged = () => (
  <Badge size="xs" color="grape" variant="light" styles={WHOLE} data-testid="access-row-privileged">
    Privileged
  </Badge>
);

/** One request as a card, for phones. */
function RequestCard({ r }: { r: AccessRequest }) {
  return (
    <UnstyledButton component={Link} to={accessPath(r.id)} data-testid={`access-row-${r.reference}`}>
      <Card withBorder padding="sm">
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap">
            <Code>{r.reference}</Code>
            <AccessStatusBadge request={r} testId="access-row-status" />
          </Group>
          <Text fz="sm" fw={500} data-testid="access-row-asset">
            {r.asset.reference} {r.asset.name}
          </Text>
          <Group gap={6}>
            <Text fz="sm" data-testid="access-row-entitlement">
              {r.entitlement}
            </Text>
            {r.privileged && <Privileged />}
          </Group>
          <Text fz="xs" c="dimmed">
            For {r.beneficiary.fullName} · asked {formatDay(r.createdAt)}
            {r.until ? ` · until ${day(r.until)}` : ''}
          </Text>
        </Stack>
      </Card>
    </UnstyledButton>
  );
}

function RequestTable({ items }: { items: AccessRequest[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="access-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Asset</Table.Th>
            <Table.Th>For</Table.Th>
            <Table.Th>Entitlement</Table.Th>
            <Table.Th>Asked</Table.Th>
            <Table.Th>Until</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr
              key={r.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(accessPath(r.id))}
              data-testid={`access-row-${r.reference}`}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={accessPath(r.id)}
                  fz="sm"
                  ff="monospace"
                  onClick={(e) => e.stopPropagation()}
                  data-testid="access-row-link"
                >
                  {r.reference}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm" maw={280} data-testid="access-row-asset">
                {r.asset.reference} {r.asset.name}
              </Table.Td>
              <Table.Td fz="sm" data-testid="access-row-beneficiary">
                {r.beneficiary.fullName}
                {r.requester.id !== r.beneficiary.id && (
                  <Text fz="xs" c="dimmed">
                    asked by {r.requester.fullName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">
                <Group gap={6} wrap="nowrap">
                  <span data-testid="access-row-entitlement">{r.entitlement}</span>
                  {r.privileged && <Privileged />}
                </Group>
              </Table.Td>
              <Table.Td fz="sm">{formatDay(r.createdAt)}</Table.Td>
              <Table.Td fz="sm">{day(r.until)}</Table.Td>
              <Table.Td>
                <AccessStatusBadge request={r} testId="access-row-status" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Access requests (ISO/IEC 27001 A.5.18): yours, and those waiting for your decision, provisioning or revocation. */
export function AccessRequestsScene() {
  const session = useSignedIn();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const phone = useMediaQuery('(max-width: 48em)');
  const [requesting, setRequesting] = useState(false);
  const views = VIEWS.filter((v) => v.value !== 'all' || session.permissions.readAllAccessRequests);
  const asked = params.get('view') as View | null;
  const view: View = views.some((v) => v.value === asked) ? asked! : 'mine';
  const statusParam = params.get('status') as AccessRequestStatus | null;
  const status = statusParam && STATUSES.includes(statusParam) ? statusParam : undefined;
  const list = useCursorPages<AccessRequest>(['access-requests', 'list', view, status], (cursor) =>
    call(api.GET('/api/access-requests', { params: { query: { view, status, limit: 50, cursor } } })),
  );
  const current = views.find((v) => v.value === view)!;
  return (
    <Page
      title="Access requests"
      description="Who asked for access to what, who approved it, and who gave it and took it away (ISO/IEC 27001 A.5.15, A.5.18)."
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setRequesting(true)} data-testid="access-new">
          Request access
        </Button>
      }
    >
      <Tabs value={view} onChange={(v) => setParams({ view: v === 'mine' ? null : v })} keepMounted={false}>
        <Tabs.List data-testid="access-tabs">
          {views.map((v) => (
            <Tabs.Tab key={v.value} value={v.value} data-testid={`access-tab-${v.value}`}>
              {v.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Card withBorder padding={phone ? 'sm' : 'lg'}>
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Text fz="sm" c="dimmed" data-testid="access-count">
              {list.isPending
                ? 'Loading…'
                : `${plural(list.items.length, 'request')}${list.hasNextPage ? ' shown, more below' : ''}`}
            </Text>
            <Select
              placeholder="Any status"
              aria-label="Filter by status"
              clearable
              value={status ?? null}
              onChange={(v) => setParams({ status: v })}
              data={STATUSES.map((s) => ({ value: s, label: ACCESS_STATUS[s].label }))}
              w={{ base: '100%', xs: 180 }}
              data-testid="access-filter-status"
            />
          </Group>
          <ProblemAlert error={list.error} />
          {list.items.length > 0 &&
            (phone ? (
              <Stack gap="sm" data-testid="access-cards">
                {list.items.map((r) => (
                  <RequestCard key={r.id} r={r} />
                ))}
              </Stack>
            ) : (
              <RequestTable items={list.items} />
            ))}
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Stack align="center" gap="xs" py="md" data-testid="access-empty">
              <IconKey size={28} opacity={0.4} />
              <Text c="dimmed" ta="center">
                {status ? `No ${ACCESS_STATUS[status].label.toLowerCase()} request here.` : current.empty}
              </Text>
            </Stack>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
      {requesting && <RequestAccessModal onClose={() => setRequesting(false)} />}
    </Page>
  );
}
