import { Autocomplete, Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { OrgUnitSelect, PersonSelect } from '../people/pickers';
import { NewRiskOwnerConfirm, useFirstRiskOwnership, usePersonName } from './risk-owner';
import { CATEGORY_SUGGESTIONS, RISK_LIMITS, invalidateRisks, riskPath } from './shared';

/** Identifies a new risk; the ISM may name its owner at once. */
export function NewRiskModal({ onClose, categories = [] }: { onClose: () => void; categories?: string[] }) {
  const session = useSignedIn();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [threat, setThreat] = useState('');
  const [vulnerability, setVulnerability] = useState('');
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const ownerName = usePersonName(ownerId);
  const check = useFirstRiskOwnership(ownerId);
  const mayAssign = session.permissions.manageAssignments;
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/risks', {
          body: {
            title,
            category,
            orgUnitId,
            threat,
            vulnerability,
            description,
            ownerPersonId: mayAssign ? ownerId : null,
          },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${r.reference} identified`);
      invalidateRisks(qc);
      onClose();
      void navigate(riskPath(r.id));
    },
  });
  const fieldError = fieldErrorOf(create.error);
  const inline = ['title', 'category', 'orgUnitId', 'threat', 'vulnerability', 'description', 'ownerPersonId'];
  const suggestions = [...new Set([...categories, ...CATEGORY_SUGGESTIONS])].sort((a, b) => a.localeCompare(b));
  const blocked = ownerId !== null && (check.checking || (check.first && !confirmed));
  return (
    <Modal opened onClose={onClose} title="New risk" size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked) create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Title"
            description="The risk in a line: what could happen, to what"
            required
            maxLength={RISK_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            placeholder="e.g. Customer data exposed through a misconfigured storage bucket"
            data-autofocus
            data-testid="risk-title-input"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Autocomplete
              label="Category"
              description="Pick one or type your own"
              required
              maxLength={RISK_LIMITS.categoryMax}
              value={category}
              onChange={setCategory}
              data={suggestions}
              error={fieldError('category')}
              data-testid="risk-category-input"
            />
            <OrgUnitSelect
              label="Org unit"
              description="Where the risk sits; its Risk Owner may inherit from here"
              placeholder="Choose an org unit"
              value={orgUnitId}
              onChange={setOrgUnitId}
              error={fieldError('orgUnitId')}
              data-testid="risk-org-unit-input"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Threat"
              description="What could exploit the weakness"
              autosize
              minRows={2}
              maxLength={RISK_LIMITS.textMax}
              value={threat}
              onChange={(e) => setThreat(e.currentTarget.value)}
              error={fieldError('threat')}
              data-testid="risk-threat-input"
            />
            <Textarea
              label="Vulnerability"
              description="The weakness it would exploit"
              autosize
              minRows={2}
              maxLength={RISK_LIMITS.textMax}
              value={vulnerability}
              onChange={(e) => setVulnerability(e.currentTarget.value)}
              error={fieldError('vulnerability')}
              data-testid="risk-vulnerability-input"
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            description="Context, consequences, assets involved"
            autosize
            minRows={3}
            maxLength={RISK_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="risk-description-input"
          />
          {mayAssign && (
            <>
              <PersonSelect
                label="Risk Owner"
                description="Optional: assigned in the responsibility ledger. Without one, the owner of the org unit (or the whole ISMS) owns it."
                placeholder="Search by name, email or employee id"
                value={ownerId}
                onChange={(id) => {
                  setOwnerId(id);
                  setConfirmed(false);
                }}
                error={fieldError('ownerPersonId')}
                data-testid="risk-owner-input"
              />
              {ownerId && (
                <NewRiskOwnerConfirm
                  personName={ownerName || 'This person'}
                  check={check}
                  confirmed={confirmed}
                  onConfirm={setConfirmed}
                />
              )}
            </>
          )}
          <ProblemAlert error={create.error} inlineFields={inline} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={blocked} data-testid="risk-create-submit">
              Create risk
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
