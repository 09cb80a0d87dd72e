import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { controlsApi } from './controls-api';
import { statusOptions, themeOptions } from './filters';
import {
  CONTROL_LIMITS,
  ControlProblem,
  invalidateControls,
  type Control,
  type ControlTheme,
  type ImplementationStatus,
} from './shared';

const REASON_MAX = 500;

function useSaved(onClose: () => void, message: (c: Control) => string) {
  const qc = useQueryClient();
  return (c: Control) => {
    notifyDone(message(c));
    qc.setQueryData(['controls', c.id], c);
    invalidateControls(qc);
    onClose();
  };
}

/** Implementation status and how the control is implemented (the ISM or the control owner). */
export function ImplementationModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const [status, setStatus] = useState<ImplementationStatus>(control.status);
  const [note, setNote] = useState(control.implementationNote);
  const save = useMutation({
    mutationFn: () =>
      controlsApi.update(control.id, {
        version: control.version,
        ...(status !== control.status ? { status } : {}),
        implementationNote: note.trim(),
      }),
    onSuccess: useSaved(onClose, (c) => `Implementation of ${c.reference} saved`),
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Implementation of ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        data-testid="implementation-dialog"
      >
        <Stack>
          <Select
            label="Implementation status"
            data={statusOptions}
            value={status}
            onChange={(v) => v && setStatus(v)}
            allowDeselect={false}
            error={fieldError('status')}
            comboboxProps={{ withinPortal: true }}
            data-testid="implementation-status"
          />
          <Textarea
            label="How it is implemented"
            description="Procedures, tools and where the records are kept; auditors read this"
            autosize
            minRows={4}
            maxRows={14}
            maxLength={CONTROL_LIMITS.noteMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError('implementationNote')}
            data-testid="implementation-note"
          />
          <ControlProblem error={save.error} inlineFields={['status', 'implementationNote']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="implementation-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Title, theme and description of a custom control (the ISM). */
export function EditCustomControlModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const [title, setTitle] = useState(control.title);
  const [theme, setTheme] = useState<ControlTheme>(control.theme);
  const [description, setDescription] = useState(control.description);
  const save = useMutation({
    mutationFn: () =>
      controlsApi.update(control.id, {
        version: control.version,
        title: title.trim(),
        theme,
        description: description.trim(),
      }),
    onSuccess: useSaved(onClose, (c) => `${c.reference} saved`),
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Edit ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) save.mutate();
        }}
        data-testid="control-edit-dialog"
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="control-edit-title"
          />
          <Select
            label="Theme"
            data={themeOptions}
            value={theme}
            onChange={(v) => v && setTheme(v)}
            allowDeselect={false}
            error={fieldError('theme')}
            comboboxProps={{ withinPortal: true }}
            data-testid="control-edit-theme"
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            maxRows={12}
            maxLength={CONTROL_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="control-edit-description"
          />
          <ControlProblem error={save.error} inlineFields={['title', 'theme', 'description']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!title.trim()} data-testid="control-edit-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Sets (or ends) the owner of this control in the responsibility ledger, with the reason kept there (the ISM). */
export function ControlOwnerModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const held = control.owner?.via === 'control' ? control.owner.person : null;
  const [personId, setPersonId] = useState<string | null>(held?.id ?? null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => controlsApi.setOwner(control.id, { personId, reason: reason.trim() }),
    onSuccess: useSaved(onClose, (c) => `Owner of ${c.reference} saved`),
  });
  const fieldError = fieldErrorOf(save.error);
  const changed = personId !== (held?.id ?? null);
  return (
    <Modal opened onClose={onClose} title={`Owner of ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (changed && reason.trim()) save.mutate();
        }}
        data-testid="control-owner-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            The Control Owner is accountable for the control working: status, tasks and evidence. A change ends the
            current assignment in the responsibility ledger and opens a new one. Clear it to fall back to the Control
            Owner for the whole ISMS, if there is one.
          </Text>
          <PersonSelect
            label="Control Owner"
            placeholder={control.owner?.via === 'isms' ? `${control.owner.person.fullName} (ISMS-wide)` : 'Nobody'}
            value={personId}
            initialLabel={held?.fullName}
            onChange={setPersonId}
            error={fieldError('personId')}
            comboboxProps={{ withinPortal: true }}
            data-testid="control-owner-input"
          />
          <TextInput
            label="Reason"
            description="Kept in the ledger with the change"
            required
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            placeholder="e.g. Runs the backup platform"
            data-testid="control-owner-reason"
          />
          <ControlProblem error={save.error} inlineFields={['personId', 'reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!changed || !reason.trim()}
              data-testid="control-owner-save"
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Adds an implementer (a System Administrator for this control) in the ledger (the ISM). */
export function AddImplementerModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const [personId, setPersonId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => controlsApi.addImplementer(control.id, { personId: personId ?? '', reason: reason.trim() }),
    onSuccess: useSaved(onClose, (c) => `Implementer of ${c.reference} added`),
  });
  const fieldError = fieldErrorOf(save.error);
  const existing = new Set(control.implementers.map((p) => p.id));
  return (
    <Modal opened onClose={onClose} title={`Add an implementer to ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (personId) save.mutate();
        }}
        data-testid="implementer-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            Implementers operate the control: they receive its operational tasks in their inbox and may add evidence.
          </Text>
          <PersonSelect
            label="Person"
            required
            value={personId}
            onChange={setPersonId}
            error={
              fieldError('personId') ?? (personId && existing.has(personId) ? 'Already an implementer' : undefined)
            }
            comboboxProps={{ withinPortal: true }}
            data-testid="implementer-input"
          />
          <TextInput
            label="Reason"
            description="Kept in the ledger with the assignment"
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            data-testid="implementer-reason"
          />
          <ControlProblem error={save.error} inlineFields={['personId', 'reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!personId || existing.has(personId)}
              data-testid="implementer-save"
            >
              Add
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Ends one implementer's assignment (history stays in the ledger). */
export function RemoveImplementerModal({
  control,
  assignment,
  onClose,
}: {
  control: Control;
  assignment: Control['implementerAssignments'][number];
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: () => controlsApi.removeImplementer(control.id, assignment.assignmentId),
    onSuccess: () => {
      notifyDone(`${assignment.person.fullName} no longer implements ${control.reference}`);
      invalidateControls(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title="End this assignment?">
      <Stack>
        <Text fz="sm">
          {assignment.person.fullName} stops implementing {control.reference}. Their tasks go to the other implementers;
          the ledger keeps the history.
        </Text>
        <ControlProblem error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="implementer-remove-confirm"
          >
            End assignment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
