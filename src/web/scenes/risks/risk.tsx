import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconArchive,
  IconArrowBackUp,
  IconFileTypePdf,
  IconPencil,
  IconUserPlus,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useSignedIn } from '../../session';
import { BackLink, Field, WHOLE } from '../policies/shared';
import { AcceptanceCard } from './risk-acceptance';
import { AssessmentCard } from './risk-assessment';
import { CloseRiskModal, EditRiskModal } from './risk-lifecycle';
import { AssignRiskOwnerModal } from './risk-owner';
import { TreatmentCard } from './risk-treatment';
import { RiskControlsCard } from './risk-controls';
import { UpdatesCard } from './risk-updates';
import { NextAssessment, OWNER_VIA, RiskStatusBadge, ScoreBadge, TREATMENT, useRiskMethod, type Risk } from './shared';

/** A block of free text with its label, or a dash when empty. */
function TextBlock({ label, text, testId }: { label: string; text: string; testId: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>
        {label}
      </Text>
      {text ? (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
          {text}
        </Text>
      ) : (
        <Text fz="sm" c="dimmed" data-testid={testId}>
          Not described yet.
        </Text>
      )}
    </div>
  );
}

function OwnerField({ risk, onAssign }: { risk: Risk; onAssign?: () => void }) {
  const o = risk.owner;
  return (
    <Field label="Risk Owner" testId="risk-owner">
      <Group gap="xs">
        {o ? (
          <Stack gap={0}>
            <span>{o.person.fullName}</span>
            <Text fz="xs" c="dimmed" data-testid="risk-owner-via">
              {OWNER_VIA[o.via]}
            </Text>
          </Stack>
        ) : (
          <Text fz="sm" c="orange">
            No owner
          </Text>
        )}
        {onAssign && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconUserPlus size={12} />}
            onClick={onAssign}
            data-testid="risk-assign-owner"
          >
            {o?.via === 'risk' ? 'Change' : 'Assign owner'}
          </Button>
        )}
      </Group>
    </Field>
  );
}

/** One risk: what it is, who owns it, how it scores, how it is treated and accepted, and its updates. */
export function RiskScene() {
  const { id = '' } = useParams();
  const session = useSignedIn();
  const method = useRiskMethod();
  const [dialog, setDialog] = useState<'edit' | 'owner' | 'close' | null>(null);
  const q = useQuery({
    queryKey: ['risks', id],
    queryFn: () => call(api.GET('/api/risks/{id}', { params: { path: { id } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/risks">Risk register</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const r = q.data;
  const m = method.data;
  const closed = r.status === 'closed';
  const accepted = r.acceptance?.state === 'in_force';
  const actions: ReactNode[] = [];
  if (r.can.edit && !closed)
    actions.push(
      <Button
        key="edit"
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={() => setDialog('edit')}
        data-testid="risk-edit"
      >
        Edit
      </Button>,
    );
  if (r.can.close)
    actions.push(
      closed ? (
        <Button
          key="reopen"
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={() => setDialog('close')}
          data-testid="risk-reopen"
        >
          Reopen
        </Button>
      ) : (
        <Button
          key="close"
          variant="default"
          color="red"
          leftSection={<IconArchive size={16} />}
          onClick={() => setDialog('close')}
          data-testid="risk-close"
        >
          Close
        </Button>
      ),
    );
  actions.push(
    <Button
      key="pdf"
      component="a"
      href={`/api/risks/${r.id}/treatment-plan.pdf`}
      variant="default"
      leftSection={<IconFileTypePdf size={16} />}
      data-testid="risk-pdf"
    >
      PDF
    </Button>,
  );
  return (
    <Page
      title={r.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/risks">Risk register</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="risk-reference">{r.reference}</Code>
            <RiskStatusBadge status={r.status} />
            {r.inherent && (
              <Badge variant="default" styles={WHOLE}>
                Inherent {r.inherent.score}
              </Badge>
            )}
            <ScoreBadge score={r.residual} method={m} testId="risk-level" empty="" />
            {r.treatmentOption && (
              <Badge variant="outline" color="gray" styles={WHOLE} data-testid="risk-treatment-option">
                {TREATMENT[r.treatmentOption].label}
              </Badge>
            )}
          </Group>
        </Stack>
      }
      actions={<Group gap="xs">{actions}</Group>}
    >
      {closed && (
        <Alert color="gray" title={`Closed on ${formatDay(r.closedAt)}`} data-testid="risk-closed">
          {r.closeReason}
        </Alert>
      )}
      {r.aboveAppetite && !closed && (
        <Alert
          color={accepted ? 'orange' : 'red'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={accepted ? 'Above the risk appetite, accepted' : 'Above the risk appetite'}
          data-testid="risk-above-appetite"
        >
          The residual score {r.residual?.score} is above the appetite
          {m ? ` (up to ${m.appetiteScore})` : ''}.
          {accepted && r.acceptance
            ? ` ${r.acceptance.acceptedBy.fullName} accepted it as ${r.acceptance.acceptedRoleName} until ${formatDay(r.acceptance.expiresAt)}.`
            : ' Treat it further, or Top Management must accept it.'}
        </Alert>
      )}
      {r.assessmentOverdue && !closed && (
        <Alert color="orange" variant="light" title="Assessment overdue" data-testid="risk-assessment-overdue">
          The next assessment was due on {formatDay(r.nextAssessmentAt)}.
        </Alert>
      )}
      <Card withBorder padding="lg" data-testid="risk-header">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <OwnerField
            risk={r}
            onAssign={session.permissions.manageAssignments && !closed ? () => setDialog('owner') : undefined}
          />
          <Field label="Org unit" testId="risk-org-unit">
            {r.orgUnit?.name ?? '—'}
          </Field>
          <Field label="Category" testId="risk-category">
            {r.category}
          </Field>
          <Field label="Next assessment">
            <NextAssessment at={closed ? null : r.nextAssessmentAt} overdue={r.assessmentOverdue} />
          </Field>
          <Field label="Inherent">
            <ScoreBadge score={r.inherent} method={m} testId="risk-header-inherent" />
          </Field>
          <Field label="Residual">
            <ScoreBadge score={r.residual} method={m} testId="risk-header-residual" />
          </Field>
          <Field label="Accepted until" testId="risk-accepted-until">
            {r.acceptedUntil ? formatDay(r.acceptedUntil) : '—'}
          </Field>
          <Field label="Identified">{formatDay(r.createdAt)}</Field>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg" data-testid="risk-details">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg">
            Details
          </Title>
          {r.can.edit && !closed && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} />}
              onClick={() => setDialog('edit')}
              data-testid="risk-details-edit"
            >
              Edit
            </Button>
          )}
        </Group>
        <Stack gap="md">
          <TextBlock label="Description" text={r.description} testId="risk-description" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <TextBlock label="Threat" text={r.threat} testId="risk-threat" />
            <TextBlock label="Vulnerability" text={r.vulnerability} testId="risk-vulnerability" />
          </SimpleGrid>
        </Stack>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <AssessmentCard risk={r} method={m} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <AcceptanceCard risk={r} method={m} />
            <UpdatesCard risk={r} />
          </Stack>
        </Grid.Col>
      </Grid>
      <TreatmentCard risk={r} />
      <RiskControlsCard risk={r} />
      {dialog === 'edit' && <EditRiskModal risk={r} onClose={() => setDialog(null)} />}
      {dialog === 'owner' && <AssignRiskOwnerModal risk={r} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <CloseRiskModal risk={r} onClose={() => setDialog(null)} />}
    </Page>
  );
}
