import { Alert, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconMailOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { notifyDone, ProblemAlert } from '../../components/problem';

type EmailMode = Schemas['EmailMode'];
const PREFS_KEY = ['notification-prefs'];

const MODES: { value: EmailMode; label: string; describe: (s?: Schemas['InboxSettings']) => string }[] = [
  {
    value: 'digest',
    label: 'Daily digest',
    describe: (s) =>
      `One mail a day${s ? ` at ${String(s.digestHourUtc).padStart(2, '0')}:00 UTC` : ''} with your open duties and new notifications. Nothing is sent on days with nothing to report.`,
  },
  {
    value: 'immediate',
    label: 'Each reminder as it happens',
    describe: (s) =>
      `A mail when a duty is due soon${s ? ` (${s.reminderLeadDays} working days ahead)` : ''} and another when it is overdue.`,
  },
  {
    value: 'off',
    label: 'No mail',
    describe: () => 'You see everything in your inbox in Remit only.',
  },
];

/** The "Email notifications" card of the account page: how reminders reach you. */
export function NotificationPrefsCard() {
  const qc = useQueryClient();
  const prefs = useQuery({ queryKey: PREFS_KEY, queryFn: () => call(api.GET('/api/account/notifications')) });
  const rules = useQuery({ queryKey: ['inbox-settings'], queryFn: () => call(api.GET('/api/settings/inbox')) });
  const [mode, setMode] = useState<EmailMode>('digest');
  useEffect(() => {
    if (prefs.data) setMode(prefs.data.emailMode);
  }, [prefs.data]);
  const save = useMutation({
    mutationFn: () =>
      call(api.PUT('/api/account/notifications', { body: { version: prefs.data?.version ?? 1, emailMode: mode } })),
    onSuccess: (p) => {
      qc.setQueryData(PREFS_KEY, p);
      notifyDone('Notification settings saved');
    },
  });
  const s = rules.data;
  return (
    <Card withBorder padding="lg" data-testid="notification-prefs">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <div>
            <Title order={2} fz="lg">
              Email notifications
            </Title>
            <Text fz="sm" c="dimmed">
              How reminders about your duties reach you by mail. Escalations about overdue duties of people you manage
              always arrive.
            </Text>
          </div>
          {s && !s.mailEnabled && (
            <Alert variant="light" color="gray" icon={<IconMailOff size={18} />} data-testid="mail-disabled">
              This Remit server has no mail server configured yet; your choice applies once it has.
            </Alert>
          )}
          <ProblemAlert error={prefs.error ?? save.error} />
          <Radio.Group value={mode} onChange={(v) => setMode(v)} label="Send me" data-testid="email-mode">
            <Stack gap="sm" mt="xs">
              {MODES.map((m) => (
                <Radio
                  key={m.value}
                  value={m.value}
                  label={m.label}
                  description={m.describe(s)}
                  data-testid={`email-mode-${m.value}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {s && (
            <Text fz="xs" c="dimmed">
              Overdue duties are escalated to your manager and the Information Security Manager after{' '}
              {s.escalateAfterWorkingDays} working days.
            </Text>
          )}
          <Group justify="space-between">
            <Text fz="xs" c="dimmed">
              {prefs.data?.updatedAt ? `Last changed ${formatDateTime(prefs.data.updatedAt)}` : 'Default setting'}
            </Text>
            <Button
              type="submit"
              disabled={!prefs.data || mode === prefs.data.emailMode}
              loading={save.isPending}
              data-testid="notification-prefs-save"
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
