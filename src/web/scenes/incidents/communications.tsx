import {
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf } from '../../components/problem';
import { DecisionProblem } from '../policies/shared';
import { useIncidentSaved } from './incident-dialogs';
import { incidentsApi } from './incidents-api';
import {
  INCIDENT_LIMITS,
  PARTY_LABELS,
  fromLocalInput,
  isFuture,
  nowLocal,
  partyOptions,
  type Incident,
  type Party,
} from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** Logs a communication with an interested party: an authority, customers, the insurer (A.5.24, A.5.26). */
function AddCommunicationModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [partyKind, setPartyKind] = useState<Party | null>(null);
  const [party, setParty] = useState('');
  const [channel, setChannel] = useState('');
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.addCommunication(incident.id, {
        partyKind: partyKind ?? 'other',
        party: party.trim(),
        channel: channel.trim(),
        reference: reference.trim(),
        summary: summary.trim(),
        communicatedAt: (when && fromLocalInput(when)) || new Date().toISOString(),
      }),
    ...useIncidentSaved(incident.id, onClose, () => 'Communication logged'),
  });
  const fieldError = fieldErrorOf(save.error);
  const future = when !== null && isFuture(when);
  const ready =
    partyKind !== null &&
    party.trim() !== '' &&
    summary.trim() !== '' &&
    (when === null || !!fromLocalInput(when)) &&
    !future;
  return (
    <Modal opened onClose={onClose} title={`Log a communication about ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="comm-dialog"
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Party"
              required
              placeholder="Who was told"
              data={partyOptions}
              value={partyKind}
              onChange={(v) => setPartyKind(v)}
              error={fieldError('partyKind')}
              comboboxProps={{ withinPortal: true }}
              data-testid="comm-party-kind"
            />
            <TextInput
              label="Name"
              required
              placeholder="e.g. the data protection authority"
              maxLength={INCIDENT_LIMITS.shortMax}
              value={party}
              onChange={(e) => setParty(e.currentTarget.value)}
              error={fieldError('party')}
              data-testid="comm-party"
            />
            <TextInput
              label="Channel"
              placeholder="e.g. portal, email, phone"
              maxLength={INCIDENT_LIMITS.shortMax}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value)}
              error={fieldError('channel')}
              data-testid="comm-channel"
            />
            <TextInput
              label="Their reference"
              placeholder="e.g. the authority's case number"
              maxLength={INCIDENT_LIMITS.shortMax}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={fieldError('reference')}
              data-testid="comm-reference"
            />
          </SimpleGrid>
          <TextInput
            type="datetime-local"
            label="When"
            required
            max={nowLocal()}
            value={when ?? nowLocal()}
            onChange={(e) => setWhen(e.currentTarget.value)}
            error={future ? 'This is in the future' : fieldError('communicatedAt')}
            data-testid="comm-when"
          />
          <Textarea
            label="What was communicated"
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={INCIDENT_LIMITS.textMax}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldError('summary')}
            data-testid="comm-summary"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="comm-submit">
              Log communication
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Who was told what and when: authorities, data subjects, customers, the insurer. */
export function CommunicationsCard({ incident }: { incident: Incident }) {
  const [adding, setAdding] = useState(false);
  const canAdd = incident.can.respond && incident.status !== 'closed';
  const items = [...incident.communications].sort((a, b) => a.communicatedAt.localeCompare(b.communicatedAt));
  return (
    <Card withBorder padding="lg" data-testid="incident-communications">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Communications ({items.length})
        </Title>
        {canAdd && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="comm-add"
          >
            Log communication
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="comm-empty">
          No communication logged. Record each notification to an authority, customers or others here.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Party</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>What was communicated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id} data-testid="comm-entry" data-party-kind={c.partyKind}>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {formatDateTime(c.communicatedAt)}
                    <Text fz="xs" c="dimmed">
                      by {c.by.fullName}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm" style={{ verticalAlign: 'top' }}>
                    <Text fz="sm" fw={500} data-testid="comm-entry-party">
                      {c.party}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {PARTY_LABELS[c.partyKind]}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm" style={{ verticalAlign: 'top' }}>
                    {c.channel || '—'}
                    {c.reference && (
                      <Text fz="xs" c="dimmed">
                        Ref. {c.reference}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ ...pre, verticalAlign: 'top' }}>
                    {c.summary}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <AddCommunicationModal incident={incident} onClose={() => setAdding(false)} />}
    </Card>
  );
}
