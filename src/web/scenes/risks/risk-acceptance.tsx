import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconGavel, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime, formatDay } from '../../components/page';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { WHOLE, plural } from '../policies/shared';
import {
  RISK_LIMITS,
  ScoreBadge,
  addMonthsDay,
  invalidateRisks,
  type Risk,
  type RiskAcceptance,
  type RiskMethod,
  RiskProblem,
} from './shared';

const STATE: Record<RiskAcceptance['state'], { label: string; color: string }> = {
  in_force: { label: 'In force', color: 'teal' },
  expired: { label: 'Expired', color: 'red' },
  revoked: { label: 'Revoked', color: 'gray' },
  superseded: { label: 'Superseded', color: 'gray' },
};

/** Who may accept this risk's residual score, in a sentence. */
const whoAccepts = (risk: Risk) =>
  risk.aboveAppetite
    ? 'The residual risk is above the appetite, so Top Management must accept it; the risk owner may not.'
    : `The residual risk is within the appetite, so its Risk Owner${risk.owner ? ` (${risk.owner.person.fullName})` : ''} accepts it.`;

/** Records that the residual risk is accepted until a date, with the reasons. */
function AcceptModal({ risk, method, onClose }: { risk: Risk; method: RiskMethod; onClose: () => void }) {
  const qc = useQueryClient();
  const session = useSignedIn();
  // The server counts in UTC: the acceptance ends after today and at most the method's months on.
  const utcToday = new Date().toISOString().slice(0, 10);
  const min = new Date(Date.parse(`${utcToday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const max = addMonthsDay(utcToday, method.acceptanceMaxMonths);
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState(max);
  const accept = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/risks/{id}/accept', {
          params: { path: { id: risk.id } },
          body: { version: risk.version, justification, expiresOn },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`Residual risk of ${r.reference} accepted until ${formatDay(`${expiresOn}T12:00:00Z`)}`);
      invalidateRisks(qc);
      onClose();
    },
  });
  const dateError =
    expiresOn && (expiresOn < min || expiresOn > max)
      ? `Between tomorrow and ${formatDay(`${max}T12:00:00Z`)} (at most ${plural(method.acceptanceMaxMonths, 'month')})`
      : fieldErrorOf(accept.error)('expiresOn');
  const isOwner = risk.owner?.person.id === session.person.id;
  return (
    <Modal opened onClose={onClose} title={`Accept the residual risk of ${risk.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!dateError) accept.mutate();
        }}
      >
        <Stack>
          <Group gap="sm">
            <Text fz="sm">Residual risk:</Text>
            <ScoreBadge score={risk.residual} method={method} />
            <Text fz="sm" c="dimmed">
              appetite up to {method.appetiteScore}
            </Text>
          </Group>
          {risk.aboveAppetite ? (
            <Alert
              color={risk.can.accept ? 'orange' : 'red'}
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={
                risk.can.accept ? 'Above the risk appetite' : 'Above the risk appetite: Top Management must accept it'
              }
              data-testid="accept-above-appetite"
            >
              {risk.can.accept
                ? 'A residual risk above the appetite is accepted by Top Management; you accept it as Top Management (ISO/IEC 27001 6.1.3 f).'
                : isOwner
                  ? 'You own this risk, but a residual risk above the appetite is accepted by Top Management, not by its owner (ISO/IEC 27001 6.1.3 f, rule SOD-09). Treat it further, or ask Top Management to accept it.'
                  : 'Only Top Management may accept a residual risk above the appetite (rule SOD-09); submitting will be refused.'}
            </Alert>
          ) : risk.can.accept ? (
            <Text fz="sm" c="dimmed">
              {whoAccepts(risk)}
            </Text>
          ) : (
            <Alert
              color="orange"
              variant="light"
              icon={<IconShieldLock size={18} />}
              title="You may not accept this risk"
              data-testid="accept-not-allowed"
            >
              {whoAccepts(risk)} Submitting will be refused by segregation of duties (SOD-09).
            </Alert>
          )}
          <Textarea
            label="Justification"
            description="Why this level of risk is acceptable, and on what conditions"
            required
            autosize
            minRows={3}
            maxLength={RISK_LIMITS.textMax}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={fieldErrorOf(accept.error)('justification')}
            data-testid="accept-justification"
          />
          <TextInput
            label="Accepted until"
            description={`The last day the acceptance holds; at most ${plural(method.acceptanceMaxMonths, 'month')} from today (method version ${method.version})`}
            type="date"
            required
            min={min}
            max={max}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={dateError}
            w={{ base: '100%', sm: 280 }}
            data-testid="accept-expires"
          />
          <RiskProblem error={accept.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color="teal"
              leftSection={<IconGavel size={16} />}
              loading={accept.isPending}
              disabled={!justification.trim() || !expiresOn || Boolean(dateError)}
              data-testid="accept-submit"
            >
              Accept residual risk
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The latest acceptance of the residual risk, and the way to record a new one. */
export function AcceptanceCard({ risk, method }: { risk: Risk; method: RiskMethod | undefined }) {
  const session = useSignedIn();
  const [accepting, setAccepting] = useState(false);
  const a = risk.acceptance;
  const isOwner = risk.owner?.person.id === session.person.id;
  const inForce = a?.state === 'in_force';
  // Offer the decision to whoever may take it, and to the owner of an unaccepted risk above appetite
  // so the dialog can say why Top Management decides.
  const offer = risk.residual !== null && risk.status !== 'closed' && (risk.can.accept || (isOwner && !inForce));
  return (
    <Card withBorder padding="lg" data-testid="risk-acceptance">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Acceptance
          </Title>
          {a && (
            <Badge color={STATE[a.state].color} variant="light" styles={WHOLE} data-testid="acceptance-state">
              {STATE[a.state].label}
            </Badge>
          )}
        </Group>
        {a ? (
          <Stack gap={6} data-testid="acceptance">
            <Text fz="sm">
              Accepted by <b>{a.acceptedBy.fullName}</b> as {a.acceptedRoleName}
            </Text>
            <Text fz="xs" c="dimmed">
              {formatDateTime(a.acceptedAt)} · residual {a.residualScore} ({a.levelLabel})
              {a.aboveAppetite ? ', above appetite' : ''}
            </Text>
            <Text fz="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }} data-testid="acceptance-justification">
              “{a.justification}”
            </Text>
            <Text
              fz="sm"
              c={a.state === 'expired' ? 'red' : undefined}
              fw={a.state === 'expired' ? 600 : undefined}
              data-testid="acceptance-expires"
            >
              {a.state === 'expired' ? 'Expired' : 'Holds until'} {formatDay(a.expiresAt)}
            </Text>
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed" data-testid="acceptance-none">
            {risk.residual
              ? 'The residual risk has not been accepted.'
              : 'Assess the risk before its residual risk can be accepted.'}
          </Text>
        )}
        {risk.residual && risk.status !== 'closed' && (
          <Text fz="xs" c={risk.aboveAppetite && !inForce ? 'red' : 'dimmed'} data-testid="acceptance-who">
            {whoAccepts(risk)}
          </Text>
        )}
        {offer && method && (
          <Button
            variant={inForce ? 'light' : 'filled'}
            color="teal"
            leftSection={<IconGavel size={16} />}
            onClick={() => setAccepting(true)}
            data-testid="risk-accept"
          >
            {inForce ? 'Renew acceptance' : 'Accept residual risk'}
          </Button>
        )}
      </Stack>
      {accepting && method && <AcceptModal risk={risk} method={method} onClose={() => setAccepting(false)} />}
    </Card>
  );
}
