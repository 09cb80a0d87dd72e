import {
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf, notifyDone, ProblemAlert } from '../../components/problem';
import { formatDate } from '../controls/shared';
import { DecisionProblem, Field } from '../policies/shared';
import { auditsApi } from './audits-api';
import { AuditsPage } from './audits-nav';
import { CoverageCard } from './coverage';
import { AUDIT_LIMITS, invalidateAudits, type AuditProgramme } from './shared';

const yearFromNow = () => {
  const d = new Date();
  return {
    start: d.toISOString().slice(0, 10),
    end: new Date(d.getTime() + 3 * 365 * 86_400_000).toISOString().slice(0, 10),
  };
};

/** The programme's title, cycle and default frequencies: the ISM edits, everyone else reads. */
function ProgrammeForm({ programme: p }: { programme: AuditProgramme }) {
  const qc = useQueryClient();
  const fresh = p.version === 0;
  const cycle = yearFromNow();
  const [title, setTitle] = useState(p.title || 'Internal audit programme');
  const [cycleStart, setStart] = useState(p.cycleStart || cycle.start);
  const [cycleEnd, setEnd] = useState(p.cycleEnd || cycle.end);
  const [clauseMonths, setClause] = useState<number>(p.clauseFrequencyMonths || 12);
  const [controlMonths, setControl] = useState<number>(p.controlFrequencyMonths || 36);
  const [notes, setNotes] = useState(p.notes);
  const save = useMutation({
    mutationFn: () =>
      auditsApi.saveProgramme({
        title: title.trim(),
        cycleStart,
        cycleEnd,
        clauseFrequencyMonths: clauseMonths,
        controlFrequencyMonths: controlMonths,
        notes: notes.trim(),
        version: p.version,
      }),
    onSuccess: (saved) => {
      notifyDone('Audit programme saved');
      qc.setQueryData(['audits', 'programme'], saved);
      invalidateAudits(qc);
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const readOnly = !p.can.manage;
  return (
    <Card withBorder padding="lg" data-testid="programme-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly && title.trim()) save.mutate();
        }}
      >
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <div>
              <Title order={2} fz="lg">
                Programme
              </Title>
              <Text fz="sm" c="dimmed" data-testid="programme-updated">
                {p.updatedAt
                  ? `Saved ${formatDateTime(p.updatedAt)}${p.updatedBy ? ` by ${p.updatedBy.fullName}` : ''}`
                  : 'Not yet saved: the defaults below apply until the ISM saves the programme.'}
              </Text>
            </div>
            {!readOnly && (
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={save.isPending}
                data-testid="programme-save"
              >
                {fresh ? 'Save programme' : 'Save'}
              </Button>
            )}
          </Group>
          <TextInput
            label="Title"
            required
            readOnly={readOnly}
            maxLength={AUDIT_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="programme-title"
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <TextInput
              type="date"
              label="Cycle start"
              readOnly={readOnly}
              value={cycleStart}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={fieldError('cycleStart')}
              data-testid="programme-start"
            />
            <TextInput
              type="date"
              label="Cycle end"
              readOnly={readOnly}
              min={cycleStart}
              value={cycleEnd}
              onChange={(e) => setEnd(e.currentTarget.value)}
              error={fieldError('cycleEnd')}
              data-testid="programme-end"
            />
            <NumberInput
              label="Clauses every (months)"
              description="Clauses 4–10"
              readOnly={readOnly}
              min={1}
              max={AUDIT_LIMITS.frequencyMonthsMax}
              allowDecimal={false}
              value={clauseMonths}
              onChange={(v) => setClause(Number(v) || 1)}
              error={fieldError('clauseFrequencyMonths')}
              data-testid="programme-clause-months"
            />
            <NumberInput
              label="Controls every (months)"
              description="Applicable controls"
              readOnly={readOnly}
              min={1}
              max={AUDIT_LIMITS.frequencyMonthsMax}
              allowDecimal={false}
              value={controlMonths}
              onChange={(v) => setControl(Number(v) || 1)}
              error={fieldError('controlFrequencyMonths')}
              data-testid="programme-control-months"
            />
          </SimpleGrid>
          <Textarea
            label="Notes"
            description="Methods, responsibilities, how results are reported (9.2.2)"
            readOnly={readOnly}
            autosize
            minRows={2}
            maxRows={10}
            maxLength={AUDIT_LIMITS.textMax}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={fieldError('notes')}
            data-testid="programme-notes"
          />
          {p.overrides.length > 0 && (
            <Field label={`Own frequencies (${p.overrides.length})`} testId="programme-overrides">
              {p.overrides.map((o) => `${o.code} every ${o.frequencyMonths} months`).join(' · ')}
            </Field>
          )}
          {readOnly && (
            <Text fz="xs" c="dimmed">
              Cycle {formatDate(p.cycleStart)} – {formatDate(p.cycleEnd)}. Only the ISM changes the programme.
            </Text>
          )}
          <DecisionProblem error={save.error} />
        </Stack>
      </form>
    </Card>
  );
}

/** The audit programme (9.2.2): how often each clause and control is audited, and where each stands. */
export function ProgrammeScene() {
  const q = useQuery({ queryKey: ['audits', 'programme'], queryFn: auditsApi.programme });
  return (
    <AuditsPage
      tab="programme"
      title="Audit programme"
      description="Every clause and applicable control is audited at planned intervals; coverage shows what is audited, planned, due and overdue."
    >
      <ProblemAlert error={q.error} />
      {q.data ? (
        <ProgrammeForm key={q.data.version} programme={q.data} />
      ) : (
        !q.error && <Skeleton h={260} radius="md" />
      )}
      {q.data && <CoverageCard manage={q.data.can.manage} />}
    </AuditsPage>
  );
}
