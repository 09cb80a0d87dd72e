import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconGavel, IconListCheck, IconPlus, IconUsersGroup, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';

type Rule = Schemas['SodRule'];
type RuleId = Schemas['SodRuleId'];
type Conflict = Schemas['SodConflict'];
type SodException = Schemas['SodException'];
type Status = Schemas['SodExceptionStatus'];

const STATUS_LABEL: Record<Status, string> = {
  requested: 'Awaiting decision',
  approved: 'Approved',
  rejected: 'Rejected',
  revoked: 'Revoked',
  expired: 'Expired',
};
const STATUS_COLOR: Record<Status, string> = {
  requested: 'yellow',
  approved: 'teal',
  rejected: 'red',
  revoked: 'gray',
  expired: 'gray',
};

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
/** An exception runs up to, not including, validTo: "until" names the last day it covers. */
const formatUntil = (iso: string) => formatDate(new Date(Date.parse(iso) - 1).toISOString());
/** Badges keep their whole label instead of an ellipsis when a table column is narrow. */
const WHOLE = { label: { overflow: 'visible' } } as const;
const today = () => new Date().toISOString().slice(0, 10);
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + n);
  return d.toISOString().slice(0, 10);
};
/** A local date as the instant it starts (from) or the instant the day after starts (to). */
const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayEnd = (day: string) => new Date(`${addDays(day, 1)}T00:00:00`).toISOString();

const daysLeft = (iso: string) => Math.ceil((new Date(iso).getTime() - Date.now()) / 86_400_000);

function StatusBadge({ x }: { x: SodException }) {
  const left = daysLeft(x.validTo);
  return (
    <Stack gap={2}>
      <Badge variant="light" color={STATUS_COLOR[x.status]} styles={WHOLE} data-testid="sodx-status">
        {x.inForce ? 'In force' : STATUS_LABEL[x.status]}
      </Badge>
      {(x.status === 'approved' || x.status === 'requested') && (
        <Text fz="xs" c={left <= 14 ? 'orange' : 'dimmed'}>
          {x.inForce ? `expires in ${left} day${left === 1 ? '' : 's'}` : `until ${formatUntil(x.validTo)}`}
        </Text>
      )}
    </Stack>
  );
}

function RulesTab() {
  const rules = useQuery({ queryKey: ['sod', 'rules'], queryFn: () => call(api.GET('/api/sod/rules')) });
  return (
    <Card withBorder padding={0}>
      <ProblemAlert error={rules.error} />
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" striped data-testid="sod-rules-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th>What it forbids</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Strength</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rules.data?.items ?? []).map((r) => (
              <Table.Tr key={r.id} data-testid={`sod-rule-${r.id}`}>
                <Table.Td miw={200}>
                  <Code>{r.id}</Code>
                  <Text fw={500} fz="sm" mt={4}>
                    {r.name}
                  </Text>
                  <Group gap={4} mt={4}>
                    {r.standing && (
                      <Badge size="xs" variant="light" color="indigo">
                        Standing conflicts checked
                      </Badge>
                    )}
                    {!r.exceptionsAllowed && (
                      <Badge size="xs" variant="light" color="gray">
                        No exceptions
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td fz="sm">{r.rule}</Table.Td>
                <Table.Td fz="xs" c="dimmed" maw={220}>
                  {r.source}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="outline"
                    color={r.strength === 'mandatory' ? 'red' : 'gray'}
                    size="sm"
                    radius="sm"
                    styles={{ label: { whiteSpace: 'normal' } }}
                    h="auto"
                  >
                    {r.strength}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

type Prefill = { ruleId: RuleId; person: { id: string; fullName: string } } | null;

function ConflictsTab({ onRequest }: { onRequest: (p: Prefill) => void }) {
  const s = useSignedIn();
  const [asOf, setAsOf] = useState('');
  const [ruleId, setRuleId] = useState<string | null>(null);
  const list = useCursorPages<Conflict>(['sod', 'conflicts', asOf, ruleId], (cursor) =>
    call(
      api.GET('/api/sod/conflicts', {
        params: {
          query: { limit: 50, cursor, asOf: asOf || undefined, ruleId: (ruleId as RuleId | null) ?? undefined },
        },
      }),
    ),
  );
  const side = (a: Conflict['first']) => (
    <Stack gap={0}>
      <Text fz="sm" fw={500}>
        {a.roleName}
        {a.kind === 'deputy' && (
          <Badge ml={6} size="xs" variant="outline">
            deputy
          </Badge>
        )}
      </Text>
      <Text fz="xs" c="dimmed">
        {a.scope.label} · since {formatDate(a.validFrom)}
      </Text>
    </Stack>
  );
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          type="date"
          label="As of"
          description="Empty: now"
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          data-testid="sod-conflicts-asof"
        />
        <Select
          label="Rule"
          placeholder="Every rule checked"
          clearable
          value={ruleId}
          onChange={setRuleId}
          data={[
            { value: 'SOD-01', label: 'SOD-01 Auditor independence' },
            { value: 'SOD-07', label: 'SOD-07 Developer ≠ production administrator' },
          ]}
          w={320}
        />
      </Group>
      <Card withBorder padding={0}>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="sod-conflicts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Holds</Table.Th>
                <Table.Th>and</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th>Status</Table.Th>
                {s.permissions.requestSodException && <Table.Th aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((c) => (
                <Table.Tr
                  key={`${c.ruleId}:${c.first.assignmentId}:${c.second.assignmentId}`}
                  data-testid="sod-conflict-row"
                >
                  <Table.Td fz="sm" fw={500}>
                    {c.person.fullName}
                  </Table.Td>
                  <Table.Td>
                    <Code>{c.ruleId}</Code>
                    <Text fz="xs" c="dimmed">
                      {c.ruleName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{side(c.first)}</Table.Td>
                  <Table.Td>{side(c.second)}</Table.Td>
                  <Table.Td fz="sm">{formatDate(c.since)}</Table.Td>
                  <Table.Td>
                    {c.exception ? (
                      <Stack gap={2}>
                        <Badge variant="light" color="teal" styles={WHOLE} data-testid="sod-conflict-status">
                          Excepted
                        </Badge>
                        <Text fz="xs" c="dimmed" data-testid="sod-conflict-until">
                          until {formatUntil(c.exception.validTo)} ({c.exception.reference})
                        </Text>
                      </Stack>
                    ) : (
                      <Badge variant="light" color="red" styles={WHOLE} data-testid="sod-conflict-status">
                        Open
                      </Badge>
                    )}
                  </Table.Td>
                  {s.permissions.requestSodException && (
                    <Table.Td>
                      {!c.exception && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => onRequest({ ruleId: c.ruleId, person: c.person })}
                          data-testid="sod-conflict-request"
                        >
                          Request exception
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg" data-testid="sod-no-conflicts">
            No standing conflicts{asOf ? ` on ${asOf}` : ''}.
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center" p="md">
            <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </Group>
        )}
      </Card>
    </Stack>
  );
}

function RequestExceptionModal({ prefill, onClose }: { prefill: Prefill | undefined; onClose: () => void }) {
  const qc = useQueryClient();
  const rules = useQuery({ queryKey: ['sod', 'rules'], queryFn: () => call(api.GET('/api/sod/rules')) });
  const [ruleId, setRuleId] = useState<string | null>(prefill?.ruleId ?? null);
  const [personId, setPersonId] = useState<string | null>(prefill?.person.id ?? null);
  const [search, setSearch] = useState(prefill?.person.fullName ?? '');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [justification, setJustification] = useState('');
  const [control, setControl] = useState('');
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 90));
  const people = useQuery({
    queryKey: ['sod', 'people', q],
    queryFn: () =>
      call(api.GET('/api/people', { params: { query: { q: q || undefined, status: 'active', limit: 20 } } })),
  });
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  if (prefill && !options.some((o) => o.value === prefill.person.id))
    options.unshift({ value: prefill.person.id, label: prefill.person.fullName });
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/sod/exceptions', {
          body: {
            ruleId: (ruleId ?? '') as RuleId,
            personId: personId ?? '',
            justification,
            compensatingControl: control,
            validFrom: from === today() ? new Date().toISOString() : dayStart(from),
            validTo: dayEnd(to),
          },
        }),
      ),
    onSuccess: (x) => {
      notifyDone(`${x.reference} requested; Top Management decides`);
      void qc.invalidateQueries({ queryKey: ['sod'] });
      onClose();
    },
  });
  const fieldError = fieldErrorOf(create.error);
  const ruleOptions = (rules.data?.items ?? [])
    .filter((r: Rule) => r.exceptionsAllowed)
    .map((r) => ({ value: r.id, label: `${r.id} ${r.name}` }));
  return (
    <Modal opened={prefill !== undefined} onClose={onClose} title="Request a segregation-of-duties exception" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            Where duties cannot be separated, Top Management may accept the conflict for a limited time if another
            control reduces the risk (ISO/IEC 27002 5.3).
          </Text>
          <Select
            label="Rule"
            required
            data={ruleOptions}
            value={ruleId}
            onChange={setRuleId}
            error={fieldError('ruleId')}
            data-testid="sodx-rule"
          />
          <Select
            label="Person it covers"
            required
            searchable
            data={options}
            value={personId}
            onChange={setPersonId}
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage="Nobody found"
            error={fieldError('personId')}
            data-testid="sodx-person"
          />
          <Textarea
            label="Justification"
            description="Why the duties cannot be separated"
            required
            autosize
            minRows={2}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={fieldError('justification')}
            data-testid="sodx-justification"
          />
          <Textarea
            label="Compensating control"
            description="What reduces the risk meanwhile, e.g. a monthly review of the logs by someone else"
            required
            autosize
            minRows={2}
            value={control}
            onChange={(e) => setControl(e.currentTarget.value)}
            error={fieldError('compensatingControl')}
            data-testid="sodx-control"
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Valid from"
              required
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={fieldError('validFrom')}
              data-testid="sodx-from"
            />
            <TextInput
              type="date"
              label="Valid until (end of day)"
              description="At most 365 days"
              required
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={fieldError('validTo')}
              data-testid="sodx-to"
            />
          </Group>
          <ProblemAlert
            error={create.error}
            inlineFields={['ruleId', 'personId', 'justification', 'compensatingControl', 'validFrom', 'validTo']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="sodx-submit">
              Request exception
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Decision = { x: SodException; verb: 'approve' | 'reject' | 'revoke' } | null;
const VERB_LABEL = { approve: 'Approve', reject: 'Reject', revoke: 'Revoke' } as const;

function DecisionModal({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (d: NonNullable<Decision>) => {
      const init = { params: { path: { id: d.x.id } }, body: { version: d.x.version, note } };
      if (d.verb === 'approve') return call(api.POST('/api/sod/exceptions/{id}/approve', init));
      if (d.verb === 'reject') return call(api.POST('/api/sod/exceptions/{id}/reject', init));
      return call(api.POST('/api/sod/exceptions/{id}/revoke', init));
    },
    onSuccess: (x) => {
      notifyDone(`${x.reference}: ${STATUS_LABEL[x.status].toLowerCase()}`);
      void qc.invalidateQueries({ queryKey: ['sod'] });
      setNote('');
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['sod'] });
    },
  });
  if (!decision) return null;
  const { x, verb } = decision;
  return (
    <Modal opened onClose={onClose} title={`${VERB_LABEL[verb]} ${x.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decide.mutate(decision);
        }}
      >
        <Stack>
          <Text fz="sm">
            <Code>{x.ruleId}</Code> {x.ruleName} for <b>{x.person.fullName}</b>, {formatDate(x.validFrom)} –{' '}
            {formatUntil(x.validTo)}.
          </Text>
          <div>
            <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
              Justification
            </Text>
            <Text fz="sm">{x.justification}</Text>
          </div>
          <div>
            <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
              Compensating control
            </Text>
            <Text fz="sm">{x.compensatingControl}</Text>
          </div>
          <Textarea
            label="Note"
            description="Recorded on the trail with your decision"
            required
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrorOf(decide.error)('note')}
            data-autofocus
            data-testid="sodx-note"
          />
          <ProblemAlert error={decide.error} inlineFields={['note']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={verb === 'approve' ? 'teal' : 'red'}
              loading={decide.isPending}
              data-testid="sodx-confirm"
            >
              {VERB_LABEL[verb]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ExceptionsTab({ onRequest }: { onRequest: (p: Prefill) => void }) {
  const s = useSignedIn();
  const [status, setStatus] = useState<string | null>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const list = useCursorPages<SodException>(['sod', 'exceptions', status], (cursor) =>
    call(
      api.GET('/api/sod/exceptions', {
        params: { query: { limit: 50, cursor, status: (status as Status | null) ?? undefined } },
      }),
    ),
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          value={status}
          onChange={setStatus}
          data={(Object.keys(STATUS_LABEL) as Status[]).map((k) => ({ value: k, label: STATUS_LABEL[k] }))}
          w={220}
          data-testid="sodx-filter-status"
        />
        {s.permissions.requestSodException && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => onRequest(null)} data-testid="sodx-request">
            Request exception
          </Button>
        )}
      </Group>
      <Card withBorder padding={0}>
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="sm" data-testid="sodx-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reference</Table.Th>
                <Table.Th>Rule and person</Table.Th>
                <Table.Th>Compensating control</Table.Th>
                <Table.Th>Valid</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Requested / decided</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((x) => (
                <Table.Tr key={x.id} data-testid={`sodx-row-${x.reference}`}>
                  <Table.Td>
                    <Code>{x.reference}</Code>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text fz="sm" fw={500}>
                      {x.person.fullName}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {x.ruleId} {x.ruleName}
                    </Text>
                    <Text fz="xs" lineClamp={2} title={x.justification}>
                      {x.justification}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="xs" maw={240}>
                    <Text fz="xs" lineClamp={3} title={x.compensatingControl}>
                      {x.compensatingControl}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(x.validFrom)} –<br />
                    {formatUntil(x.validTo)}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge x={x} />
                  </Table.Td>
                  <Table.Td fz="xs">
                    <Text fz="xs">
                      {x.requestedBy.fullName}, {formatDateTime(x.requestedAt)}
                    </Text>
                    {x.decidedBy && (
                      <Text fz="xs" c="dimmed" title={x.decisionNote ?? undefined}>
                        {STATUS_LABEL[x.status === 'expired' ? 'approved' : x.status]} by {x.decidedBy.fullName}
                        {x.decisionNote ? `: “${x.decisionNote}”` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" justify="flex-end">
                      {x.can.approve && (
                        <Button
                          size="compact-sm"
                          color="teal"
                          leftSection={<IconCheck size={14} />}
                          onClick={() => setDecision({ x, verb: 'approve' })}
                          data-testid="sodx-approve"
                        >
                          Approve
                        </Button>
                      )}
                      {x.can.reject && (
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="light"
                          leftSection={<IconX size={14} />}
                          onClick={() => setDecision({ x, verb: 'reject' })}
                          data-testid="sodx-reject"
                        >
                          Reject
                        </Button>
                      )}
                      {x.can.revoke && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setDecision({ x, verb: 'revoke' })}
                          data-testid="sodx-revoke"
                        >
                          Revoke
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            No exceptions{status ? ` with status “${STATUS_LABEL[status as Status]}”` : ''}.
          </Text>
        )}
        {list.hasNextPage && (
          <Group justify="center" p="md">
            <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </Group>
        )}
      </Card>
      <DecisionModal
        key={decision ? `${decision.x.id}:${decision.verb}` : 'none'}
        decision={decision}
        onClose={() => setDecision(null)}
      />
    </Stack>
  );
}

export function SodScene() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'conflicts';
  // undefined: closed; null: open with nothing filled in; otherwise filled from a conflict.
  const [prefill, setPrefill] = useState<Prefill | undefined>(undefined);
  const request = (p: Prefill) => setPrefill(p);
  return (
    <Page
      title="Segregation of duties"
      description="The rules Remit enforces when decisions are taken, the conflicts standing in today's assignments, and the time-limited exceptions Top Management approved."
    >
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rules" leftSection={<IconListCheck size={16} />} data-testid="sod-tab-rules">
            Rules
          </Tabs.Tab>
          <Tabs.Tab value="conflicts" leftSection={<IconUsersGroup size={16} />} data-testid="sod-tab-conflicts">
            Standing conflicts
          </Tabs.Tab>
          <Tabs.Tab value="exceptions" leftSection={<IconGavel size={16} />} data-testid="sod-tab-exceptions">
            Exceptions
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules" pt="md">
          <RulesTab />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts" pt="md">
          <ConflictsTab onRequest={request} />
        </Tabs.Panel>
        <Tabs.Panel value="exceptions" pt="md">
          <ExceptionsTab onRequest={request} />
        </Tabs.Panel>
      </Tabs>
      <RequestExceptionModal
        key={prefill === undefined ? 'closed' : `${prefill?.ruleId ?? ''}:${prefill?.person.id ?? ''}`}
        prefill={prefill}
        onClose={() => setPrefill(undefined)}
      />
    </Page>
  );
}
