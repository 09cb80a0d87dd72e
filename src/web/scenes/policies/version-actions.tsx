import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IconChartDonut,
  IconCheck,
  IconEdit,
  IconFileTypePdf,
  IconRocket,
  IconSend,
  IconTrash,
  IconArrowBackUp,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { notifyDone } from '../../components/problem';
import {
  DecisionProblem,
  POLICY_LIMITS,
  PeopleMultiPicker,
  invalidatePolicies,
  pdfHref,
  plural,
  policyPath,
  versionPath,
  type Policy,
  type PolicyVersion,
} from './shared';

type Verb = 'submit' | 'approve' | 'return' | 'publish' | 'discard';

const TITLES: Record<Verb, string> = {
  submit: 'Submit for review',
  approve: 'Approve this version',
  return: 'Return for changes',
  publish: 'Publish this version',
  discard: 'Discard this draft?',
};

function ActionDialog({
  verb,
  version: v,
  policy,
  onClose,
}: {
  verb: Verb;
  version: PolicyVersion;
  policy: Policy | undefined;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const [reviewers, setReviewers] = useState<string[]>([]);
  const path = { params: { path: { id: v.policyId, versionId: v.id } } };
  const act = useMutation({
    mutationFn: async (): Promise<string> => {
      const trimmed = note.trim() || undefined;
      switch (verb) {
        case 'submit':
          await call(
            api.POST('/api/policies/{id}/versions/{versionId}/submit', {
              ...path,
              body: { version: v.version, reviewerPersonIds: reviewers },
            }),
          );
          return reviewers.length
            ? `Submitted; ${plural(reviewers.length, 'reviewer')} and ${v.approverRole.name} are asked`
            : `Submitted; ${v.approverRole.name} is asked to approve`;
        case 'approve':
          await call(
            api.POST('/api/policies/{id}/versions/{versionId}/approve', {
              ...path,
              body: { version: v.version, note: trimmed },
            }),
          );
          return `Version ${v.number} approved`;
        case 'return':
          await call(
            api.POST('/api/policies/{id}/versions/{versionId}/return', {
              ...path,
              body: { version: v.version, note },
            }),
          );
          return `Version ${v.number} returned to its authors`;
        case 'publish':
          await call(
            api.POST('/api/policies/{id}/versions/{versionId}/publish', {
              ...path,
              body: { version: v.version, note: trimmed },
            }),
          );
          return `Version ${v.number} is in force; its readers are asked to acknowledge it`;
        case 'discard':
          await call(api.DELETE('/api/policies/{id}/versions/{versionId}', path));
          return `Draft version ${v.number} discarded`;
      }
    },
    onSuccess: (message) => {
      notifyDone(message);
      invalidatePolicies(qc);
      onClose();
      if (verb === 'discard') void navigate(policyPath(v.policyId));
    },
  });
  const noteRequired = verb === 'return';
  const color =
    verb === 'return' || verb === 'discard' ? 'red' : verb === 'approve' || verb === 'publish' ? 'teal' : undefined;
  return (
    <Modal opened onClose={onClose} title={TITLES[verb]} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          act.mutate();
        }}
      >
        <Stack>
          {verb === 'submit' && (
            <>
              <Text fz="sm">
                The text is frozen while it is in review. Reviewers you name are asked to comment; then{' '}
                {v.approverRole.name} approves it or returns it for changes.
              </Text>
              <PeopleMultiPicker
                label="Reviewers"
                description="Optional: people asked to read and comment before the decision"
                placeholder="Search by name, email or employee id"
                value={reviewers}
                onChange={setReviewers}
                maxValues={20}
                data-testid="submit-reviewers"
              />
            </>
          )}
          {verb === 'approve' && (
            <Text fz="sm">
              You approve version {v.number} of {v.policyReference} as {v.approverRole.name}. The approval records your
              name, role, the time and a fingerprint of the text. Publishing is a separate step.
            </Text>
          )}
          {verb === 'return' && (
            <Text fz="sm">The version goes back to draft with your note, so its authors can change it.</Text>
          )}
          {verb === 'publish' && (
            <Alert variant="light" color="blue">
              Version {v.number} comes into force now
              {policy?.current ? ` and replaces version ${policy.current.number}` : ''}.{' '}
              {policy
                ? `Its audience (${policy.audience.description}) is asked to read and acknowledge it within ${plural(policy.ackWithinDays, 'day')}.`
                : 'Its audience is asked to read and acknowledge it.'}
            </Alert>
          )}
          {verb === 'discard' && (
            <Text fz="sm">
              Draft version {v.number} and its attachments are deleted. The version in force is not affected.
            </Text>
          )}
          {(verb === 'approve' || verb === 'return' || verb === 'publish') && (
            <Textarea
              label={noteRequired ? 'What needs to change' : 'Note (optional)'}
              required={noteRequired}
              autosize
              minRows={noteRequired ? 3 : 2}
              maxLength={POLICY_LIMITS.noteMax}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-testid="decision-note"
            />
          )}
          <DecisionProblem error={act.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={color}
              loading={act.isPending}
              disabled={noteRequired && !note.trim()}
              data-testid={`${verb}-confirm`}
            >
              {verb === 'discard' ? 'Discard draft' : TITLES[verb]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The buttons the caller may use on this version, each with its dialog. */
export function VersionActions({ version: v, policy }: { version: PolicyVersion; policy: Policy | undefined }) {
  const [verb, setVerb] = useState<Verb | null>(null);
  const inForceOrWas = v.status === 'published' || v.status === 'superseded' || v.status === 'retired';
  return (
    <Group gap="xs" wrap="wrap" data-testid="version-actions">
      {v.can.edit && (
        <Button
          component={Link}
          to={`${versionPath(v.policyId, v.id)}/edit`}
          variant="default"
          leftSection={<IconEdit size={16} />}
          data-testid="version-edit"
        >
          Edit
        </Button>
      )}
      {v.can.submit && (
        <Button leftSection={<IconSend size={16} />} onClick={() => setVerb('submit')} data-testid="version-submit">
          Submit for review
        </Button>
      )}
      {v.can.approve && (
        <Button
          color="teal"
          leftSection={<IconCheck size={16} />}
          onClick={() => setVerb('approve')}
          data-testid="version-approve"
        >
          Approve
        </Button>
      )}
      {v.can.returnForChanges && (
        <Button
          color="red"
          variant="light"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={() => setVerb('return')}
          data-testid="version-return"
        >
          Return for changes
        </Button>
      )}
      {v.can.publish && (
        <Button
          color="teal"
          leftSection={<IconRocket size={16} />}
          onClick={() => setVerb('publish')}
          data-testid="version-publish"
        >
          Publish
        </Button>
      )}
      {v.can.discard && (
        <Button
          color="red"
          variant="subtle"
          leftSection={<IconTrash size={16} />}
          onClick={() => setVerb('discard')}
          data-testid="version-discard"
        >
          Discard draft
        </Button>
      )}
      {inForceOrWas && policy?.can.readCampaign && (
        <Button
          component={Link}
          to={`${versionPath(v.policyId, v.id)}/campaign`}
          variant="default"
          leftSection={<IconChartDonut size={16} />}
          data-testid="version-campaign"
        >
          Acknowledgements
        </Button>
      )}
      <Button
        component="a"
        href={pdfHref(v.policyId, v.id)}
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        data-testid="version-pdf"
      >
        PDF
      </Button>
      {verb && <ActionDialog key={verb} verb={verb} version={v} policy={policy} onClose={() => setVerb(null)} />}
    </Group>
  );
}
