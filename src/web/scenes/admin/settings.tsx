import { Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime, Page } from '../../components/page';
import { notifyDone, ProblemAlert } from '../../components/problem';
import { SESSION_KEY } from '../../session';
import { InboxSettingsCard } from '../inbox/inbox-settings';

export function SettingsScene() {
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call(api.GET('/api/settings')) });
  const [organisationName, setOrg] = useState('');
  const [sessionBanner, setBanner] = useState('');
  useEffect(() => {
    if (settings.data) {
      setOrg(settings.data.organisationName);
      setBanner(settings.data.sessionBanner);
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/settings', { body: { version: settings.data?.version ?? 1, organisationName, sessionBanner } }),
      ),
    onSuccess: (s) => {
      qc.setQueryData(['settings'], s);
      void qc.invalidateQueries({ queryKey: SESSION_KEY });
      void qc.invalidateQueries({ queryKey: ['public-info'] });
      notifyDone('Settings saved');
    },
  });
  const dirty =
    settings.data !== undefined &&
    (organisationName !== settings.data.organisationName || sessionBanner !== settings.data.sessionBanner);
  return (
    <Page title="Settings" description="Organisation-wide settings. Every change is on the audit trail.">
      <Card withBorder padding="lg" maw={720}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack>
            <ProblemAlert error={settings.error ?? save.error} />
            <TextInput
              label="Organisation name"
              required
              value={organisationName}
              onChange={(e) => setOrg(e.currentTarget.value)}
              data-testid="settings-org"
            />
            <Textarea
              label="Sign-in notice"
              description="Shown on the sign-in page, e.g. an acceptable-use statement"
              autosize
              minRows={3}
              maxLength={2000}
              value={sessionBanner}
              onChange={(e) => setBanner(e.currentTarget.value)}
              data-testid="settings-banner"
            />
            <Group justify="space-between">
              <Text fz="xs" c="dimmed">
                {settings.data?.updatedAt
                  ? `Last changed ${formatDateTime(settings.data.updatedAt)} · version ${settings.data.version}`
                  : 'Defaults, never changed'}
              </Text>
              <Button
                type="submit"
                disabled={!dirty || !organisationName.trim()}
                loading={save.isPending}
                data-testid="settings-save"
              >
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <InboxSettingsCard />
    </Page>
  );
}
