import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf } from '../../components/problem';
import { DecisionProblem, WHOLE } from '../policies/shared';
import { useIncidentSaved } from './incident-dialogs';
import { incidentsApi } from './incidents-api';
import {
  INCIDENT_LIMITS,
  PHASE_LABELS,
  TIMELINE,
  fromLocalInput,
  isFuture,
  nowLocal,
  type Incident,
  type TimelineEntry,
} from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** Adds a note or an action to the timeline; when it happened may be earlier than now. */
function AddEntry({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [kind, setKind] = useState<'note' | 'action'>('action');
  const [text, setText] = useState('');
  // Untouched, "when" is left to the server (now, to the second), so the entry sorts after what came just before.
  const [occurredAt, setOccurredAt] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.addTimeline(incident.id, {
        kind,
        text: text.trim(),
        occurredAt: occurredAt ? (fromLocalInput(occurredAt) ?? undefined) : undefined,
      }),
    ...useIncidentSaved(incident.id, onDone, () => (kind === 'action' ? 'Action recorded' : 'Note added')),
  });
  const future = occurredAt !== null && isFuture(occurredAt);
  const ready = text.trim() !== '' && !future;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) save.mutate();
      }}
      data-testid="timeline-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              Kind
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v)}
              data={[
                { value: 'action', label: <span data-testid="timeline-kind-action">Action taken</span> },
                { value: 'note', label: <span data-testid="timeline-kind-note">Note</span> },
              ]}
              data-testid="timeline-kind"
            />
          </Stack>
          <TextInput
            type="datetime-local"
            label="When"
            max={nowLocal()}
            description="Now, unless you change it"
            value={occurredAt ?? nowLocal()}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
            error={future ? 'This is in the future' : fieldErrorOf(save.error)('occurredAt')}
            data-testid="timeline-occurred-at"
          />
        </SimpleGrid>
        <Textarea
          label={kind === 'action' ? 'What was done' : 'Note'}
          required
          autosize
          minRows={2}
          maxRows={10}
          maxLength={INCIDENT_LIMITS.textMax}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldErrorOf(save.error)('text')}
          data-testid="timeline-text"
        />
        <DecisionProblem error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="timeline-submit">
            Add to timeline
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Entry({ entry: e }: { entry: TimelineEntry }) {
  const k = TIMELINE[e.kind];
  const late = Math.abs(new Date(e.recordedAt).getTime() - new Date(e.occurredAt).getTime()) > 5 * 60_000;
  return (
    <Timeline.Item
      bullet={k.icon}
      color={k.color}
      title={
        <Group gap={6}>
          <Text fz="sm" fw={600} span>
            {e.kind === 'phase' && e.phase ? `${PHASE_LABELS[e.phase]} completed` : k.label}
          </Text>
          {e.kind === 'action' && (
            <Badge size="xs" variant="light" color="blue" styles={WHOLE}>
              Action
            </Badge>
          )}
        </Group>
      }
      data-testid="timeline-entry"
      data-kind={e.kind}
    >
      {e.text && (
        <Text fz="sm" style={pre} data-testid="timeline-entry-text">
          {e.text}
        </Text>
      )}
      <Text fz="xs" c="dimmed" mt={2}>
        {formatDateTime(e.occurredAt)} · {e.by ? e.by.fullName : 'Confidential reporter'}
        {late && ` · recorded ${formatDateTime(e.recordedAt)}`}
      </Text>
    </Timeline.Item>
  );
}

/** What happened and what was done, oldest first; responders add notes and actions until it closes. */
export function TimelineCard({ incident }: { incident: Incident }) {
  const [adding, setAdding] = useState(false);
  const canAdd = incident.can.respond && incident.status !== 'closed';
  const entries = [...incident.timeline].sort(
    (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt),
  );
  return (
    <Card withBorder padding="lg" data-testid="incident-timeline">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          Timeline ({entries.length})
        </Title>
        {canAdd && !adding && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="timeline-add"
          >
            Add note or action
          </Button>
        )}
      </Group>
      {entries.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <Timeline active={entries.length - 1} bulletSize={22} lineWidth={2}>
          {entries.map((e) => (
            <Entry key={e.id} entry={e} />
          ))}
        </Timeline>
      )}
      {adding && (
        <Card withBorder padding="md" mt="md" bg="var(--mantine-color-default-hover)">
          <AddEntry incident={incident} onDone={() => setAdding(false)} />
        </Card>
      )}
    </Card>
  );
}
