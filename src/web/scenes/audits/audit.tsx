import { Alert, Badge, Card, Center, Code, Grid, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCertificate, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { formatDate } from '../controls/shared';
import { BackLink, Field, WHOLE } from '../policies/shared';
import { AuditActions } from './audit-actions';
import { TeamCard } from './audit-team';
import { auditsApi } from './audits-api';
import { ChecklistCard } from './checklist';
import { AuditProgress, AuditStatusBadge, FindingCounts, SCOPE_TYPE_LABELS, scopeLabel, type Audit } from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function OverviewCard({ audit: a }: { audit: Audit }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="audit-overview">
      <Title order={2} fz="lg" mb="sm">
        Overview
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Field label="Planned" testId="audit-dates">
            {formatDate(a.plannedStart)} – {formatDate(a.plannedEnd)}
          </Field>
          <Field label="Started" testId="audit-started">
            {formatDateTime(a.startedAt)}
          </Field>
          <Field label="Progress">
            <AuditProgress progress={a.progress} />
          </Field>
        </SimpleGrid>
        <Field label="Objective" testId="audit-objective-text">
          <Text fz="sm" style={pre} c={a.objective ? undefined : 'dimmed'} span>
            {a.objective || 'Not stated.'}
          </Text>
        </Field>
        <Field label="Criteria" testId="audit-criteria-text">
          <Text fz="sm" style={pre} span>
            {a.criteria || '—'}
          </Text>
        </Field>
        <Field label="Findings">
          <FindingCounts findings={a.findings} />
        </Field>
      </Stack>
    </Card>
  );
}

function ScopeCard({ audit: a }: { audit: Audit }) {
  return (
    <Card withBorder padding="lg" data-testid="audit-scope">
      <Title order={2} fz="lg" mb="sm">
        Scope ({a.scope.length})
      </Title>
      <Group gap={6}>
        {a.scope.map((s) => (
          <Badge
            key={`${s.type}:${s.id}`}
            variant="light"
            color={s.type === 'control' ? 'indigo' : s.type === 'clause' ? 'cyan' : 'gray'}
            styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
            data-testid={`scope-item-${s.type === 'clause' || s.type === 'control' ? s.code : s.id}`}
          >
            {SCOPE_TYPE_LABELS[s.type]}: {scopeLabel(s)}
          </Badge>
        ))}
      </Group>
    </Card>
  );
}

/** The sign-off or the cancellation, once there is one. */
function Outcome({ audit: a }: { audit: Audit }) {
  if (a.signedOff)
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCertificate size={18} />}
        title="Signed off"
        data-testid="audit-signed-off"
      >
        <Text fz="sm">
          By {a.signedOff.by.fullName} as lead auditor, {formatDateTime(a.signedOff.at)}
        </Text>
        <Text fz="sm" mt={6} style={pre} data-testid="audit-conclusion">
          {a.conclusion}
        </Text>
      </Alert>
    );
  if (a.cancelled)
    return (
      <Alert color="gray" variant="light" icon={<IconX size={18} />} title="Cancelled" data-testid="audit-cancelled">
        <Text fz="sm">{formatDateTime(a.cancelled.at)}</Text>
        <Text fz="sm" mt={6} style={pre}>
          {a.cancelled.reason}
        </Text>
      </Alert>
    );
  return null;
}

/** One audit: overview, scope, team, actions and, once started, the checklist. */
export function AuditScene() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['audits', id], queryFn: () => auditsApi.get(id) });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/audits">Internal audits</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const a = q.data;
  return (
    <Page
      title={a.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/audits">Internal audits</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="audit-reference">{a.reference}</Code>
            <AuditStatusBadge status={a.status} />
            {a.lead && (
              <Badge variant="outline" color="indigo" styles={WHOLE} data-testid="audit-lead">
                Lead: {a.lead.fullName}
              </Badge>
            )}
          </Group>
        </Stack>
      }
      actions={<AuditActions audit={a} />}
    >
      <Outcome audit={a} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <OverviewCard audit={a} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TeamCard audit={a} />
        </Grid.Col>
      </Grid>
      <ScopeCard audit={a} />
      {a.status === 'planned' ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="checklist-not-started">
          The checklist is drawn up from the scope when the audit starts.
        </Alert>
      ) : (
        a.startedAt && <ChecklistCard audit={a} />
      )}
    </Page>
  );
}
