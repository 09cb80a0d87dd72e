import { Autocomplete, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { OrgUnitSelect } from '../people/pickers';
import { CATEGORY_SUGGESTIONS, RISK_LIMITS, invalidateRisks, type Risk, RiskProblem } from './shared';

/** Edits what the risk is about; only the fields that changed are sent, with the version edited. */
export function EditRiskModal({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const qc = useQueryClient();
  const [title, setTitle] = useState(risk.title);
  const [category, setCategory] = useState(risk.category);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(risk.orgUnit?.id ?? null);
  const [threat, setThreat] = useState(risk.threat);
  const [vulnerability, setVulnerability] = useState(risk.vulnerability);
  const [description, setDescription] = useState(risk.description);
  const diff = <T,>(now: T, was: T) => (now === was ? undefined : now);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/risks/{id}', {
          params: { path: { id: risk.id } },
          body: {
            version: risk.version,
            title: diff(title, risk.title),
            category: diff(category, risk.category),
            orgUnitId: orgUnitId === (risk.orgUnit?.id ?? null) ? undefined : orgUnitId,
            threat: diff(threat, risk.threat),
            vulnerability: diff(vulnerability, risk.vulnerability),
            description: diff(description, risk.description),
          },
        }),
      ),
    onSuccess: () => {
      notifyDone(`${risk.reference} saved`);
      invalidateRisks(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Edit ${risk.reference}`} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={RISK_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="risk-edit-title"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Autocomplete
              label="Category"
              required
              maxLength={RISK_LIMITS.categoryMax}
              value={category}
              onChange={setCategory}
              data={CATEGORY_SUGGESTIONS}
              error={fieldError('category')}
              data-testid="risk-edit-category"
            />
            <OrgUnitSelect
              label="Org unit"
              placeholder="None"
              value={orgUnitId}
              onChange={setOrgUnitId}
              error={fieldError('orgUnitId')}
              data-testid="risk-edit-org-unit"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Threat"
              autosize
              minRows={2}
              maxLength={RISK_LIMITS.textMax}
              value={threat}
              onChange={(e) => setThreat(e.currentTarget.value)}
              error={fieldError('threat')}
              data-testid="risk-edit-threat"
            />
            <Textarea
              label="Vulnerability"
              autosize
              minRows={2}
              maxLength={RISK_LIMITS.textMax}
              value={vulnerability}
              onChange={(e) => setVulnerability(e.currentTarget.value)}
              error={fieldError('vulnerability')}
              data-testid="risk-edit-vulnerability"
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            autosize
            minRows={3}
            maxLength={RISK_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="risk-edit-description"
          />
          <ProblemAlert
            error={save.error}
            inlineFields={['title', 'category', 'orgUnitId', 'threat', 'vulnerability', 'description']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="risk-edit-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Closes the risk (it stays in the register, closed) with a reason; or reopens a closed one. */
export function CloseRiskModal({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const closing = risk.status !== 'closed';
  const act = useMutation({
    mutationFn: async () => {
      const path = { params: { path: { id: risk.id } } };
      if (closing) await call(api.POST('/api/risks/{id}/close', { ...path, body: { version: risk.version, reason } }));
      else await call(api.POST('/api/risks/{id}/reopen', { ...path, body: { version: risk.version, reason } }));
    },
    onSuccess: () => {
      notifyDone(closing ? `${risk.reference} closed` : `${risk.reference} reopened`);
      invalidateRisks(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={closing ? `Close ${risk.reference}?` : `Reopen ${risk.reference}?`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          act.mutate();
        }}
      >
        <Stack>
          <Text fz="sm">
            {closing
              ? 'A closed risk is no longer assessed or reminded about. It stays in the register and the audit trail, and can be reopened.'
              : 'The risk comes back into the register as it was: its assessment, treatment plan and acceptance are kept; reassess it if things changed.'}
          </Text>
          <Textarea
            label="Reason"
            description={
              closing ? 'E.g. the asset was retired or the activity stopped' : 'What changed, so the risk applies again'
            }
            required
            autosize
            minRows={2}
            maxLength={RISK_LIMITS.noteMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrorOf(act.error)('reason')}
            data-testid="risk-close-reason"
          />
          <RiskProblem error={act.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={closing ? 'red' : undefined}
              loading={act.isPending}
              disabled={!reason.trim()}
              data-testid={closing ? 'risk-close-confirm' : 'risk-reopen-confirm'}
            >
              {closing ? 'Close risk' : 'Reopen risk'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
