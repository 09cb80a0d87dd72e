import {
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDownload, IconPencil, IconPlayerPause, IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { PersonSelect } from '../people/pickers';
import { WHOLE } from '../policies/shared';
import { useSetParams } from '../risks/filters';
import {
  AssetSelect,
  ENTITLEMENT_MAX,
  ReviewProblem,
  assetLabel,
  invalidateAccess,
  type ToxicConflict,
  type ToxicRule,
} from './shared';

type RuleBody = {
  name: string;
  description: string;
  leftAssetId: string;
  leftEntitlement: string;
  rightAssetId: string;
  rightEntitlement: string;
  active: boolean;
  version?: number;
};

const bodyOf = (r: ToxicRule): RuleBody => ({
  name: r.name,
  description: r.description,
  leftAssetId: r.left.asset.id,
  leftEntitlement: r.left.entitlement,
  rightAssetId: r.right.asset.id,
  rightEntitlement: r.right.entitlement,
  active: r.active,
  version: r.version,
});

function saveRule(rule: ToxicRule | null, body: RuleBody) {
  return rule
    ? call(api.PUT('/api/toxic-rules/{id}', { params: { path: { id: rule.id } }, body }))
    : call(api.POST('/api/toxic-rules', { body }));
}

/** Defines or changes a toxic combination: two entitlements (on the same or different systems) nobody may hold together. */
function RuleModal({ rule, onClose }: { rule: ToxicRule | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState(rule?.name ?? '');
  const [description, setDescription] = useState(rule?.description ?? '');
  const [leftAssetId, setLeftAssetId] = useState<string | null>(rule?.left.asset.id ?? null);
  const [leftEntitlement, setLeftEntitlement] = useState(rule?.left.entitlement ?? '');
  const [rightAssetId, setRightAssetId] = useState<string | null>(rule?.right.asset.id ?? null);
  const [rightEntitlement, setRightEntitlement] = useState(rule?.right.entitlement ?? '');
  const [active, setActive] = useState(rule?.active ?? true);
  const save = useMutation({
    mutationFn: () =>
      saveRule(rule, {
        name,
        description,
        leftAssetId: leftAssetId ?? '',
        leftEntitlement,
        rightAssetId: rightAssetId ?? '',
        rightEntitlement,
        active,
        version: rule?.version,
      }),
    onSuccess: (r) => {
      notifyDone(`${r.reference} saved`);
      invalidateAccess(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const pattern = "An entitlement name; end with '*' to match every name starting with what comes before it.";
  return (
    <Modal opened onClose={onClose} title={rule ? `Edit ${rule.reference}` : 'New toxic combination'} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            placeholder="Create a supplier and approve its payments"
            data-testid="toxic-name"
          />
          <Textarea
            label="Why they must not meet"
            autosize
            minRows={2}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            data-testid="toxic-description"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Card withBorder padding="sm">
              <Stack gap="xs">
                <Text fw={600} fz="sm">
                  One side
                </Text>
                <AssetSelect
                  label="System"
                  required
                  value={leftAssetId}
                  initialLabel={rule ? assetLabel(rule.left.asset) : undefined}
                  onChange={setLeftAssetId}
                  placeholder="Search systems"
                  error={fieldError('leftAssetId')}
                  data-testid="toxic-left-asset"
                />
                <TextInput
                  label="Entitlement"
                  required
                  maxLength={ENTITLEMENT_MAX}
                  description={pattern}
                  value={leftEntitlement}
                  onChange={(e) => setLeftEntitlement(e.currentTarget.value)}
                  error={fieldError('leftEntitlement')}
                  data-testid="toxic-left-entitlement"
                />
              </Stack>
            </Card>
            <Card withBorder padding="sm">
              <Stack gap="xs">
                <Text fw={600} fz="sm">
                  The other side
                </Text>
                <AssetSelect
                  label="System"
                  required
                  value={rightAssetId}
                  initialLabel={rule ? assetLabel(rule.right.asset) : undefined}
                  onChange={setRightAssetId}
                  placeholder="Search systems"
                  error={fieldError('rightAssetId')}
                  data-testid="toxic-right-asset"
                />
                <TextInput
                  label="Entitlement"
                  required
                  maxLength={ENTITLEMENT_MAX}
                  description={pattern}
                  value={rightEntitlement}
                  onChange={(e) => setRightEntitlement(e.currentTarget.value)}
                  error={fieldError('rightEntitlement')}
                  data-testid="toxic-right-entitlement"
                />
              </Stack>
            </Card>
          </SimpleGrid>
          <Switch
            label="Active: check who holds both sides now and flag them in access reviews"
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            data-testid="toxic-active"
          />
          <ReviewProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={
                !name.trim() || !leftAssetId || !rightAssetId || !leftEntitlement.trim() || !rightEntitlement.trim()
              }
              data-testid="toxic-save"
            >
              {rule ? 'Save' : 'Create'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Side({ side }: { side: ToxicRule['left'] }) {
  return (
    <Stack gap={0}>
      <Text fz="sm" ff="monospace">
        {side.entitlement}
      </Text>
      <Text fz="xs" c="dimmed">
        {side.asset.reference} · {side.asset.name}
      </Text>
    </Stack>
  );
}

function ToggleRule({ rule }: { rule: ToxicRule }) {
  const qc = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => saveRule(rule, { ...bodyOf(rule), active: !rule.active }),
    onSuccess: (r) => {
      notifyDone(`${r.reference} ${r.active ? 'active' : 'deactivated'}`);
      invalidateAccess(qc);
    },
    onError: () => invalidateAccess(qc),
  });
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={rule.active ? 'gray' : 'teal'}
      leftSection={rule.active ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
      loading={toggle.isPending}
      onClick={() => toggle.mutate()}
      data-testid="toxic-toggle"
    >
      {rule.active ? 'Deactivate' : 'Activate'}
    </Button>
  );
}

/** The people holding both sides of a combination now, for one rule or all. */
function Conflicts({
  ruleId,
  rule,
  onClearRule,
}: {
  ruleId: string | null;
  rule: ToxicRule | null;
  onClearRule: () => void;
}) {
  const [personId, setPersonId] = useState<string | null>(null);
  const query = { ruleId: ruleId ?? undefined, personId: personId ?? undefined };
  const list = useCursorPages<ToxicConflict>(['toxic-rules', 'conflicts', query], (cursor) =>
    call(api.GET('/api/toxic-rules/conflicts', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  const qs = new URLSearchParams();
  if (ruleId) qs.set('ruleId', ruleId);
  if (personId) qs.set('personId', personId);
  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Title order={2} fz="lg">
              Conflicts
            </Title>
            {rule && (
              <Badge
                variant="light"
                size="lg"
                styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
                rightSection={<CloseButton size="xs" aria-label="Every rule" onClick={onClearRule} />}
                data-testid="toxic-conflicts-rule"
              >
                {rule.reference} {rule.name}
              </Badge>
            )}
          </Group>
          <Group gap="sm">
            <PersonSelect
              placeholder="Any person"
              aria-label="Filter conflicts by person"
              value={personId}
              onChange={setPersonId}
              w={220}
              data-testid="toxic-conflicts-person"
            />
            <Button
              component="a"
              download
              href={`/api/toxic-rules/conflicts/export${qs.size ? `?${qs.toString()}` : ''}`}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="toxic-conflicts-export"
            >
              Export CSV
            </Button>
          </Group>
        </Group>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" data-testid="toxic-conflicts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Person</Table.Th>
                <Table.Th>Holds</Table.Th>
                <Table.Th>and also</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((c) => (
                <Table.Tr
                  key={`${c.rule.id}-${c.person.id}-${c.left.account}-${c.right.account}`}
                  data-testid="toxic-conflict-row"
                >
                  <Table.Td fz="sm">
                    <Code>{c.rule.reference}</Code> {c.rule.name}
                  </Table.Td>
                  <Table.Td fz="sm" fw={500}>
                    {c.person.fullName}
                  </Table.Td>
                  {[c.left, c.right].map((s, i) => (
                    <Table.Td key={i}>
                      <Text fz="sm" ff="monospace">
                        {s.entitlement}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {s.asset.reference} · account {s.account}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="toxic-conflicts-empty">
            Nobody holds both sides{rule ? ' of this combination' : ' of an active combination'}.
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

/** Toxic combinations: the rules with how many people hold both sides, and who they are. */
export function ToxicTab() {
  const session = useSignedIn();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const [editing, setEditing] = useState<ToxicRule | 'new' | null>(null);
  const rules = useQuery({ queryKey: ['toxic-rules', 'list'], queryFn: () => call(api.GET('/api/toxic-rules')) });
  const items = rules.data?.items ?? [];
  const ruleId = params.get('ruleId');
  const selected = items.find((r) => r.id === ruleId) ?? null;
  const manage = session.permissions.manageToxicRules;
  return (
    <Stack>
      <Card withBorder padding="lg">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Text fz="sm" c="dimmed" maw={760}>
              Pairs of entitlements one person must not hold together, such as creating suppliers and approving their
              payments. Access reviews flag every item in such a pair so its reviewer sees it.
            </Text>
            {manage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="toxic-new">
                New combination
              </Button>
            )}
          </Group>
          <ProblemAlert error={rules.error} />
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="toxic-rules-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>One side</Table.Th>
                  <Table.Th>The other side</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th ta="right">Conflicts</Table.Th>
                  {manage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr
                    key={r.id}
                    bg={ruleId === r.id ? 'var(--mantine-primary-color-light)' : undefined}
                    data-testid={`toxic-rule-${r.reference}`}
                  >
                    <Table.Td>
                      <Code>{r.reference}</Code>
                    </Table.Td>
                    <Table.Td fz="sm" fw={500} maw={260}>
                      {r.name}
                      {r.description && (
                        <Text fz="xs" c="dimmed" lineClamp={2}>
                          {r.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Side side={r.left} />
                    </Table.Td>
                    <Table.Td>
                      <Side side={r.right} />
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={r.active ? 'teal' : 'gray'}
                        styles={WHOLE}
                        data-testid="toxic-state"
                      >
                        {r.active ? 'Active' : 'Inactive'}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Anchor
                        component="button"
                        type="button"
                        fz="sm"
                        fw={700}
                        c={r.conflicts > 0 ? 'red' : undefined}
                        onClick={() => setParams({ ruleId: ruleId === r.id ? null : r.id })}
                        data-testid="toxic-conflicts-count"
                      >
                        {r.conflicts.toLocaleString()}
                      </Anchor>
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconPencil size={14} />}
                            onClick={() => setEditing(r)}
                            data-testid="toxic-edit"
                          >
                            Edit
                          </Button>
                          <ToggleRule rule={r} />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!rules.isPending && !rules.error && items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="toxic-rules-empty">
              No toxic combinations defined yet.
            </Text>
          )}
        </Stack>
      </Card>
      <Conflicts ruleId={ruleId} rule={selected} onClearRule={() => setParams({ ruleId: null })} />
      {editing && <RuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
