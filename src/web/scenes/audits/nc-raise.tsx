import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { DecisionProblem } from '../policies/shared';
import { PersonSelect } from '../people/pickers';
import { auditsApi } from './audits-api';
import { AUDIT_LIMITS, invalidateAudits, ncPath, scopeLabel, type NcSeverity } from './shared';

/** A clause or control to relate the nonconformity to, from the audit scope options. */
function RefSelect({
  type,
  label,
  value,
  onChange,
}: {
  type: 'clause' | 'control';
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const q = useQuery({
    queryKey: ['audits', 'scope-options', type, ''],
    queryFn: () => auditsApi.scopeOptions(type, undefined),
    staleTime: 60_000,
  });
  const data = (q.data?.items ?? []).map((i) => ({ value: i.id, label: scopeLabel(i) }));
  return (
    <Select
      label={label}
      placeholder="None"
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      limit={200}
      comboboxProps={{ withinPortal: true }}
      data-testid={`nc-raise-${type}`}
    />
  );
}

/** Raises a nonconformity found outside an audit (an incident, a review, a complaint). */
export function RaiseNcModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<NcSeverity>('minor');
  const [source, setSource] = useState<'incident' | 'other'>('other');
  const [sourceNote, setSourceNote] = useState('');
  const [clauseId, setClauseId] = useState<string | null>(null);
  const [controlId, setControlId] = useState<string | null>(null);
  const [ownerPersonId, setOwner] = useState<string | null>(null);
  const raise = useMutation({
    mutationFn: () =>
      auditsApi.raise({
        title: title.trim(),
        description: description.trim(),
        severity,
        source,
        sourceNote: sourceNote.trim(),
        clauseId: clauseId ?? undefined,
        controlId: controlId ?? undefined,
        ownerPersonId: ownerPersonId ?? undefined,
      }),
    onSuccess: (nc) => {
      notifyDone(`${nc.reference} raised`);
      invalidateAudits(qc);
      void navigate(ncPath(nc.id));
    },
  });
  const fieldError = fieldErrorOf(raise.error);
  const ready = title.trim() !== '' && description.trim() !== '';
  return (
    <Modal opened onClose={onClose} title="Raise a nonconformity" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) raise.mutate();
        }}
        data-testid="nc-raise-dialog"
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            Audit findings raise their nonconformity from the checklist. Raise one here for what an incident, a review
            or a complaint showed not to meet a requirement.
          </Text>
          <TextInput
            label="Title"
            required
            maxLength={AUDIT_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="nc-raise-title"
          />
          <Textarea
            label="What does not meet which requirement"
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={AUDIT_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="nc-raise-description"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
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
                data-testid="nc-raise-severity"
              />
            </Stack>
            <Stack gap={4}>
              <Text fz="sm" fw={500}>
                Source
              </Text>
              <SegmentedControl
                value={source}
                onChange={(v) => setSource(v)}
                data={[
                  { value: 'incident', label: 'Incident' },
                  { value: 'other', label: 'Other' },
                ]}
                data-testid="nc-raise-source"
              />
            </Stack>
          </SimpleGrid>
          <TextInput
            label="Source reference"
            placeholder={source === 'incident' ? 'e.g. INC-0042' : 'e.g. management review 2026'}
            maxLength={AUDIT_LIMITS.textMax}
            value={sourceNote}
            onChange={(e) => setSourceNote(e.currentTarget.value)}
            error={fieldError('sourceNote')}
            data-testid="nc-raise-source-note"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <RefSelect type="clause" label="Clause" value={clauseId} onChange={setClauseId} />
            <RefSelect type="control" label="Control" value={controlId} onChange={setControlId} />
          </SimpleGrid>
          <PersonSelect
            label="Owner"
            placeholder="Nobody yet (the ISM)"
            value={ownerPersonId}
            onChange={setOwner}
            comboboxProps={{ withinPortal: true }}
            data-testid="nc-raise-owner"
          />
          <DecisionProblem error={raise.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={raise.isPending} disabled={!ready} data-testid="nc-raise-save">
              Raise
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
