import {
  Alert,
  Anchor,
  Card,
  Center,
  Code,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useSignedIn } from '../../session';
import { BackLink, Field } from '../policies/shared';
import { auditsApi } from './audits-api';
import { ActionsCard } from './nc-actions';
import { AnalysisCard } from './nc-analysis';
import { NcOwnerModal, OwnerField } from './nc-owner';
import { VerificationCard } from './nc-verify';
import {
  NC_SOURCE_LABELS,
  NC_STATUS,
  NcStatusBadge,
  SeverityBadge,
  auditPath,
  type Nonconformity,
  type NcStatus,
} from './shared';

const STEPS: NcStatus[] = ['open', 'action', 'verification', 'closed'];
const STEP_TEXT: Record<NcStatus, string> = {
  open: 'Correct it, find the root cause',
  action: 'Actions being carried out',
  verification: 'Were they effective?',
  closed: 'Verified effective',
};

/** Where the nonconformity stands: open → corrective action → awaiting verification → closed. */
function StatusStepper({ status }: { status: NcStatus }) {
  const at = STEPS.indexOf(status);
  return (
    <Card withBorder padding="md" data-testid="nc-stepper" data-status={status}>
      <Stepper active={status === 'closed' ? STEPS.length : at} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((s) => (
          <Stepper.Step key={s} label={NC_STATUS[s].label} description={STEP_TEXT[s]} data-testid={`nc-step-${s}`} />
        ))}
      </Stepper>
    </Card>
  );
}

function DetailsCard({ nc, onOwner }: { nc: Nonconformity; onOwner?: () => void }) {
  const { readControls, readIncidents } = useSignedIn().permissions;
  return (
    <Card withBorder padding="lg" h="100%" data-testid="nc-details">
      <Title order={2} fz="lg" mb="sm">
        Nonconformity
      </Title>
      <Stack gap="sm">
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="nc-description">
          {nc.description}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Field label="Source" testId="nc-source">
            {nc.audit ? (
              <Anchor component={Link} to={auditPath(nc.audit.id)} fz="sm" data-testid="nc-audit-link">
                {nc.audit.reference}
              </Anchor>
            ) : (
              NC_SOURCE_LABELS[nc.source]
            )}
            {nc.auditItem && (
              <Text fz="xs" c="dimmed">
                {nc.auditItem.code} {nc.auditItem.title}
              </Text>
            )}
            {nc.sourceNote && (
              <Text fz="xs" c="dimmed">
                {nc.sourceNote}
              </Text>
            )}
            {nc.incidents.map((i) => (
              <Text fz="xs" key={i.id} data-testid="nc-incident">
                {readIncidents ? (
                  <Anchor component={Link} to={`/incidents/${i.id}`} fz="xs">
                    {i.reference} {i.title}
                  </Anchor>
                ) : (
                  `${i.reference} ${i.title}`
                )}
              </Text>
            ))}
          </Field>
          <Field label="Requirement">
            {nc.clause && `Clause ${nc.clause.id} ${nc.clause.title}`}
            {nc.control &&
              (readControls ? (
                <Anchor component={Link} to={`/controls/${nc.control.id}`} fz="sm">
                  {nc.control.reference} {nc.control.title}
                </Anchor>
              ) : (
                `${nc.control.reference} ${nc.control.title}`
              ))}
            {!nc.clause && !nc.control && '—'}
          </Field>
          <Field label="Raised">
            {formatDateTime(nc.raisedAt)}
            <Text fz="xs" c="dimmed">
              by {nc.raisedBy.fullName} · {nc.ageDays} days {nc.status === 'closed' ? 'to close' : 'open'}
            </Text>
          </Field>
          <OwnerField nc={nc} onChange={onOwner} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** One nonconformity: what it is, its correction and root cause, corrective actions and verification. */
export function NcScene() {
  const { id = '' } = useParams();
  const [owner, setOwner] = useState(false);
  const q = useQuery({ queryKey: ['nonconformities', id], queryFn: () => auditsApi.nc(id) });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/nonconformities">Nonconformities</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const nc = q.data;
  return (
    <Page
      title={nc.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/nonconformities">Nonconformities</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="nc-reference">{nc.reference}</Code>
            <SeverityBadge severity={nc.severity} />
            <NcStatusBadge status={nc.status} />
          </Group>
        </Stack>
      }
    >
      <StatusStepper status={nc.status} />
      {nc.status === 'closed' && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Closed" data-testid="nc-closed">
          Corrective actions verified effective{nc.closedAt ? ` on ${formatDateTime(nc.closedAt)}` : ''}.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DetailsCard nc={nc} onOwner={nc.can.setOwner && nc.status !== 'closed' ? () => setOwner(true) : undefined} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <AnalysisCard key={nc.version} nc={nc} />
        </Grid.Col>
      </Grid>
      <ActionsCard nc={nc} />
      <VerificationCard nc={nc} />
      {owner && <NcOwnerModal nc={nc} onClose={() => setOwner(false)} />}
    </Page>
  );
}
