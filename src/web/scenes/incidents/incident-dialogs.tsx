import {
  Button,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { DecisionProblem } from '../policies/shared';
import { HandlerSelect } from './handler-select';
import { incidentsApi } from './incidents-api';
import {
  CLASSIFICATION,
  INCIDENT_LIMITS,
  PHASE_NOUN,
  PHASE_TEXT,
  SEVERITIES,
  SEVERITY,
  categoryOptions,
  invalidateIncidents,
  type Category,
  type Classification,
  type Incident,
  type Severity,
} from './shared';

export const incidentKey = (id: string) => ['incidents', 'detail', id] as const;

/**
 * After a change: the answer replaces the cached page, lists refresh, the dialog closes. A stale
 * version (409) reloads the incident, so the problem shows beside what the other person saved.
 */
export function useIncidentSaved(incidentId: string, onDone: () => void, message: (i: Incident) => string) {
  const qc = useQueryClient();
  return {
    onSuccess: (i: Incident) => {
      notifyDone(message(i));
      qc.setQueryData(incidentKey(i.id), i);
      invalidateIncidents(qc);
      onDone();
    },
    onError: (e: unknown) => {
      if (e instanceof ApiError && e.status === 409) void qc.invalidateQueries({ queryKey: incidentKey(incidentId) });
    },
  };
}

/** Severity as a row of segments, each with its own test id. */
function SeverityInput({
  value,
  onChange,
  testId,
}: {
  value: Severity | null;
  onChange: (s: Severity) => void;
  testId: string;
}) {
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={500}>
        Severity{' '}
        <Text span c="red">
          *
        </Text>
      </Text>
      <SegmentedControl
        value={value ?? ''}
        onChange={(v) => onChange(v as Severity)}
        data={SEVERITIES.map((s) => ({
          value: s,
          label: <span data-testid={`${testId}-${s}`}>{SEVERITY[s].label}</span>,
        }))}
        color={value ? SEVERITY[value].color : undefined}
        fullWidth
        data-testid={testId}
      />
    </Stack>
  );
}

/** Event or incident; an incident gets severity, category and a handler, an event closes with an answer. */
export function TriageModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [classification, setClassification] = useState<Classification | null>(null);
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [category, setCategory] = useState<Category | null>(null);
  const [handler, setHandler] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.triage(incident.id, {
        classification: classification ?? 'incident',
        ...(classification === 'incident'
          ? {
              severity: severity ?? undefined,
              category: category ?? undefined,
              handlerPersonId: handler ?? undefined,
              outcome: '',
            }
          : { outcome: outcome.trim() }),
        note: note.trim(),
        version: incident.version,
      }),
    ...useIncidentSaved(incident.id, onClose, (i) =>
      i.classification === 'event' ? `${i.reference} closed as an event` : `${i.reference} triaged as an incident`,
    ),
  });
  const fieldError = fieldErrorOf(save.error);
  const ready =
    classification === 'event'
      ? outcome.trim() !== ''
      : classification === 'incident' && severity !== null && category !== null;
  return (
    <Modal opened onClose={onClose} title={`Triage ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="triage-dialog"
      >
        <Stack>
          <Radio.Group
            label="Is it an information security incident?"
            required
            value={classification}
            onChange={(v) => setClassification(v)}
          >
            <Stack gap="xs" mt={6}>
              <Radio
                value="incident"
                label="Incident — respond to it"
                description="It harms or threatens confidentiality, integrity or availability: contain, eradicate, recover."
                data-testid="triage-classification-incident"
              />
              <Radio
                value="event"
                label="Event — no incident"
                description="Nothing to respond to (a false alarm, already handled, no impact). It closes now with your answer."
                data-testid="triage-classification-event"
              />
            </Stack>
          </Radio.Group>
          {classification === 'incident' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <SeverityInput value={severity} onChange={setSeverity} testId="triage-severity" />
                <Select
                  label="Category"
                  required
                  placeholder="Choose a category"
                  data={categoryOptions}
                  value={category}
                  onChange={(v) => setCategory(v)}
                  error={fieldError('category')}
                  comboboxProps={{ withinPortal: true }}
                  data-testid="triage-category"
                />
              </SimpleGrid>
              <HandlerSelect
                incidentId={incident.id}
                label="Incident Handler"
                description="Who contains it, removes the cause and recovers. You can assign one later."
                placeholder="Nobody yet"
                value={handler}
                onChange={setHandler}
                error={fieldError('handlerPersonId')}
                comboboxProps={{ withinPortal: true }}
                data-testid="triage-handler"
              />
            </>
          )}
          {classification === 'event' && (
            <Textarea
              label="What the reporter is told"
              description={CLASSIFICATION.event.hint}
              required
              autosize
              minRows={3}
              maxRows={10}
              maxLength={INCIDENT_LIMITS.textMax}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={fieldError('outcome')}
              data-testid="triage-outcome"
            />
          )}
          {classification && (
            <Textarea
              label="Triage note"
              description="Why you classified it so; kept on the timeline, not shown to the reporter"
              autosize
              minRows={2}
              maxRows={8}
              maxLength={INCIDENT_LIMITS.textMax}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fieldError('note')}
              data-testid="triage-note"
            />
          )}
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="triage-submit">
              {classification === 'event' ? 'Close as an event' : 'Open the incident'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Sets, changes or clears the Incident Handler (manage). */
export function HandlerModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [personId, setPersonId] = useState<string | null>(incident.handler?.id ?? null);
  const save = useMutation({
    mutationFn: () => incidentsApi.setHandler(incident.id, personId),
    ...useIncidentSaved(incident.id, onClose, (i) =>
      i.handler ? `${i.handler.fullName} handles ${i.reference}` : `${i.reference} has no handler now`,
    ),
  });
  return (
    <Modal opened onClose={onClose} title={`Handler of ${incident.reference}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
        data-testid="handler-dialog"
      >
        <Stack>
          <HandlerSelect
            incidentId={incident.id}
            label="Incident Handler"
            description="Answers for the response: containment, eradication, recovery"
            placeholder="Nobody"
            value={personId}
            initialLabel={incident.handler?.fullName}
            onChange={setPersonId}
            comboboxProps={{ withinPortal: true }}
            data-testid="handler-select"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={personId === (incident.handler?.id ?? null)}
              data-testid="handler-save"
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Corrects what was reported, and severity and category once triaged (manage). */
export function EditModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [title, setTitle] = useState(incident.title);
  const [description, setDescription] = useState(incident.description);
  const [affected, setAffected] = useState(incident.affected);
  const [severity, setSeverity] = useState<Severity | null>(incident.severity);
  const [category, setCategory] = useState<Category | null>(incident.category);
  const triaged = incident.classification === 'incident';
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.update(incident.id, {
        title: title.trim(),
        description: description.trim(),
        affected: affected.trim(),
        ...(triaged ? { severity: severity ?? undefined, category: category ?? undefined } : {}),
        version: incident.version,
      }),
    ...useIncidentSaved(incident.id, onClose, (i) => `${i.reference} saved`),
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Edit ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) save.mutate();
        }}
        data-testid="edit-dialog"
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={INCIDENT_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="edit-title"
          />
          <TextInput
            label="What is affected"
            maxLength={INCIDENT_LIMITS.textMax}
            value={affected}
            onChange={(e) => setAffected(e.currentTarget.value)}
            error={fieldError('affected')}
            data-testid="edit-affected"
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            maxRows={12}
            maxLength={INCIDENT_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="edit-description"
          />
          {triaged && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <SeverityInput value={severity} onChange={setSeverity} testId="edit-severity" />
              <Select
                label="Category"
                data={categoryOptions}
                value={category}
                allowDeselect={false}
                onChange={(v) => setCategory(v)}
                error={fieldError('category')}
                comboboxProps={{ withinPortal: true }}
                data-testid="edit-category"
              />
            </SimpleGrid>
          )}
          {triaged && severity !== incident.severity && (
            <Text fz="xs" c="dimmed">
              A new severity moves the containment and recovery deadlines to those of{' '}
              {severity ? SEVERITY[severity].label.toLowerCase() : ''} incidents.
            </Text>
          )}
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!title.trim()} data-testid="edit-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Completes the phase under way with what was done (respond). */
export function PhaseModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const phase = incident.phase ?? 'contain';
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => incidentsApi.completePhase(incident.id, { phase, note: note.trim(), version: incident.version }),
    ...useIncidentSaved(incident.id, onClose, (i) =>
      i.status === 'resolved' ? `${i.reference} recovered: ready to close` : `Completed ${PHASE_NOUN[phase]}`,
    ),
  });
  return (
    <Modal opened onClose={onClose} title={`Complete ${PHASE_NOUN[phase]} of ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) save.mutate();
        }}
        data-testid="phase-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            {PHASE_TEXT[phase]}.{' '}
            {phase === 'recover'
              ? 'Completing recovery resolves the incident; the ISM or an incident manager then closes it with the lessons learned.'
              : `Completing it moves the response on to ${phase === 'contain' ? 'eradication' : 'recovery'}.`}
          </Text>
          <Textarea
            label="What was done"
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={INCIDENT_LIMITS.textMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrorOf(save.error)('note')}
            data-testid="phase-note"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color="teal"
              loading={save.isPending}
              disabled={!note.trim()}
              data-testid="phase-submit"
            >
              Complete {PHASE_NOUN[phase]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes a resolved incident with its lessons learned and the answer for the reporter (manage). */
export function CloseModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [lessons, setLessons] = useState('');
  const [outcome, setOutcome] = useState('');
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.close(incident.id, {
        lessonsLearned: lessons.trim(),
        outcome: outcome.trim(),
        version: incident.version,
      }),
    ...useIncidentSaved(incident.id, onClose, (i) => `${i.reference} closed`),
  });
  const fieldError = fieldErrorOf(save.error);
  const ready = lessons.trim() !== '' && outcome.trim() !== '';
  return (
    <Modal opened onClose={onClose} title={`Close ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="close-dialog"
      >
        <Stack>
          <Textarea
            label="Lessons learned"
            description="A.5.27: what the organisation learns, and what it changes so it does not happen again"
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={INCIDENT_LIMITS.textMax}
            value={lessons}
            onChange={(e) => setLessons(e.currentTarget.value)}
            error={fieldError('lessonsLearned')}
            data-testid="close-lessons"
          />
          <Textarea
            label="Outcome for the reporter"
            description="What the person who reported it is told, in plain words"
            required
            autosize
            minRows={2}
            maxRows={8}
            maxLength={INCIDENT_LIMITS.textMax}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={fieldError('outcome')}
            data-testid="close-outcome"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Not yet
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="close-submit">
              Close incident
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
