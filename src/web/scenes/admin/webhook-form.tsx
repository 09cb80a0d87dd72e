import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';

type Webhook = Schemas['Webhook'];

/** Offered in the events field; any trail action, or a prefix of one, may be typed. */
const EVENT_SUGGESTIONS = [
  '*',
  'assignment.*',
  'assignment.created',
  'assignment.acknowledged',
  'handover.*',
  'person.*',
  'people.imported',
  'role.*',
  'sod.*',
  'raci.*',
  'org_unit.*',
  'account.*',
  'settings.*',
  'webhook.*',
];

/** The signing secret, right after create or rotate: the only time anyone sees it. */
export function SecretOnce({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title="Copy the signing secret now" size="lg">
      <Stack>
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          Remit shows this secret only once and keeps it encrypted. Give it to the receiver, which uses it to check the{' '}
          <Code>x-remit-signature</Code> header of every request (see docs/WEBHOOKS.md). If it is lost, rotate it.
        </Alert>
        <Group wrap="nowrap" gap="xs" align="center">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="webhook-secret">
            {secret}
          </Code>
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
                data-testid="webhook-secret-copy"
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="webhook-secret-done">
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Create (editing null) or edit a subscription. */
export function WebhookForm({
  editing,
  opened,
  onClose,
  onSecret,
}: {
  editing: Webhook | null;
  opened: boolean;
  onClose: () => void;
  onSecret: (s: string) => void;
}) {
  const qc = useQueryClient();
  const [name, setName] = useState(editing?.name ?? '');
  const [url, setUrl] = useState(editing?.url ?? '');
  const [events, setEvents] = useState<string[]>(editing?.events ?? ['*']);
  const [active, setActive] = useState(editing?.active ?? true);
  const save = useMutation({
    mutationFn: async () => {
      if (!editing)
        return call(api.POST('/api/admin/webhooks', { body: { name, url, events, active } })).then((w) => w.secret);
      await call(
        api.PATCH('/api/admin/webhooks/{id}', {
          params: { path: { id: editing.id } },
          body: { version: editing.version, name, url, events, active },
        }),
      );
      return null;
    },
    onSuccess: (secret) => {
      void qc.invalidateQueries({ queryKey: ['webhooks'] });
      onClose();
      if (secret) onSecret(secret);
      else notifyDone(`${name} saved`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${editing.name}` : 'New webhook'} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            placeholder="SIEM"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            data-testid="webhook-name"
          />
          <TextInput
            label="URL"
            placeholder="https://siem.example.org/remit"
            description="https only; Remit refuses addresses in private, loopback and link-local networks"
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError('url')}
            data-testid="webhook-url"
          />
          <TagsInput
            label="Events"
            description="Trail actions such as assignment.created, a prefix such as assignment.*, or * for everything. Press Enter after each."
            data={EVENT_SUGGESTIONS}
            value={events}
            onChange={setEvents}
            clearable
            error={fieldError('events')}
            data-testid="webhook-events"
          />
          {editing && (
            <Switch
              label="Active: send events to this URL"
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          <ProblemAlert error={save.error} inlineFields={['name', 'url', 'events']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={events.length === 0} data-testid="webhook-submit">
              {editing ? 'Save' : 'Create webhook'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
