import { Badge, Button, Group, Loader, Modal, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf, notifyDone, ProblemAlert } from '../../components/problem';
import { DecisionProblem } from '../policies/shared';
import { incidentsApi } from './incidents-api';
import { INCIDENT_LIMITS, SEVERITIES, SEVERITY, SeverityBadge, type IncidentSettings, type Severity } from './shared';

type Values = {
  triageHours: number | string;
  closeDays: number | string;
  severities: Record<Severity, { containHours: number | string; resolveHours: number | string }>;
};

const valuesOf = (s: IncidentSettings): Values => ({
  triageHours: s.triageHours,
  closeDays: s.closeDays,
  severities: Object.fromEntries(
    SEVERITIES.map((k) => [
      k,
      { containHours: s.severities[k]?.containHours ?? 24, resolveHours: s.severities[k]?.resolveHours ?? 72 },
    ]),
  ) as Values['severities'],
});

const whole = (v: number | string, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;

function Form({ settings, onClose }: { settings: IncidentSettings; onClose: () => void }) {
  const qc = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(settings));
  const save = useMutation({
    mutationFn: () =>
      incidentsApi.saveSettings({
        triageHours: Number(values.triageHours),
        closeDays: Number(values.closeDays),
        severities: Object.fromEntries(
          SEVERITIES.map((k) => [
            k,
            {
              containHours: Number(values.severities[k].containHours),
              resolveHours: Number(values.severities[k].resolveHours),
            },
          ]),
        ) as Record<Severity, { containHours: number; resolveHours: number }>,
        version: settings.version,
      }),
    onSuccess: (s) => {
      qc.setQueryData(['incidents', 'settings'], s);
      void qc.invalidateQueries({ queryKey: ['incidents'] });
      notifyDone('Response deadlines saved');
      onClose();
    },
    onError: (e) => {
      // Someone saved in the meantime: load theirs and show it, so nothing is overwritten unseen.
      if (e instanceof ApiError && e.status === 409)
        void qc.invalidateQueries({ queryKey: ['incidents', 'settings'] }).then(() => {
          const fresh = qc.getQueryData<IncidentSettings>(['incidents', 'settings']);
          if (fresh) setValues(valuesOf(fresh));
        });
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const manage = settings.can.manage;
  const setSeverity = (k: Severity, field: 'containHours' | 'resolveHours', v: number | string) =>
    setValues((x) => ({ ...x, severities: { ...x.severities, [k]: { ...x.severities[k], [field]: v } } }));
  const valid =
    whole(values.triageHours, INCIDENT_LIMITS.hoursMax) &&
    whole(values.closeDays, INCIDENT_LIMITS.closeDaysMax) &&
    SEVERITIES.every(
      (k) =>
        whole(values.severities[k].containHours, INCIDENT_LIMITS.hoursMax) &&
        whole(values.severities[k].resolveHours, INCIDENT_LIMITS.hoursMax),
    );
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && manage) save.mutate();
      }}
      data-testid="settings-dialog"
    >
      <Stack>
        <Text fz="sm" c="dimmed">
          The deadlines every report and incident is held to, counted from when it was reported. A change applies to
          incidents reported after it.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NumberInput
            label="Triage within (hours)"
            description="Every report is triaged: event or incident"
            min={1}
            max={INCIDENT_LIMITS.hoursMax}
            allowDecimal={false}
            value={values.triageHours}
            onChange={(v) => setValues((x) => ({ ...x, triageHours: v }))}
            error={fieldError('triageHours')}
            disabled={!manage}
            data-testid="settings-triage-hours"
          />
          <NumberInput
            label="Close within (days)"
            description="Lessons learned and closure after recovery"
            min={1}
            max={INCIDENT_LIMITS.closeDaysMax}
            allowDecimal={false}
            value={values.closeDays}
            onChange={(v) => setValues((x) => ({ ...x, closeDays: v }))}
            error={fieldError('closeDays')}
            disabled={!manage}
            data-testid="settings-close-days"
          />
        </SimpleGrid>
        <Table.ScrollContainer minWidth={380}>
          <Table verticalSpacing={6} data-testid="settings-severities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Contained within (hours)</Table.Th>
                <Table.Th>Recovered within (hours)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SEVERITIES.map((k) => (
                <Table.Tr key={k}>
                  <Table.Td>
                    <SeverityBadge severity={k} size="sm" testId={`settings-severity-${k}`} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${SEVERITY[k].label}: contained within hours`}
                      min={1}
                      max={INCIDENT_LIMITS.hoursMax}
                      allowDecimal={false}
                      value={values.severities[k].containHours}
                      onChange={(v) => setSeverity(k, 'containHours', v)}
                      error={fieldError(`severities.${k}.containHours`)}
                      disabled={!manage}
                      data-testid={`settings-${k}-contain`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${SEVERITY[k].label}: recovered within hours`}
                      min={1}
                      max={INCIDENT_LIMITS.hoursMax}
                      allowDecimal={false}
                      value={values.severities[k].resolveHours}
                      onChange={(v) => setSeverity(k, 'resolveHours', v)}
                      error={fieldError(`severities.${k}.resolveHours`)}
                      disabled={!manage}
                      data-testid={`settings-${k}-resolve`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group gap="xs" data-testid="settings-version" data-version={settings.version}>
          <Badge variant="light" color="gray">
            {settings.version === 0 ? 'Defaults' : `Version ${settings.version}`}
          </Badge>
          <Text fz="xs" c="dimmed">
            {settings.updatedAt
              ? `Saved ${formatDateTime(settings.updatedAt)}${settings.updatedBy ? ` by ${settings.updatedBy.fullName}` : ''}`
              : 'Never changed: the defaults apply'}
          </Text>
        </Group>
        {conflict ? (
          <ProblemAlert error={save.error} title="Someone else changed the deadlines in the meantime" />
        ) : (
          <DecisionProblem error={save.error} />
        )}
        {conflict && (
          <Text fz="sm" c="dimmed" data-testid="settings-conflict">
            Their values are shown above now. Check them, change what you meant to, and save again.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {manage && (
            <Button type="submit" loading={save.isPending} disabled={!valid} data-testid="settings-save">
              Save deadlines
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The response deadlines by severity (the ISM or an incident manager). */
export function SettingsModal({ onClose }: { onClose: () => void }) {
  const q = useQuery({ queryKey: ['incidents', 'settings'], queryFn: incidentsApi.settings });
  return (
    <Modal opened onClose={onClose} title="Response deadlines" size="lg">
      {q.isPending && <Loader aria-label="Loading" />}
      <ProblemAlert error={q.error} />
      {q.data && <Form settings={q.data} onClose={onClose} />}
    </Modal>
  );
}
