import { Alert, Anchor, Card, Center, Grid, Group, List, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCheck, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { MarkdownView } from '../../components/markdown-view';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { ApprovalRecord, BackLink, Field, VersionStatusBadge, plural, policyPath, type PolicyVersion } from './shared';
import { VersionActions } from './version-actions';
import { VersionAttachments } from './version-attachments';
import { VersionComments } from './version-comments';

type Quiz = Schemas['Quiz'];

/** The quiz as set: questions, options and, for those who may edit, the right answers. */
export function QuizSummary({ quiz }: { quiz: Quiz }) {
  return (
    <Stack gap="xs" data-testid="quiz-summary">
      <Text fz="sm">
        Readers answer {plural(quiz.questions.length, 'question')} and need {quiz.passMark}% right to acknowledge.
      </Text>
      <List type="ordered" spacing="xs">
        {quiz.questions.map((q) => (
          <List.Item key={q.id}>
            <Text fz="sm" fw={500}>
              {q.question}
            </Text>
            <List size="sm" withPadding listStyleType="lower-alpha" spacing={2}>
              {q.options.map((o, i) => (
                <List.Item key={i}>
                  <Group gap={4} wrap="nowrap" component="span">
                    <span>{o}</span>
                    {q.answer === i && (
                      <ThemeIcon size={16} radius="xl" color="teal" variant="light" aria-label="correct answer">
                        <IconCheck size={12} />
                      </ThemeIcon>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Where the version is in its life: who wrote it, who reviews and approves it, when it was published. */
function Lifecycle({ version: v }: { version: PolicyVersion }) {
  return (
    <Card withBorder padding="md" data-testid="version-lifecycle">
      <Stack gap="md">
        <Field label="Status">
          <VersionStatusBadge status={v.status} size="md" />
        </Field>
        <Field label="Authors" testId="version-authors">
          {v.authors.map((a) => a.fullName).join(', ') || '—'}
        </Field>
        <Field label="Last changed">{formatDateTime(v.updatedAt)}</Field>
        {v.submittedAt && (
          <Field label="Submitted">
            {formatDateTime(v.submittedAt)}
            {v.submittedBy ? ` by ${v.submittedBy.fullName}` : ''}
          </Field>
        )}
        {v.reviewers.length > 0 && (
          <Field label="Reviewers" testId="version-reviewers">
            <Stack gap={4} mt={2}>
              {v.reviewers.map((r) => (
                <Group key={r.person.id} gap={6} wrap="nowrap" data-testid="reviewer">
                  {r.reviewedAt ? (
                    <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-label="reviewed" />
                  ) : (
                    <IconClock size={16} color="var(--mantine-color-dimmed)" aria-label="not yet reviewed" />
                  )}
                  <Text fz="sm">{r.person.fullName}</Text>
                  <Text fz="xs" c="dimmed">
                    {r.reviewedAt ? `done ${formatDateTime(r.reviewedAt)}` : 'not done yet'}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Field>
        )}
        <Field label="Approver">{v.approverRole.name}</Field>
        {v.approval && (
          <Field label="Approval">
            <ApprovalRecord approval={v.approval} />
          </Field>
        )}
        {v.publishedAt && (
          <Field label="Published" testId="version-published">
            {formatDateTime(v.publishedAt)}
            {v.publishedBy ? ` by ${v.publishedBy.fullName}` : ''}
          </Field>
        )}
      </Stack>
    </Card>
  );
}

/** One version of a policy: its text, its place in the approval workflow, files, quiz and review comments. */
export function VersionScene() {
  const { id = '', versionId = '' } = useParams();
  const q = useQuery({
    queryKey: ['policies', id, 'version', versionId],
    queryFn: () => call(api.GET('/api/policies/{id}/versions/{versionId}', { params: { path: { id, versionId } } })),
  });
  const policy = useQuery({
    queryKey: ['policies', id],
    queryFn: () => call(api.GET('/api/policies/{id}', { params: { path: { id } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data) return <ProblemAlert error={q.error} />;
  const v = q.data;
  return (
    <Page
      title={`${v.title} · version ${v.number}`}
      description={
        <Stack gap={6} component="span">
          <BackLink to={policyPath(v.policyId)}>
            {v.policyReference} {policy.data ? policy.data.title : ''}
          </BackLink>
          <Group gap="xs" component="span">
            <VersionStatusBadge status={v.status} />
            {v.changeSummary && (
              <Text span fz="sm" c="dimmed">
                {v.changeSummary}
              </Text>
            )}
          </Group>
        </Stack>
      }
    >
      <VersionActions version={v} policy={policy.data} />
      {v.returned && v.status === 'draft' && (
        <Alert
          color="orange"
          variant="light"
          title={`Returned for changes by ${v.returned.by.fullName} on ${formatDateTime(v.returned.at)}`}
          data-testid="version-returned"
        >
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {v.returned.note}
          </Text>
        </Alert>
      )}
      {v.status === 'superseded' && policy.data?.current && (
        <Alert color="gray" variant="light" data-testid="version-superseded">
          This version is no longer in force.{' '}
          <Anchor component={Link} to={policyPath(v.policyId)} fz="sm">
            Version {policy.data.current.number} is.
          </Anchor>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder padding="lg">
              <Title order={1} fz={24} mb="md" data-testid="version-title">
                {v.title}
              </Title>
              <MarkdownView source={v.body} data-testid="version-body" />
            </Card>
            <Card withBorder padding="md">
              <Title order={3} fz="md" mb="xs">
                Attachments
              </Title>
              <VersionAttachments version={v} editable={v.can.edit} />
            </Card>
            <Card withBorder padding="md">
              <Title order={3} fz="md" mb="xs">
                Quiz
              </Title>
              {v.quiz ? (
                <QuizSummary quiz={v.quiz} />
              ) : (
                <Text fz="sm" c="dimmed" data-testid="quiz-none">
                  No quiz: readers acknowledge with one click.
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Lifecycle version={v} />
            <VersionComments version={v} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
