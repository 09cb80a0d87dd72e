import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconCircleCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { MarkdownView } from '../../components/markdown-view';
import { formatDateTime, formatDay } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useMyPolicies } from './my-policies';
import { DecisionProblem, OverdueBadge, invalidatePolicies, type PolicyVersion } from './shared';
import { VersionAttachments } from './version-attachments';

type Result = Schemas['AcknowledgePolicyResult'];
type Quiz = NonNullable<PolicyVersion['quiz']>;

function Acknowledged({ at }: { at: string }) {
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={20} />}
      title="Acknowledged"
      data-testid="policy-acknowledged"
    >
      <Stack gap="sm" align="flex-start">
        <Text fz="sm">You acknowledged this version on {formatDateTime(at)}.</Text>
        <Button component={Link} to="/my/policies" variant="light" color="teal" data-testid="policy-back-to-list">
          Back to policies to read
        </Button>
      </Stack>
    </Alert>
  );
}

/** The quiz before acknowledging: every question answered, wrong ones marked after a failed try. */
function QuizForm({
  quiz,
  pending,
  result,
  onSubmit,
}: {
  quiz: Quiz;
  pending: boolean;
  result: Result | null;
  onSubmit: (answers: { questionId: string; option: number }[]) => void;
}) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  // A question stays marked wrong until its answer changes.
  const [wrong, setWrong] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (result && !result.acknowledged) setWrong(new Set(result.wrongQuestionIds));
  }, [result]);
  const complete = quiz.questions.every((q) => answers[q.id] !== undefined);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(quiz.questions.map((q) => ({ questionId: q.id, option: answers[q.id] ?? -1 })));
      }}
    >
      <Stack data-testid="policy-quiz">
        <div>
          <Title order={2} fz="lg">
            Check your understanding
          </Title>
          <Text fz="sm" c="dimmed">
            Answer {quiz.questions.length === 1 ? 'the question' : `all ${quiz.questions.length} questions`}; you need{' '}
            {quiz.passMark}% right. You can try again.
          </Text>
        </div>
        {result && !result.acknowledged && (
          <Alert
            color="red"
            variant="light"
            icon={<IconX size={18} />}
            title="Not passed yet"
            data-testid="quiz-failed"
          >
            You scored {result.scorePercent ?? 0}%; the pass mark is {result.passMark ?? quiz.passMark}%. The questions
            marked below were not right. Read the policy again and have another go.
          </Alert>
        )}
        {quiz.questions.map((q, i) => {
          const isWrong = wrong.has(q.id);
          return (
            <Paper
              key={q.id}
              withBorder
              p="md"
              radius="md"
              style={isWrong ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
              data-testid="quiz-question"
              data-wrong={isWrong ? 'true' : undefined}
            >
              <Radio.Group
                label={`${i + 1}. ${q.question}`}
                value={answers[q.id] === undefined ? null : String(answers[q.id])}
                onChange={(v) => {
                  setAnswers((a) => ({ ...a, [q.id]: Number(v) }));
                  setWrong((w) => {
                    const next = new Set(w);
                    next.delete(q.id);
                    return next;
                  });
                }}
                error={isWrong ? 'Not right: have another look' : undefined}
                styles={{ label: { fontWeight: 600, lineHeight: 1.4 } }}
              >
                <Stack gap="sm" mt="sm">
                  {q.options.map((o, oi) => (
                    <Radio key={oi} value={String(oi)} label={o} size="md" data-testid="quiz-option" />
                  ))}
                </Stack>
              </Radio.Group>
            </Paper>
          );
        })}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={pending}
          disabled={!complete}
          leftSection={<IconCircleCheck size={20} />}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          h="auto"
          mih={52}
          py="sm"
          data-testid="policy-acknowledge"
        >
          Submit answers and acknowledge
        </Button>
        {!complete && (
          <Text fz="xs" c="dimmed" ta="center">
            Answer every question to submit.
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** Reading a policy on any screen, then acknowledging it (with the quiz when it has one). */
export function ReadPolicyScene() {
  const { policyId = '', versionId = '' } = useParams();
  const qc = useQueryClient();
  const mine = useMyPolicies();
  const [result, setResult] = useState<Result | null>(null);
  const q = useQuery({
    queryKey: ['policies', policyId, 'version', versionId],
    queryFn: () =>
      call(api.GET('/api/policies/{id}/versions/{versionId}', { params: { path: { id: policyId, versionId } } })),
  });
  useEffect(() => {
    if (q.data) document.title = `${q.data.title} · Remit`;
  }, [q.data]);
  const ack = useMutation({
    mutationFn: (answers: { questionId: string; option: number }[]) =>
      call(
        api.POST('/api/policies/{id}/versions/{versionId}/acknowledge', {
          params: { path: { id: policyId, versionId } },
          body: { answers },
        }),
      ),
    onSuccess: (r) => {
      setResult(r);
      if (r.acknowledged) {
        invalidatePolicies(qc);
        window.scrollTo({ top: document.body.scrollHeight, behavior: 'smooth' });
      }
    },
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data) return <ProblemAlert error={q.error} />;
  const v = q.data;
  const item = [...(mine.data?.toRead ?? []), ...(mine.data?.acknowledged ?? [])].find((m) => m.versionId === v.id);
  const acknowledgedAt = result?.acknowledged ? result.acknowledgedAt : v.acknowledgedAt;
  return (
    <Stack gap="md" maw={820} mx="auto" data-testid="read-policy">
      <Button
        component={Link}
        to="/my/policies"
        variant="subtle"
        size="compact-sm"
        leftSection={<IconArrowLeft size={14} />}
        style={{ alignSelf: 'flex-start' }}
      >
        Policies to read
      </Button>
      <div>
        <Group gap={6} wrap="wrap" mb={6}>
          <Code>{v.policyReference}</Code>
          <Badge variant="light" size="sm">
            Version {v.number}
          </Badge>
          {acknowledgedAt && (
            <Badge color="teal" variant="light" size="sm" leftSection={<IconCircleCheck size={12} />}>
              Acknowledged
            </Badge>
          )}
        </Group>
        <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.25} data-testid="read-policy-title">
          {v.title}
        </Title>
        <Text fz="sm" c="dimmed" mt={4}>
          In force since {formatDay(v.publishedAt)}
          {v.approval ? ` · approved by ${v.approval.by.fullName} (${v.approval.roleName})` : ''}
        </Text>
        {item && !acknowledgedAt && (
          <Group gap={6} mt={6}>
            <Text fz="sm" c={item.overdue ? 'red' : undefined} fw={item.overdue ? 600 : undefined}>
              Please acknowledge by {formatDay(item.dueAt)}
            </Text>
            {item.overdue && <OverdueBadge />}
          </Group>
        )}
      </div>
      {v.changeSummary && v.number > 1 && (
        <Alert variant="light" color="blue" title="What changed in this version">
          {v.changeSummary}
        </Alert>
      )}
      <Card withBorder padding="lg" radius="md">
        <MarkdownView source={v.body} data-testid="read-policy-body" />
      </Card>
      {v.attachments.length > 0 && (
        <Card withBorder padding="md" radius="md">
          <Title order={2} fz="md" mb="xs">
            Attachments
          </Title>
          <VersionAttachments version={v} editable={false} />
        </Card>
      )}
      {acknowledgedAt ? (
        <Acknowledged at={acknowledgedAt} />
      ) : v.can.acknowledge ? (
        <Card withBorder padding="md" radius="md">
          {v.quiz ? (
            <QuizForm
              quiz={v.quiz}
              pending={ack.isPending}
              result={result}
              onSubmit={(answers) => ack.mutate(answers)}
            />
          ) : (
            <Stack gap="sm">
              <Text fz="sm">
                By acknowledging you confirm that you have read this policy, understood it, and will follow it.
              </Text>
              <Button
                size="lg"
                fullWidth
                leftSection={<IconCircleCheck size={22} />}
                loading={ack.isPending}
                onClick={() => ack.mutate([])}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                h="auto"
                mih={52}
                py="sm"
                data-testid="policy-acknowledge"
              >
                I have read and understood this policy
              </Button>
            </Stack>
          )}
          <DecisionProblem error={ack.error} />
        </Card>
      ) : (
        <Text fz="sm" c="dimmed" ta="center" data-testid="policy-no-ack-needed">
          {v.status === 'published'
            ? 'You are not asked to acknowledge this policy.'
            : 'This version is no longer in force, so it is not acknowledged any more.'}
        </Text>
      )}
    </Stack>
  );
}
