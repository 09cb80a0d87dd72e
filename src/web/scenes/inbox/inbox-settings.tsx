import { Alert, Button, Card, Chip, Group, Input, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconMailOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf, notifyDone, notifyError, ProblemAlert } from '../../components/problem';

const KEY = ['inbox-settings'];
const WEEKDAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 7, label: 'Sun' },
];

type Form = {
  reminderLeadDays: number;
  escalateAfterWorkingDays: number;
  workingDays: number[];
  digestHourUtc: number;
};

const sameDays = (a: number[], b: number[]) => [...a].sort().join() === [...b].sort().join();

/** Admin card: reminder lead time, escalation, working days and the digest hour; run the scan now. */
export function InboxSettingsCard() {
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => call(api.GET('/api/settings/inbox')) });
  const [form, setForm] = useState<Form | null>(null);
  useEffect(() => {
    if (settings.data) {
      const { reminderLeadDays, escalateAfterWorkingDays, workingDays, digestHourUtc } = settings.data;
      setForm({ reminderLeadDays, escalateAfterWorkingDays, workingDays, digestHourUtc });
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (f: Form) =>
      call(api.PATCH('/api/settings/inbox', { body: { version: settings.data?.version ?? 1, ...f } })),
    onSuccess: (s) => {
      qc.setQueryData(KEY, s);
      notifyDone('Reminder settings saved');
    },
  });
  const scan = useMutation({
    mutationFn: () => call(api.POST('/api/admin/jobs/run-scan')),
    onSuccess: () => notifyDone('Reminder scan queued; due reminders and escalations go out in a moment'),
    onError: notifyError,
  });
  const s = settings.data;
  const dirty =
    s !== undefined &&
    form !== null &&
    (form.reminderLeadDays !== s.reminderLeadDays ||
      form.escalateAfterWorkingDays !== s.escalateAfterWorkingDays ||
      form.digestHourUtc !== s.digestHourUtc ||
      !sameDays(form.workingDays, s.workingDays));
  const fieldError = fieldErrorOf(save.error);
  const set = (patch: Partial<Form>) => setForm((f) => (f ? { ...f, ...patch } : f));
  return (
    <Card withBorder padding="lg" maw={720} data-testid="inbox-settings">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (form) save.mutate(form);
        }}
      >
        <Stack>
          <div>
            <Title order={2} fz="lg">
              Reminders and escalation
            </Title>
            <Text fz="sm" c="dimmed">
              When people are reminded of their duties, when their manager and the ISM are told, and which days count as
              working days. A due date on a non-working day moves to the next working day.
            </Text>
          </div>
          {s && !s.mailEnabled && (
            <Alert variant="light" color="yellow" icon={<IconMailOff size={18} />} data-testid="inbox-mail-disabled">
              No mail server is configured (SMTP_URL), so reminders appear in Remit only and mails are recorded as
              skipped.
            </Alert>
          )}
          <ProblemAlert
            error={settings.error ?? save.error}
            inlineFields={['reminderLeadDays', 'escalateAfterWorkingDays', 'workingDays', 'digestHourUtc']}
          />
          {form && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label="Remind before due"
                  description="Working days"
                  min={0}
                  max={60}
                  clampBehavior="strict"
                  value={form.reminderLeadDays}
                  onChange={(v) => set({ reminderLeadDays: Number(v) || 0 })}
                  error={fieldError('reminderLeadDays')}
                  data-testid="inbox-lead-days"
                />
                <NumberInput
                  label="Escalate when overdue by"
                  description="Working days"
                  min={1}
                  max={60}
                  clampBehavior="strict"
                  value={form.escalateAfterWorkingDays}
                  onChange={(v) => set({ escalateAfterWorkingDays: Number(v) || 1 })}
                  error={fieldError('escalateAfterWorkingDays')}
                  data-testid="inbox-escalate-days"
                />
                <NumberInput
                  label="Daily digest at"
                  description="Hour of the day, UTC"
                  min={0}
                  max={23}
                  clampBehavior="strict"
                  value={form.digestHourUtc}
                  onChange={(v) => set({ digestHourUtc: Number(v) || 0 })}
                  error={fieldError('digestHourUtc')}
                  data-testid="inbox-digest-hour"
                />
              </SimpleGrid>
              <Input.Wrapper
                label="Working days"
                error={fieldError('workingDays') ?? (form.workingDays.length === 0 ? 'Choose at least one day' : null)}
              >
                <Chip.Group
                  multiple
                  value={form.workingDays.map(String)}
                  onChange={(v) => set({ workingDays: v.map(Number).sort() })}
                >
                  <Group gap="xs" mt={6} data-testid="inbox-working-days">
                    {WEEKDAYS.map((w) => (
                      <Chip key={w.day} value={String(w.day)} size="sm" data-testid={`inbox-day-${w.day}`}>
                        {w.label}
                      </Chip>
                    ))}
                  </Group>
                </Chip.Group>
              </Input.Wrapper>
            </>
          )}
          <Group justify="space-between">
            <Text fz="xs" c="dimmed">
              {s?.updatedAt
                ? `Last changed ${formatDateTime(s.updatedAt)} · version ${s.version}`
                : 'Defaults, never changed'}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => scan.mutate()}
                loading={scan.isPending}
                data-testid="inbox-run-scan"
              >
                Run reminder scan now
              </Button>
              <Button
                type="submit"
                disabled={!dirty || !form || form.workingDays.length === 0}
                loading={save.isPending}
                data-testid="inbox-settings-save"
              >
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
