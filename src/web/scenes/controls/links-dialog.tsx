import { ActionIcon, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { notifyDone } from '../../components/problem';
import { controlsApi } from './controls-api';
import { CONTROL_LIMITS, ControlProblem, invalidateControls, type Control } from './shared';

type Picked = { id: string; label: string };

/** Searches the risk register as you type; a chosen risk is handed over and the field clears. */
function RiskSearch({ onPick, label, testId }: { onPick: (p: Picked) => void; label: string; testId: string }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['risks', 'pick', q],
    queryFn: () => call(api.GET('/api/risks', { params: { query: { q: q || undefined, limit: 20 } } })),
  });
  const data = (found.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` }));
  return (
    <Select
      searchable
      aria-label={label}
      placeholder={label}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No risk matches'}
      data={data}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id, option) => {
        if (id && option) onPick({ id, label: option.label });
        setSearch('');
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** The treatment actions of one risk, to pick one to link. */
function ActionPicker({ risk, onPick }: { risk: Picked; onPick: (p: Picked) => void }) {
  const q = useQuery({
    queryKey: ['risks', risk.id],
    queryFn: () => call(api.GET('/api/risks/{id}', { params: { path: { id: risk.id } } })),
  });
  const actions = q.data?.plan.actions ?? [];
  const ref = q.data?.reference ?? '';
  return (
    <Select
      aria-label={`An action of ${risk.label}`}
      placeholder={
        q.isPending ? 'Loading actions…' : actions.length ? `Choose an action of ${ref}` : `${ref} has no actions`
      }
      disabled={!q.isPending && actions.length === 0}
      data={actions.map((a) => ({ value: a.id, label: `${a.title} (${a.status.replace('_', ' ')})` }))}
      value={null}
      onChange={(id, option) => {
        if (id && option) onPick({ id, label: `${ref} · ${option.label}` });
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid="control-links-action-input"
    />
  );
}

function PickedList({
  items,
  empty,
  onRemove,
  testId,
}: {
  items: Picked[];
  empty: string;
  onRemove: (id: string) => void;
  testId: string;
}) {
  return (
    <Stack gap={4} data-testid={testId}>
      {items.length === 0 && (
        <Text fz="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.map((r) => (
        <Group key={r.id} gap="xs" justify="space-between" wrap="nowrap">
          <Text fz="sm" lineClamp={1}>
            {r.label}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Unlink ${r.label}`}
            onClick={() => onRemove(r.id)}
            data-testid={`${testId}-remove`}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

const add = (p: Picked) => (l: Picked[]) => (l.some((x) => x.id === p.id) ? l : [...l, p]);

/** Links the risks this control treats and the treatment actions that implement it (the ISM). */
export function ControlLinksModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const qc = useQueryClient();
  const [risks, setRisks] = useState<Picked[]>(
    control.risks.map((r) => ({ id: r.id, label: `${r.reference} ${r.title}` })),
  );
  const [actions, setActions] = useState<Picked[]>(
    control.riskActions.map((a) => ({ id: a.id, label: `${a.reference} · ${a.title}` })),
  );
  const [actionRisk, setActionRisk] = useState<Picked | null>(null);
  const save = useMutation({
    mutationFn: () =>
      controlsApi.setLinks(control.id, {
        version: control.version,
        riskIds: risks.map((r) => r.id),
        riskActionIds: actions.map((a) => a.id),
      }),
    onSuccess: (c) => {
      notifyDone(`Links of ${c.reference} saved`);
      qc.setQueryData(['controls', c.id], c);
      invalidateControls(qc);
      onClose();
    },
  });
  const full = risks.length >= CONTROL_LIMITS.linksMax;
  return (
    <Modal opened onClose={onClose} title={`Risks and actions of ${control.reference}`} size="lg">
      <Stack data-testid="control-links-dialog">
        <div>
          <Text fz="sm" fw={500} mb={4}>
            Risks treated by this control
          </Text>
          <PickedList
            items={risks}
            empty="No risk linked."
            onRemove={(id) => setRisks((l) => l.filter((x) => x.id !== id))}
            testId="control-links-risks"
          />
          {!full && (
            <RiskSearch
              label="Search risks by reference or title to link one"
              onPick={(p) => setRisks(add(p))}
              testId="control-links-risk-input"
            />
          )}
        </div>
        <div>
          <Text fz="sm" fw={500} mb={4}>
            Treatment actions that implement it
          </Text>
          <PickedList
            items={actions}
            empty="No action linked."
            onRemove={(id) => setActions((l) => l.filter((x) => x.id !== id))}
            testId="control-links-actions"
          />
          <Stack gap={6} mt="xs">
            <RiskSearch
              label="First find the risk whose action it is"
              onPick={setActionRisk}
              testId="control-links-action-risk-input"
            />
            {actionRisk && <ActionPicker key={actionRisk.id} risk={actionRisk} onPick={(p) => setActions(add(p))} />}
          </Stack>
        </div>
        <ControlProblem error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="control-links-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
