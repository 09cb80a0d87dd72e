import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { controlsApi } from './controls-api';
import { themeOptions } from './filters';
import { CONTROL_LIMITS, controlPath, invalidateControls, type ControlTheme } from './shared';

const FIELDS = ['code', 'title', 'description', 'theme'];

/** Adds a control of the organisation's own next to Annex A (the ISM); it starts undecided in the SoA. */
export function NewControlModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState<ControlTheme | null>(null);
  const save = useMutation({
    mutationFn: () =>
      controlsApi.create({
        code: code.trim(),
        title: title.trim(),
        description: description.trim(),
        theme: theme ?? 'organizational',
      }),
    onSuccess: (c) => {
      notifyDone(`${c.reference} added`);
      invalidateControls(qc);
      onClose();
      void navigate(controlPath(c.id));
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const ready = code.trim() !== '' && title.trim() !== '' && theme !== null;
  return (
    <Modal opened onClose={onClose} title="New custom control" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="control-new-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            A control of your own, for a requirement Annex A does not cover (a law, a contract, a customer). It starts
            undecided in the Statement of Applicability.
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label="Code"
              description="Shown as its reference, e.g. CUS-001"
              required
              maxLength={31}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError('code')}
              miw={180}
              data-testid="control-new-code"
            />
            <Select
              label="Theme"
              description="Where it sits in the SoA"
              required
              data={themeOptions}
              value={theme}
              onChange={(v) => setTheme(v)}
              error={fieldError('theme')}
              miw={180}
              comboboxProps={{ withinPortal: true }}
              data-testid="control-new-theme"
            />
          </Group>
          <TextInput
            label="Title"
            required
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="control-new-title"
          />
          <Textarea
            label="Description"
            description="What the control requires"
            autosize
            minRows={3}
            maxRows={10}
            maxLength={CONTROL_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="control-new-description"
          />
          <ProblemAlert error={save.error} inlineFields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="control-new-save">
              Add control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
