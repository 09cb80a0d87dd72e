import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyDone } from '../../components/problem';
import { DecisionProblem, Field } from '../policies/shared';
import { PersonSelect } from '../people/pickers';
import { auditsApi } from './audits-api';
import { invalidateAudits, type Nonconformity } from './shared';

/** After a change: the answer replaces the cached page, lists refresh, and the dialog closes. */
export function useNcSaved(onDone: () => void, message: (n: Nonconformity) => string) {
  const qc = useQueryClient();
  return (n: Nonconformity) => {
    notifyDone(message(n));
    qc.setQueryData(['nonconformities', n.id], n);
    invalidateAudits(qc);
    onDone();
  };
}

/** Sets or clears the Nonconformity Owner in the ledger (the ISM). */
export function NcOwnerModal({ nc, onClose }: { nc: Nonconformity; onClose: () => void }) {
  const [personId, setPersonId] = useState<string | null>(nc.owner?.id ?? null);
  const save = useMutation({
    mutationFn: () => auditsApi.setNcOwner(nc.id, personId),
    onSuccess: useNcSaved(onClose, (n) => `Owner of ${n.reference} saved`),
  });
  return (
    <Modal opened onClose={onClose} title={`Owner of ${nc.reference}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        data-testid="nc-owner-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            The owner reacts to the nonconformity, finds its root cause and plans corrective actions.
          </Text>
          <PersonSelect
            label="Nonconformity Owner"
            placeholder="Nobody (the ISM)"
            value={personId}
            initialLabel={nc.owner?.fullName}
            onChange={setPersonId}
            comboboxProps={{ withinPortal: true }}
            data-testid="nc-owner-input"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={personId === (nc.owner?.id ?? null)}
              data-testid="nc-owner-save"
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The owner, with a button for the ISM to change them. */
export function OwnerField({ nc, onChange }: { nc: Nonconformity; onChange?: () => void }) {
  return (
    <Field label="Owner">
      <Group gap="xs">
        {nc.owner ? (
          <span data-testid="nc-owner">{nc.owner.fullName}</span>
        ) : (
          <Text fz="sm" c="orange" span data-testid="nc-owner">
            No owner
          </Text>
        )}
        {onChange && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconUserPlus size={12} />}
            onClick={onChange}
            data-testid="nc-owner-change"
          >
            {nc.owner ? 'Change' : 'Set owner'}
          </Button>
        )}
      </Group>
    </Field>
  );
}
