import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IconCheck,
  IconFilterOff,
  IconListCheck,
  IconPencil,
  IconSearch,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { plural } from '../policies/shared';
import { PersonPicker } from '../responsibilities/pickers';
import { DecisionModal, ReassignModal, type DecisionTarget, type ItemFilter } from './decision-dialogs';
import {
  DecisionBadge,
  OrphanedBadge,
  PrivilegedBadge,
  ReviewProblem,
  RoutedBadge,
  ToxicBadge,
  assetLabel,
  invalidateAccess,
  type AccessReview,
  type ReviewItem,
} from './shared';
import { LoadMore } from '../../components/load-more';

type Decision = 'undecided' | 'keep' | 'revoke' | 'modify';

const describe = (f: ItemFilter, assetName?: string) => {
  const parts = [
    assetName ? `system ${assetName}` : null,
    f.privileged ? 'privileged' : null,
    f.toxic ? 'toxic' : null,
    f.orphaned ? 'orphaned' : null,
    f.q ? `“${f.q}”` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no filter (all your undecided items)';
};

/** Keep in one click; revoke and modify ask why (and modify asks what the access becomes). */
function DecisionButtons({
  review,
  item,
  onAsk,
  onError,
}: {
  review: AccessReview;
  item: ReviewItem;
  onAsk: (t: DecisionTarget) => void;
  onError: (e: unknown) => void;
}) {
  const qc = useQueryClient();
  const keep = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-reviews/{id}/items/{entitlementId}/decision', {
          params: { path: { id: review.id, entitlementId: item.entitlementId } },
          body: { decision: 'keep', comment: '' },
        }),
      ),
    onSuccess: () => {
      onError(null);
      notifyDone(`Keep: ${item.account}`);
      invalidateAccess(qc);
    },
    onError,
  });
  const v = (d: ReviewItem['decision']) => (item.decision === d ? 'filled' : 'default');
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant={v('keep')}
        color="teal"
        leftSection={<IconCheck size={14} />}
        loading={keep.isPending}
        onClick={() => keep.mutate()}
        data-testid="item-keep"
      >
        Keep
      </Button>
      <Button
        size="compact-xs"
        variant={v('revoke')}
        color="red"
        leftSection={<IconX size={14} />}
        onClick={() => onAsk({ kind: 'one', item, decision: 'revoke' })}
        data-testid="item-revoke"
      >
        Revoke
      </Button>
      <Button
        size="compact-xs"
        variant={v('modify')}
        color="orange"
        leftSection={<IconPencil size={14} />}
        onClick={() => onAsk({ kind: 'one', item, decision: 'modify' })}
        data-testid="item-modify"
      >
        Modify
      </Button>
    </Group>
  );
}

function DecisionCell({ item }: { item: ReviewItem }) {
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <DecisionBadge decision={item.decision} />
        {item.modifyTo && (
          <Text fz="xs" ff="monospace" data-testid="item-modify-to">
            → {item.modifyTo}
          </Text>
        )}
      </Group>
      {item.decidedBy && (
        <Text fz="xs" c="dimmed">
          {item.decidedBy.fullName} · {formatDateTime(item.decidedAt)}
        </Text>
      )}
      {item.comment && (
        <Text fz="xs" fs="italic" lineClamp={2} title={item.comment} data-testid="item-comment">
          “{item.comment}”
        </Text>
      )}
    </Stack>
  );
}

/**
 * A campaign's items, filtered on the server: the caller's own (`mine`) or every item (the ISM and
 * auditors). Reviewers decide one at a time, the selected ones, or all that match the filter.
 */
export function ItemsPanel({ review, scope }: { review: AccessReview; scope: 'mine' | 'all' }) {
  const session = useSignedIn();
  const me = session.person.id;
  const open = review.status === 'open';
  const [assetId, setAssetId] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision | null>(scope === 'mine' && open ? 'undecided' : null);
  const [flags, setFlags] = useState<{ privileged?: boolean; toxic?: boolean; orphaned?: boolean }>({});
  const [reviewer, setReviewer] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState<DecisionTarget | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const [rowError, setRowError] = useState<unknown>(null);
  const [bulkResult, setBulkResult] = useState<{ decided: number; skipped: number } | null>(null);
  const flag = (b: boolean | undefined) => (b ? ('true' as const) : undefined);
  const filter: ItemFilter = {
    assetId: assetId ?? undefined,
    privileged: flag(flags.privileged),
    toxic: flag(flags.toxic),
    orphaned: flag(flags.orphaned),
    q: q || undefined,
  };
  const query = {
    ...filter,
    reviewer: scope === 'mine' ? 'me' : (reviewer ?? undefined),
    decision: decision ?? undefined,
  };
  const list = useCursorPages<ReviewItem>(['access-reviews', review.id, 'items', query], (cursor) =>
    call(
      api.GET('/api/access-reviews/{id}/items', {
        params: { path: { id: review.id }, query: { limit: 50, cursor, ...query } },
      }),
    ),
  );
  const canDecide = (i: ReviewItem) => open && i.reviewer?.id === me;
  const selectable = (i: ReviewItem) => canDecide(i) || (open && review.can.manage);
  const rows = list.items.filter(selectable);
  const allChosen = rows.length > 0 && rows.every((i) => selected.has(i.entitlementId));
  const ids = [...selected];
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const qc = useQueryClient();
  const keepSelected = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-reviews/{id}/items/decisions', {
          params: { path: { id: review.id } },
          body: { decision: 'keep', comment: '', entitlementIds: ids, filter: {} },
        }),
      ),
    onSuccess: (r) => {
      setRowError(null);
      setBulkResult(r);
      setSelected(new Set());
      notifyDone(`${plural(r.decided, 'item')} kept`);
      invalidateAccess(qc);
    },
    onError: setRowError,
  });
  const narrowed = !!(assetId || flags.privileged || flags.toxic || flags.orphaned || q || reviewer);
  const anyFilter = narrowed || !!decision;
  const assetName = review.assets.find((a) => a.id === assetId);
  const mineLeft = review.mine.total - review.mine.decided;
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group wrap="wrap" gap="sm" data-testid="items-filters">
          <TextInput
            placeholder="Search account, entitlement or holder"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            aria-label="Search items"
            style={{ flex: 1, minWidth: 220 }}
            data-testid="items-search"
          />
          <Select
            placeholder="Any system"
            aria-label="Filter by system"
            clearable
            searchable
            value={assetId}
            onChange={setAssetId}
            data={review.assets.map((a) => ({ value: a.id, label: assetLabel(a) }))}
            w={220}
            comboboxProps={{ width: 320, position: 'bottom-start' }}
            data-testid="items-filter-asset"
          />
          <Select
            placeholder="Any decision"
            aria-label="Filter by decision"
            clearable
            value={decision}
            onChange={(v) => setDecision(v)}
            data={[
              { value: 'undecided', label: 'Undecided' },
              { value: 'keep', label: 'Keep' },
              { value: 'revoke', label: 'Revoke' },
              { value: 'modify', label: 'Modify' },
            ]}
            w={150}
            data-testid="items-filter-decision"
          />
          {scope === 'all' && (
            <PersonPicker
              placeholder="Any reviewer"
              aria-label="Filter by reviewer"
              value={reviewer}
              onChange={setReviewer}
              w={200}
              comboboxProps={{ width: 320, position: 'bottom-start' }}
              data-testid="items-filter-reviewer"
            />
          )}
          {(['privileged', 'toxic', 'orphaned'] as const).map((k) => (
            <Checkbox
              key={k}
              label={k[0]!.toUpperCase() + k.slice(1)}
              checked={!!flags[k]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setFlags((f) => ({ ...f, [k]: on }));
              }}
              data-testid={`items-filter-${k}`}
            />
          ))}
          {anyFilter && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => {
                setAssetId(null);
                setDecision(null);
                setFlags({});
                setReviewer(null);
                setSearch('');
              }}
              data-testid="items-filters-clear"
            >
              Clear filters
            </Button>
          )}
        </Group>
        {open && (selected.size > 0 || (scope === 'mine' && mineLeft > 0)) && (
          <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)" data-testid="bulk-bar">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text fz="sm" fw={500} data-testid="bulk-selected">
                {selected.size > 0
                  ? `${plural(selected.size, 'item')} selected`
                  : 'Select items to decide them together'}
              </Text>
              <Group gap="xs" wrap="wrap">
                {selected.size > 0 && (
                  <>
                    <Button
                      size="xs"
                      color="teal"
                      leftSection={<IconCheck size={14} />}
                      loading={keepSelected.isPending}
                      onClick={() => keepSelected.mutate()}
                      data-testid="bulk-keep"
                    >
                      Keep selected
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      leftSection={<IconX size={14} />}
                      onClick={() => setAsking({ kind: 'selected', ids, decision: 'revoke' })}
                      data-testid="bulk-revoke"
                    >
                      Revoke selected
                    </Button>
                    {review.can.manage && (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconUserShare size={14} />}
                        onClick={() => setReassigning(true)}
                        data-testid="bulk-reassign"
                      >
                        Reassign selected
                      </Button>
                    )}
                  </>
                )}
                {scope === 'mine' && (
                  <Tooltip label="Every undecided item of yours that the filters above match" withArrow>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconListCheck size={14} />}
                      onClick={() =>
                        setAsking({
                          kind: 'filter',
                          filter,
                          description: describe(filter, assetName ? assetLabel(assetName) : undefined),
                        })
                      }
                      data-testid="bulk-filter-decide"
                    >
                      Decide all matching the filter
                    </Button>
                  </Tooltip>
                )}
              </Group>
            </Group>
          </Paper>
        )}
        {bulkResult && (
          <Alert
            color="teal"
            variant="light"
            withCloseButton
            onClose={() => setBulkResult(null)}
            data-testid="bulk-result"
          >
            {plural(bulkResult.decided, 'item')} decided
            {bulkResult.skipped > 0 ? `; ${bulkResult.skipped} matched but are not yours to decide` : ''}.
          </Alert>
        )}
        <ReviewProblem error={rowError ?? list.error} />
        <Table.ScrollContainer minWidth={scope === 'all' ? 980 : 860}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="items-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>
                  {open && rows.length > 0 && (
                    <Checkbox
                      aria-label="Select every item shown"
                      checked={allChosen}
                      indeterminate={!allChosen && rows.some((i) => selected.has(i.entitlementId))}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setSelected(on ? new Set(rows.map((i) => i.entitlementId)) : new Set());
                      }}
                      data-testid="items-select-all"
                    />
                  )}
                </Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Holder</Table.Th>
                <Table.Th>System</Table.Th>
                <Table.Th>Entitlement</Table.Th>
                {scope === 'all' && <Table.Th>Reviewer</Table.Th>}
                <Table.Th miw={230}>Decision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((i) => (
                <Table.Tr
                  key={i.entitlementId}
                  data-testid="review-item-row"
                  data-account={i.account}
                  data-entitlement={i.entitlement}
                  bg={selected.has(i.entitlementId) ? 'var(--mantine-primary-color-light)' : undefined}
                >
                  <Table.Td>
                    {selectable(i) && (
                      <Checkbox
                        aria-label={`Select ${i.account} ${i.entitlement}`}
                        checked={selected.has(i.entitlementId)}
                        onChange={(e) => toggle(i.entitlementId, e.currentTarget.checked)}
                        data-testid="item-select"
                      />
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }} data-testid="item-account">
                    {i.account}
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6} wrap="nowrap">
                      {i.person ? (
                        <span style={{ whiteSpace: 'nowrap' }} data-testid="item-holder">
                          {i.person.fullName}
                        </span>
                      ) : (
                        <OrphanedBadge />
                      )}
                      {i.routed && <RoutedBadge routed={i.routed} />}
                    </Group>
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Text fz="sm">{i.asset.name}</Text>
                    <Text fz="xs" c="dimmed">
                      {i.asset.reference}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6}>
                      <span data-testid="item-entitlement">{i.entitlement}</span>
                      {i.privileged && <PrivilegedBadge />}
                      {i.toxic && <ToxicBadge />}
                    </Group>
                  </Table.Td>
                  {scope === 'all' && (
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="item-reviewer">
                      {i.reviewer?.fullName ?? (
                        <Text c="orange" fz="sm">
                          Nobody
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>
                    {canDecide(i) ? (
                      <Stack gap={4}>
                        <DecisionButtons review={review} item={i} onAsk={setAsking} onError={setRowError} />
                        {i.decision && <DecisionCell item={i} />}
                      </Stack>
                    ) : (
                      <DecisionCell item={i} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="items-empty">
            {decision === 'undecided' && !narrowed
              ? scope === 'mine'
                ? 'Nothing left for you to decide.'
                : 'Every item is decided.'
              : 'No item matches these filters.'}
          </Text>
        )}
        <LoadMore list={list} />
      </Stack>
      {asking && (
        <DecisionModal
          reviewId={review.id}
          target={asking}
          onClose={() => setAsking(null)}
          onDone={(r) => {
            setRowError(null);
            if (asking.kind !== 'one') {
              setBulkResult(r);
              setSelected(new Set());
            }
          }}
        />
      )}
      {reassigning && (
        <ReassignModal
          reviewId={review.id}
          ids={ids}
          onClose={() => {
            setReassigning(false);
            setSelected(new Set());
          }}
        />
      )}
    </Card>
  );
}
