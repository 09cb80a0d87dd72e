import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlaneDeparture } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDay } from '../../components/page';
import { ProblemAlert, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';

/** "I am away": while absent, the deputies of your roles see your role duties and take your decisions. */
export function AbsenceCard() {
  const session = useSignedIn();
  const qc = useQueryClient();
  const id = session.person.id;
  const me = useQuery({
    queryKey: ['people', id],
    queryFn: () => call(api.GET('/api/people/{id}', { params: { path: { id } } })),
  });
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const save = useMutation({
    mutationFn: (clear: boolean) =>
      call(
        api.PUT('/api/people/{id}/absence', {
          params: { path: { id } },
          body: {
            version: me.data?.version ?? 1,
            from: clear || !from ? null : `${from}T00:00:00.000Z`,
            until: clear || !until ? null : `${until}T00:00:00.000Z`,
          },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(p.absentFrom ? 'Your absence is recorded; your deputies stand in' : 'Welcome back');
      setFrom('');
      setUntil('');
      void qc.invalidateQueries({ queryKey: ['people', id] });
    },
  });
  const p = me.data;
  if (!p) return null;
  return (
    <Card withBorder padding="lg" data-testid="absence-card">
      <Stack gap="sm">
        <Group gap="xs">
          <IconPlaneDeparture size={20} />
          <Title order={2} fz="lg">
            Away
          </Title>
        </Group>
        {p.absentFrom && p.absentUntil ? (
          <Group justify="space-between">
            <Text size="sm" data-testid="absence-current">
              You are away from {formatDay(p.absentFrom)} until {formatDay(p.absentUntil)}. Your deputies see your role
              duties and take your role decisions meanwhile.
            </Text>
            <Button variant="default" onClick={() => save.mutate(true)} loading={save.isPending}>
              I am back
            </Button>
          </Group>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              Going on leave? Say when, and the deputies of your roles stand in for you while you are away.
            </Text>
            <Group align="flex-end">
              <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
              <TextInput label="Back on" type="date" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
              <Button
                onClick={() => save.mutate(false)}
                loading={save.isPending}
                disabled={!from || !until}
                data-testid="absence-save"
              >
                Save
              </Button>
            </Group>
          </>
        )}
        <ProblemAlert error={save.error} />
      </Stack>
    </Card>
  );
}
