import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorOf } from '../../components/problem';
import { today } from '../controls/shared';
import { DecisionProblem } from '../policies/shared';
import { PersonSelect } from '../people/pickers';
import { auditsApi } from './audits-api';
import { useNcSaved } from './nc-owner';
import { AUDIT_LIMITS, type CorrectiveAction, type Nonconformity } from './shared';

export const CA_STATUS = {
  open: { label: 'Open', color: 'blue' },
  done: { label: 'Done', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
} as const;

/** Plans a corrective action, or changes one still open (the ISM or the NC owner). */
export function ActionModal({
  nc,
  action,
  onClose,
}: {
  nc: Nonconformity;
  action?: CorrectiveAction;
  onClose: () => void;
}) {
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [owner, setOwner] = useState<string | null>(action?.owner?.person.id ?? null);
  const save = useMutation({
    mutationFn: () => {
      const body = { title: title.trim(), description: description.trim(), dueDate, ownerPersonId: owner ?? '' };
      return action
        ? auditsApi.updateAction(nc.id, action.id, { ...body, version: action.version })
        : auditsApi.addAction(nc.id, body);
    },
    onSuccess: useNcSaved(onClose, (n) =>
      action ? `${action.reference} saved` : `Corrective action added to ${n.reference}`,
    ),
  });
  const fieldError = fieldErrorOf(save.error);
  const ready = title.trim() !== '' && dueDate !== '' && owner !== null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={action ? `Edit ${action.reference}` : `Corrective action for ${nc.reference}`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="ca-dialog"
      >
        <Stack>
          <TextInput
            label="Action"
            required
            maxLength={AUDIT_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="ca-title"
          />
          <Textarea
            label="Description"
            description="What is to be done to remove the root cause"
            autosize
            minRows={2}
            maxRows={8}
            maxLength={AUDIT_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="ca-description"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <PersonSelect
              label="Owner"
              required
              placeholder="Who carries it out"
              value={owner}
              initialLabel={action?.owner?.person.fullName}
              onChange={setOwner}
              error={fieldError('ownerPersonId')}
              comboboxProps={{ withinPortal: true }}
              data-testid="ca-owner"
            />
            <TextInput
              type="date"
              label="Due"
              required
              min={action ? undefined : today()}
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={fieldError('dueDate')}
              data-testid="ca-due"
            />
          </SimpleGrid>
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="ca-save">
              {action ? 'Save' : 'Add action'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Completes (its owner, with what was done) or cancels (with a reason) a corrective action. */
export function CloseActionModal({
  nc,
  action,
  kind,
  onClose,
}: {
  nc: Nonconformity;
  action: CorrectiveAction;
  kind: 'complete' | 'cancel';
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const complete = kind === 'complete';
  const save = useMutation({
    mutationFn: () =>
      complete
        ? auditsApi.completeAction(nc.id, action.id, text.trim(), action.version)
        : auditsApi.cancelAction(nc.id, action.id, text.trim(), action.version),
    onSuccess: useNcSaved(onClose, () => `${action.reference} ${complete ? 'completed' : 'cancelled'}`),
  });
  return (
    <Modal opened onClose={onClose} title={`${complete ? 'Complete' : 'Cancel'} ${action.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) save.mutate();
        }}
        data-testid={`ca-${kind}-dialog`}
      >
        <Stack>
          <Text fz="sm" fw={500}>
            {action.title}
          </Text>
          <Textarea
            label={complete ? 'What was done' : 'Reason'}
            description={complete ? 'Kept with the action; the verifier reads it' : undefined}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={AUDIT_LIMITS.textMax}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldErrorOf(save.error)(complete ? 'note' : 'reason')}
            data-testid={`ca-${kind}-text`}
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button
              type="submit"
              color={complete ? 'teal' : 'red'}
              loading={save.isPending}
              disabled={!text.trim()}
              data-testid={`ca-${kind}-confirm`}
            >
              {complete ? 'Mark done' : 'Cancel action'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
