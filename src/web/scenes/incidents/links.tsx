import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertOctagon, IconLink, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { useSignedIn } from '../../session';
import { DecisionProblem, WHOLE } from '../policies/shared';
import { incidentKey, useIncidentSaved } from './incident-dialogs';
import { incidentsApi, type LinkType } from './incidents-api';
import { RecordSelect } from './pickers';
import { LINK_LABELS, invalidateIncidents, linkPath, type Incident, type IncidentLink } from './shared';

const SINGULAR: Record<LinkType, string> = { asset: 'asset', risk: 'risk', nonconformity: 'nonconformity' };

/** Which registers the reader may search (the link list itself comes from the server). */
function useLinkTypes(): LinkType[] {
  const p = useSignedIn().permissions;
  return (['asset', 'risk', 'nonconformity'] as const).filter(
    (t) => t === 'asset' || (t === 'risk' ? p.readRisks : p.readNonconformities),
  );
}

/** Relates an asset, risk or nonconformity to the incident, found by search. */
function AddLinkModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const types = useLinkTypes();
  const [type, setType] = useState<LinkType>(types[0] ?? 'asset');
  const [targetId, setTargetId] = useState<string | null>(null);
  const linked = useMemo(
    () => new Set(incident.links.filter((l) => l.type === type).map((l) => l.id)),
    [incident.links, type],
  );
  const save = useMutation({
    mutationFn: () => incidentsApi.addLink(incident.id, { type, id: targetId ?? '' }),
    ...useIncidentSaved(
      incident.id,
      onClose,
      () => `${SINGULAR[type][0]?.toUpperCase()}${SINGULAR[type].slice(1)} linked`,
    ),
  });
  return (
    <Modal opened onClose={onClose} title={`Link to ${incident.reference}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (targetId) save.mutate();
        }}
        data-testid="link-dialog"
      >
        <Stack>
          {types.length > 1 && (
            <SegmentedControl
              value={type}
              onChange={(v) => {
                setType(v);
                setTargetId(null);
              }}
              data={types.map((t) => ({
                value: t,
                label: <span data-testid={`link-type-${t}`}>{LINK_LABELS[t]}</span>,
              }))}
              data-testid="link-type"
            />
          )}
          <RecordSelect
            key={type}
            type={type}
            label={`The ${SINGULAR[type]}`}
            placeholder="Search by reference or name"
            value={targetId}
            onChange={(id) => setTargetId(id)}
            exclude={linked}
            comboboxProps={{ withinPortal: true }}
            data-testid="link-search"
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!targetId} data-testid="link-submit">
              Link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Raises a nonconformity from the incident (10.2) and links it, prefilled from the incident. */
function RaiseNcModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const qc = useQueryClient();
  const [title, setTitle] = useState(incident.title);
  const [description, setDescription] = useState(
    [
      `Incident ${incident.reference}: ${incident.title}`,
      incident.description,
      incident.affected && `Affected: ${incident.affected}`,
      incident.lessonsLearned && `Lessons learned: ${incident.lessonsLearned}`,
    ]
      .filter(Boolean)
      .join('\n\n')
      .slice(0, 5000),
  );
  const [severity, setSeverity] = useState<'minor' | 'major'>(
    incident.severity === 'high' || incident.severity === 'critical' ? 'major' : 'minor',
  );
  const raise = useMutation({
    mutationFn: async () => {
      const nc = await incidentsApi.raiseNonconformity({
        title: title.trim(),
        description: description.trim(),
        severity,
        source: 'incident',
        sourceNote: `${incident.reference} ${incident.title}`,
      });
      try {
        return { nc, incident: await incidentsApi.addLink(incident.id, { type: 'nonconformity', id: nc.id }) };
      } catch (e) {
        return { nc, incident: null, linkError: e };
      }
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['nonconformities'] });
      if (r.incident) {
        qc.setQueryData(incidentKey(incident.id), r.incident);
        notifyDone(`${r.nc.reference} raised and linked`);
      } else notifyError(r.linkError ?? new Error(`${r.nc.reference} raised but not linked`));
      invalidateIncidents(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(raise.error);
  const ready = title.trim() !== '' && description.trim() !== '';
  return (
    <Modal opened onClose={onClose} title={`Raise a nonconformity from ${incident.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) raise.mutate();
        }}
        data-testid="incident-nc-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            When the incident showed that a requirement is not met (a control missing or not working), raise a
            nonconformity: its owner finds the root cause and corrects it. It is linked to this incident.
          </Text>
          <TextInput
            label="Title"
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="incident-nc-title"
          />
          <Textarea
            label="What does not meet which requirement"
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="incident-nc-description"
          />
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              Severity
            </Text>
            <SegmentedControl
              value={severity}
              onChange={(v) => setSeverity(v)}
              data={[
                { value: 'minor', label: 'Minor' },
                { value: 'major', label: 'Major' },
              ]}
              data-testid="incident-nc-severity"
            />
          </Stack>
          <Text fz="xs" c="dimmed">
            Source: incident {incident.reference}
          </Text>
          <DecisionProblem error={raise.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={raise.isPending} disabled={!ready} data-testid="incident-nc-submit">
              Raise and link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function LinkRow({ incident, link, canRemove }: { incident: Incident; link: IncidentLink; canRemove: boolean }) {
  const qc = useQueryClient();
  const p = useSignedIn().permissions;
  const remove = useMutation({
    mutationFn: () => incidentsApi.removeLink(incident.id, link.type, link.id),
    onSuccess: (i) => {
      qc.setQueryData(incidentKey(i.id), i);
      invalidateIncidents(qc);
      notifyDone(`${link.reference} unlinked`);
    },
    onError: notifyError,
  });
  const readable = link.type === 'asset' || (link.type === 'risk' ? p.readRisks : p.readNonconformities);
  return (
    <Group gap="xs" wrap="nowrap" data-testid={`link-${link.type}-${link.reference}`}>
      <Code style={{ whiteSpace: 'nowrap' }}>{link.reference}</Code>
      {readable ? (
        <Anchor component={Link} to={linkPath(link)} fz="sm" style={{ flex: 1, minWidth: 0 }} truncate="end">
          {link.title}
        </Anchor>
      ) : (
        <Text fz="sm" style={{ flex: 1, minWidth: 0 }} truncate="end">
          {link.title}
        </Text>
      )}
      {link.status && (
        <Badge size="xs" variant="light" color="gray" styles={WHOLE}>
          {link.status.replace(/_/g, ' ')}
        </Badge>
      )}
      {canRemove && (
        <Tooltip label="Unlink">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Unlink ${link.reference}`}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="link-remove"
          >
            <IconX size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** What the incident touches and what it led to: affected assets, related risks, nonconformities raised. */
export function LinksCard({ incident }: { incident: Incident }) {
  const p = useSignedIn().permissions;
  const [dialog, setDialog] = useState<'link' | 'nc' | null>(null);
  const canEdit = incident.can.respond && incident.status !== 'closed';
  const groups = (['asset', 'risk', 'nonconformity'] as const).map((t) => ({
    type: t,
    items: incident.links.filter((l) => l.type === t),
  }));
  return (
    <Card withBorder padding="lg" h="100%" data-testid="incident-links">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="lg">
          Related
        </Title>
        <Group gap={6}>
          {canEdit && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLink size={14} />}
              onClick={() => setDialog('link')}
              data-testid="link-add"
            >
              Link
            </Button>
          )}
          {canEdit && p.raiseNonconformities && incident.classification === 'incident' && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconAlertOctagon size={14} />}
              onClick={() => setDialog('nc')}
              data-testid="incident-nc-raise"
            >
              Raise a nonconformity
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        {groups.map((g) => (
          <div key={g.type} data-testid={`links-${g.type}`}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
              {LINK_LABELS[g.type]}
            </Text>
            {g.items.length === 0 ? (
              <Text fz="sm" c="dimmed">
                None
              </Text>
            ) : (
              <Stack gap={4}>
                {g.items.map((l) => (
                  <LinkRow key={l.id} incident={incident} link={l} canRemove={canEdit} />
                ))}
              </Stack>
            )}
          </div>
        ))}
      </Stack>
      {dialog === 'link' && <AddLinkModal incident={incident} onClose={() => setDialog(null)} />}
      {dialog === 'nc' && <RaiseNcModal incident={incident} onClose={() => setDialog(null)} />}
    </Card>
  );
}
