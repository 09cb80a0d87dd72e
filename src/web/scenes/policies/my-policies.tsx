import { Alert, Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBook2, IconChecks, IconCircleCheck, IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { KIND_LABEL, OverdueBadge, WHOLE } from './shared';

type MyPolicy = Schemas['MyPolicy'];

export const readPath = (p: { policyId: string; versionId: string }) => `/my/policies/${p.policyId}/${p.versionId}`;

/** The person's own list: shared with the nav badge. */
export function useMyPolicies() {
  return useQuery({ queryKey: ['my-policies'], queryFn: () => call(api.GET('/api/my/policies')), staleTime: 60_000 });
}

function ToReadCard({ item }: { item: MyPolicy }) {
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      style={item.overdue ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
      data-testid={`my-policy-${item.reference}`}
    >
      <Stack gap="xs">
        <Group gap={6} wrap="wrap">
          <Code>{item.reference}</Code>
          <Badge variant="outline" color="gray" size="sm" styles={WHOLE}>
            {KIND_LABEL[item.kind]}
          </Badge>
          <Badge variant="light" size="sm" styles={WHOLE}>
            Version {item.number}
          </Badge>
          {item.hasQuiz && (
            <Badge variant="light" color="grape" size="sm" styles={WHOLE}>
              Short quiz
            </Badge>
          )}
        </Group>
        <Text fw={650} fz="lg" lh={1.3}>
          {item.title}
        </Text>
        {item.summary && (
          <Text fz="sm" c="dimmed" lineClamp={3}>
            {item.summary}
          </Text>
        )}
        {item.previouslyAcknowledged !== null && (
          <Alert variant="light" color="blue" p="xs" icon={<IconHistory size={16} />} data-testid="my-policy-changed">
            <Text fz="sm">Changed since you last acknowledged version {item.previouslyAcknowledged}.</Text>
            {item.changeSummary && (
              <Text fz="sm" mt={4}>
                <b>What changed:</b> {item.changeSummary}
              </Text>
            )}
          </Alert>
        )}
        {item.previouslyAcknowledged === null && item.changeSummary && item.number > 1 && (
          <Text fz="sm">
            <b>What changed:</b> {item.changeSummary}
          </Text>
        )}
        <Group gap={6} wrap="wrap">
          <Text
            fz="sm"
            c={item.overdue ? 'red' : undefined}
            fw={item.overdue ? 600 : undefined}
            data-testid="my-policy-due"
          >
            Please acknowledge by {formatDay(item.dueAt)}
          </Text>
          {item.overdue && <OverdueBadge testId="my-policy-overdue" />}
        </Group>
        <Button
          component={Link}
          to={readPath(item)}
          leftSection={<IconBook2 size={18} />}
          fullWidth
          size="md"
          data-testid="my-policy-read"
        >
          Read and acknowledge
        </Button>
      </Stack>
    </Card>
  );
}

function AcknowledgedCard({ item }: { item: MyPolicy }) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid={`my-policy-done-${item.reference}`}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <div style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Code>{item.reference}</Code>
            <Text fz="xs" c="dimmed">
              version {item.number}
            </Text>
          </Group>
          <Text fw={500} fz="sm" mt={2} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <Group gap={4} mt={2} wrap="nowrap">
            <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" style={{ flexShrink: 0 }} />
            <Text fz="xs" c="dimmed">
              Acknowledged {formatDay(item.acknowledgedAt)}
            </Text>
          </Group>
        </div>
        <Button
          component={Link}
          to={readPath(item)}
          variant="light"
          size="xs"
          style={{ flexShrink: 0 }}
          data-testid="my-policy-open"
        >
          Open
        </Button>
      </Group>
    </Card>
  );
}

/** "Policies to read": every person's list of policies in force to acknowledge, then those done. */
export function MyPoliciesScene() {
  const q = useMyPolicies();
  const d = q.data;
  return (
    <Page
      title="Policies to read"
      description="The policies that apply to you. Read each one and confirm you understood it; the organisation keeps your acknowledgement as evidence (ISO/IEC 27001 clause 7.3)."
    >
      <ProblemAlert error={q.error} />
      {d && d.toRead.length === 0 && (
        <Alert color="teal" variant="light" icon={<IconChecks size={18} />} data-testid="my-policies-all-done">
          You are up to date: nothing to read.
        </Alert>
      )}
      {d && d.toRead.length > 0 && (
        <Stack gap="sm" data-testid="my-policies-to-read">
          <Title order={2} fz="lg">
            To read ({d.toRead.length})
          </Title>
          {d.toRead.map((item) => (
            <ToReadCard key={item.versionId} item={item} />
          ))}
        </Stack>
      )}
      {d && d.acknowledged.length > 0 && (
        <Stack gap="xs" data-testid="my-policies-acknowledged">
          <Title order={2} fz="lg">
            Acknowledged
          </Title>
          {d.acknowledged.map((item) => (
            <AcknowledgedCard key={item.versionId} item={item} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
