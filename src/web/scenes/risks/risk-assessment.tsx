import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Modal,
  SimpleGrid,
  Skeleton,
  Spoiler,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowRight, IconClipboardCheck, IconInfoCircle } from '@tabler/icons-react';
import { Suspense, useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime, formatDay } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { HistoryChart } from './charts.lazy';
import { AssessmentPreview, ScalePicker } from './scale-picker';
import {
  NextAssessment,
  RISK_LIMITS,
  ScoreBadge,
  invalidateRisks,
  stepLabel,
  type Risk,
  type RiskAssessment,
  type RiskMethod,
  type RiskScore,
  RiskProblem,
} from './shared';

/** Scores the risk before and after its current controls, with the method's own words for each step. */
function AssessModal({ risk, method, onClose }: { risk: Risk; method: RiskMethod; onClose: () => void }) {
  const qc = useQueryClient();
  // Start from the current scores when they still fit the method's scales.
  const fits = (v: number | undefined, steps: RiskMethod['likelihood']) =>
    v !== undefined && steps.some((s) => s.value === v) ? v : null;
  const [il, setIl] = useState(fits(risk.inherent?.likelihood, method.likelihood));
  const [ii, setIi] = useState(fits(risk.inherent?.impact, method.impact));
  const [rl, setRl] = useState(fits(risk.residual?.likelihood, method.likelihood));
  const [ri, setRi] = useState(fits(risk.residual?.impact, method.impact));
  const [rationale, setRationale] = useState('');
  const assess = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/risks/{id}/assess', {
          params: { path: { id: risk.id } },
          body: {
            version: risk.version,
            inherentLikelihood: il ?? 0,
            inherentImpact: ii ?? 0,
            residualLikelihood: rl ?? 0,
            residualImpact: ri ?? 0,
            rationale,
          },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${r.reference} assessed: residual ${r.residual?.score ?? ''} (${r.residual?.level.label ?? ''})`);
      invalidateRisks(qc);
      onClose();
    },
  });
  const complete = il !== null && ii !== null && rl !== null && ri !== null && rationale.trim() !== '';
  return (
    <Modal opened onClose={onClose} title={`Assess ${risk.reference}`} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (complete) assess.mutate();
        }}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            Score how likely the risk is and how much it would hurt, first without any controls (inherent), then with
            the controls in place today (residual). Method version {method.version}; score = likelihood × impact.
          </Text>
          <Divider label="Inherent risk — before controls" labelPosition="left" />
          <ScalePicker
            label="Likelihood"
            steps={method.likelihood}
            value={il}
            onChange={setIl}
            testId="assess-inherent-likelihood"
          />
          <ScalePicker
            label="Impact"
            steps={method.impact}
            value={ii}
            onChange={setIi}
            testId="assess-inherent-impact"
          />
          <Divider label="Residual risk — with the controls in place" labelPosition="left" />
          <ScalePicker
            label="Likelihood"
            steps={method.likelihood}
            value={rl}
            onChange={setRl}
            testId="assess-residual-likelihood"
          />
          <ScalePicker
            label="Impact"
            steps={method.impact}
            value={ri}
            onChange={setRi}
            testId="assess-residual-impact"
          />
          <AssessmentPreview method={method} inherent={{ l: il, i: ii }} residual={{ l: rl, i: ri }} />
          <Textarea
            label="Rationale"
            description="Why these scores: evidence, incidents, the controls counted for the residual risk"
            required
            autosize
            minRows={3}
            maxLength={RISK_LIMITS.textMax}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            error={fieldErrorOf(assess.error)('rationale')}
            data-testid="assess-rationale"
          />
          <RiskProblem error={assess.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={assess.isPending} disabled={!complete} data-testid="assess-submit">
              Record assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "Likely (4) × Major (4)" in the method's words. */
function ScoreWords({ score, method }: { score: RiskScore; method: RiskMethod | undefined }) {
  return (
    <Text fz="xs" c="dimmed">
      Likelihood {stepLabel(method?.likelihood, score.likelihood)} ({score.likelihood}) × impact{' '}
      {stepLabel(method?.impact, score.impact)} ({score.impact})
    </Text>
  );
}

/** The current assessment, its history as a chart and a list, and the Assess dialog. */
export function AssessmentCard({ risk, method }: { risk: Risk; method: RiskMethod | undefined }) {
  const [assessing, setAssessing] = useState(false);
  const history = useCursorPages<RiskAssessment>(['risks', risk.id, 'assessments'], (cursor) =>
    call(api.GET('/api/risks/{id}/assessments', { params: { path: { id: risk.id }, query: { limit: 50, cursor } } })),
  );
  const latest = history.items[0];
  const stale = method && risk.methodVersion !== null && risk.methodVersion !== method.version;
  return (
    <Card withBorder padding="lg" data-testid="risk-assessment">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Assessment
          </Title>
          {risk.can.assess && method && (
            <Button
              leftSection={<IconClipboardCheck size={16} />}
              onClick={() => setAssessing(true)}
              data-testid="risk-assess"
            >
              {risk.inherent ? 'Reassess' : 'Assess'}
            </Button>
          )}
        </Group>
        {risk.inherent && risk.residual ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'center' }}>
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  Inherent
                </Text>
                <ScoreBadge score={risk.inherent} method={method} size="lg" testId="risk-inherent" />
                <ScoreWords score={risk.inherent} method={method} />
              </Stack>
              <Group justify="center" visibleFrom="sm">
                <IconArrowRight size={24} opacity={0.5} />
              </Group>
              <Stack gap={4}>
                <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                  Residual
                </Text>
                <ScoreBadge score={risk.residual} method={method} size="lg" testId="risk-residual" />
                <ScoreWords score={risk.residual} method={method} />
              </Stack>
            </SimpleGrid>
            <Group gap="lg" wrap="wrap">
              <Text fz="sm">
                <Text span c="dimmed">
                  Assessed:{' '}
                </Text>
                {formatDay(risk.assessedAt)}
                {latest?.assessedBy ? ` by ${latest.assessedBy.fullName}` : ''}
                {latest?.assessedRoleName ? ` (${latest.assessedRoleName})` : ''}
              </Text>
              <Group gap={6}>
                <Text fz="sm" c="dimmed">
                  Next:
                </Text>
                <NextAssessment at={risk.nextAssessmentAt} overdue={risk.assessmentOverdue} />
              </Group>
              <Text fz="sm" c="dimmed">
                Method version {risk.methodVersion}
              </Text>
            </Group>
            {stale && (
              <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} data-testid="risk-method-stale">
                Assessed under method version {risk.methodVersion}; version {method.version} is in force now. Reassess
                to apply the current method.
              </Alert>
            )}
          </>
        ) : (
          <Text c="dimmed" data-testid="risk-unassessed">
            Not assessed yet. The risk owner or the ISM scores its likelihood and impact with the risk method.
          </Text>
        )}
        <ProblemAlert error={history.error} />
        {history.items.length > 0 && (
          <>
            <Divider label="History" labelPosition="left" />
            <Suspense fallback={<Skeleton h={220} />}>
              <HistoryChart items={history.items} method={method} />
            </Suspense>
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="xs" data-testid="assessment-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>By</Table.Th>
                    <Table.Th>Inherent</Table.Th>
                    <Table.Th>Residual</Table.Th>
                    <Table.Th>Rationale</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.items.map((a) => (
                    <Table.Tr key={a.id} data-testid="assessment-row">
                      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(a.assessedAt)}
                        <Text fz="xs" c="dimmed">
                          method v{a.methodVersion}
                        </Text>
                      </Table.Td>
                      <Table.Td fz="sm">
                        {a.assessedBy?.fullName ?? '—'}
                        {a.assessedRoleName && (
                          <Text fz="xs" c="dimmed">
                            {a.assessedRoleName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ScoreBadge score={a.inherent} method={method} size="sm" />
                      </Table.Td>
                      <Table.Td>
                        <ScoreBadge score={a.residual} method={method} size="sm" />
                      </Table.Td>
                      <Table.Td maw={360}>
                        <Spoiler maxHeight={44} showLabel="More" hideLabel="Less" fz="sm">
                          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {a.rationale}
                          </Text>
                        </Spoiler>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {history.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="subtle"
                  size="xs"
                  loading={history.isFetchingNextPage}
                  onClick={() => void history.fetchNextPage()}
                >
                  Older assessments
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      {assessing && method && <AssessModal risk={risk} method={method} onClose={() => setAssessing(false)} />}
    </Card>
  );
}
