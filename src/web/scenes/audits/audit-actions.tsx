import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconFileTypePdf, IconPencil, IconPlayerPlay, IconSignature, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { DecisionProblem } from '../policies/shared';
import { AuditForm, valuesOf } from './audit-form';
import { auditReportHref, auditsApi } from './audits-api';
import { AUDIT_LIMITS, invalidateAudits, type Audit } from './shared';

type Dialog = 'start' | 'sign-off' | 'cancel' | 'edit';

function useAuditSaved(onClose: () => void, message: (a: Audit) => string) {
  const qc = useQueryClient();
  return (a: Audit) => {
    notifyDone(message(a));
    qc.setQueryData(['audits', a.id], a);
    invalidateAudits(qc);
    onClose();
  };
}

function StartModal({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const start = useMutation({
    mutationFn: () => auditsApi.start(audit.id, audit.version),
    onSuccess: useAuditSaved(onClose, (a) => `${a.reference} started`),
  });
  return (
    <Modal opened onClose={onClose} title={`Start ${audit.reference}?`}>
      <Stack>
        <Text fz="sm">
          The checklist is drawn up from the scope: one item per clause and control, with what to look for. The scope is
          then fixed, and the team records results and evidence.
        </Text>
        <DecisionProblem error={start.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={start.isPending} onClick={() => start.mutate()} data-testid="audit-start-confirm">
            Start audit
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A required text and a confirm button: signing off (conclusion) and cancelling (reason). */
function TextDecisionModal({
  audit,
  kind,
  onClose,
}: {
  audit: Audit;
  kind: 'sign-off' | 'cancel';
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const signOff = kind === 'sign-off';
  const save = useMutation({
    mutationFn: () =>
      signOff
        ? auditsApi.signOff(audit.id, text.trim(), audit.version)
        : auditsApi.cancel(audit.id, text.trim(), audit.version),
    onSuccess: useAuditSaved(onClose, (a) => `${a.reference} ${signOff ? 'signed off' : 'cancelled'}`),
  });
  const field = signOff ? 'conclusion' : 'reason';
  return (
    <Modal
      opened
      onClose={onClose}
      title={signOff ? `Sign off ${audit.reference}` : `Cancel ${audit.reference}?`}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) save.mutate();
        }}
        data-testid={`audit-${kind}-dialog`}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            {signOff
              ? 'Your conclusion goes into the report with every result and finding, under your name as lead auditor. The audit is then completed and cannot be changed; the team’s audit assignments end.'
              : 'A cancelled audit stays in the register with the reason; its scope counts as not audited.'}
          </Text>
          <Textarea
            label={signOff ? 'Audit conclusion' : 'Reason'}
            required
            autosize
            minRows={signOff ? 5 : 2}
            maxRows={14}
            maxLength={AUDIT_LIMITS.textMax}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldErrorOf(save.error)(field)}
            data-testid={`audit-${kind}-text`}
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {signOff ? 'Not yet' : 'Keep the audit'}
            </Button>
            <Button
              type="submit"
              color={signOff ? undefined : 'red'}
              loading={save.isPending}
              disabled={!text.trim()}
              data-testid={`audit-${kind}-confirm`}
            >
              {signOff ? 'Sign off' : 'Cancel audit'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditAuditModal({ audit, onClose }: { audit: Audit; onClose: () => void }) {
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof valuesOf>) => auditsApi.update(audit.id, { ...v, version: audit.version }),
    onSuccess: useAuditSaved(onClose, (a) => `${a.reference} saved`),
  });
  return (
    <Modal opened onClose={onClose} title={`Edit ${audit.reference}`} size="xl">
      <AuditForm
        initial={valuesOf(audit)}
        audit={audit}
        error={save.error}
        saving={save.isPending}
        submitLabel="Save"
        onSubmit={(v) => save.mutate(v)}
        cancel={
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
        }
      />
    </Modal>
  );
}

/** The buttons above an audit: edit, start, sign off, cancel and the report, as the server allows. */
export function AuditActions({ audit }: { audit: Audit }) {
  const me = useSignedIn().person.id;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const isLead = audit.team.some((t) => t.lead && t.person.id === me);
  const close = () => setDialog(null);
  return (
    <Group gap="xs">
      {audit.can.edit && (
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => setDialog('edit')}
          data-testid="audit-edit"
        >
          Edit
        </Button>
      )}
      {audit.status !== 'planned' && audit.status !== 'cancelled' && (
        <Button
          component="a"
          href={auditReportHref(audit.id)}
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          data-testid="audit-report"
        >
          Report (PDF)
        </Button>
      )}
      {audit.can.cancel && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconX size={16} />}
          onClick={() => setDialog('cancel')}
          data-testid="audit-cancel"
        >
          Cancel audit
        </Button>
      )}
      {audit.can.start && (
        <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setDialog('start')} data-testid="audit-start">
          Start
        </Button>
      )}
      {(audit.can.signOff || (isLead && audit.status === 'in_progress')) && (
        <Tooltip label="Every checklist item needs a result first" disabled={audit.can.signOff} withArrow>
          <Button
            leftSection={<IconSignature size={16} />}
            disabled={!audit.can.signOff}
            onClick={() => setDialog('sign-off')}
            data-testid="audit-sign-off"
          >
            Sign off
          </Button>
        </Tooltip>
      )}
      {dialog === 'start' && <StartModal audit={audit} onClose={close} />}
      {(dialog === 'sign-off' || dialog === 'cancel') && (
        <TextDecisionModal audit={audit} kind={dialog} onClose={close} />
      )}
      {dialog === 'edit' && <EditAuditModal audit={audit} onClose={close} />}
    </Group>
  );
}
