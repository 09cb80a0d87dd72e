import { Button, Center, Checkbox, Group, Loader, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { controlsApi } from './controls-api';
import {
  CONTROL_LIMITS,
  ControlProblem,
  SOA_REASONS,
  SOA_REASON_LABELS,
  invalidateControls,
  type Control,
  type SoaReason,
} from './shared';

const FIELDS = ['applicable', 'reasons', 'justification'];

function ApplicabilityForm({ control, onClose }: { control: Control; onClose: () => void }) {
  const qc = useQueryClient();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>(
    control.applicability === 'applicable' ? 'yes' : control.applicability === 'not_applicable' ? 'no' : '',
  );
  const [reasons, setReasons] = useState<SoaReason[]>(control.reasons);
  const [justification, setJustification] = useState(control.justification);
  const save = useMutation({
    mutationFn: () =>
      controlsApi.setApplicability(control.id, {
        version: control.version,
        applicable: choice === 'yes',
        reasons,
        justification: justification.trim(),
      }),
    onSuccess: (c) => {
      notifyDone(`${c.reference} is ${c.applicability === 'applicable' ? 'applicable' : 'not applicable'}`);
      qc.setQueryData(['controls', c.id], c);
      invalidateControls(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) save.mutate();
      }}
    >
      <Stack>
        <Text fz="sm" c="dimmed">
          ISO/IEC 27001 6.1.3 d: say whether <b>{control.reference}</b> {control.title} is included, why, and justify an
          exclusion. The decision is recorded with your name and time in the Statement of Applicability.
        </Text>
        <Radio.Group
          label="Decision"
          value={choice}
          onChange={(v) => setChoice(v)}
          error={fieldError('applicable')}
          required
        >
          <Group mt={6} gap="lg">
            <Radio value="yes" label="Applicable" data-testid="applicability-applicable" />
            <Radio value="no" label="Not applicable" data-testid="applicability-not-applicable" />
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label={choice === 'no' ? 'Reasons considered (optional)' : 'Reasons for inclusion'}
          description="Risk treatment, law, contract or business need (select all that apply)"
          value={reasons}
          onChange={(v) => setReasons(v)}
          error={fieldError('reasons')}
        >
          <Stack gap={8} mt={6}>
            {SOA_REASONS.map((r) => (
              <Checkbox key={r} value={r} label={SOA_REASON_LABELS[r]} data-testid={`reason-${r}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label="Justification"
          description={
            choice === 'no'
              ? 'Why the control is excluded: auditors read this'
              : 'How the control applies here (recommended)'
          }
          withAsterisk={choice === 'no'}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={CONTROL_LIMITS.justificationMax}
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={fieldError('justification')}
          data-testid="justification"
        />
        <ControlProblem error={save.error} inlineFields={FIELDS} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!choice} data-testid="save-applicability">
            Save decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The SoA decision for one control: applicable or not, the reasons and the justification (the
 * ISM). Loads the control (for its version), so it opens from a register row too.
 */
export function ApplicabilityModal({ controlId, onClose }: { controlId: string; onClose: () => void }) {
  const q = useQuery({ queryKey: ['controls', controlId], queryFn: () => controlsApi.get(controlId) });
  return (
    <Modal opened onClose={onClose} title={q.data ? `Applicability of ${q.data.reference}` : 'Applicability'} size="lg">
      <div data-testid="applicability-dialog">
        {q.data ? (
          <ApplicabilityForm control={q.data} onClose={onClose} />
        ) : q.error ? (
          <ControlProblem error={q.error} />
        ) : (
          <Center h={160}>
            <Loader aria-label="Loading" />
          </Center>
        )}
      </div>
    </Modal>
  );
}
