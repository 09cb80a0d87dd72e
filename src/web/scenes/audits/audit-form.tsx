import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { fieldErrorOf } from '../../components/problem';
import { DecisionProblem } from '../policies/shared';
import { ScopePicker, type ScopeRef } from './scope-picker';
import { AUDIT_LIMITS, type Audit } from './shared';

export type AuditFormValues = {
  title: string;
  objective: string;
  criteria: string;
  plannedStart: string;
  plannedEnd: string;
  scope: ScopeRef[];
};

export const DEFAULT_CRITERIA = 'ISO/IEC 27001:2022 and the organisation’s ISMS policies';

export const valuesOf = (a: Audit): AuditFormValues => ({
  title: a.title,
  objective: a.objective,
  criteria: a.criteria,
  plannedStart: a.plannedStart,
  plannedEnd: a.plannedEnd,
  scope: a.scope.map((s) => ({ type: s.type, id: s.id })),
});

/** Title, objective, criteria, dates and scope of an audit: for a new audit and for one still planned. */
export function AuditForm({
  initial,
  audit,
  error,
  saving,
  submitLabel,
  onSubmit,
  cancel,
}: {
  initial: AuditFormValues;
  audit?: Audit;
  error: unknown;
  saving: boolean;
  submitLabel: string;
  onSubmit: (v: AuditFormValues) => void;
  cancel: ReactNode;
}) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof AuditFormValues>(k: K, value: AuditFormValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const fieldError = fieldErrorOf(error);
  const ready = v.title.trim() !== '' && v.plannedStart !== '' && v.plannedEnd !== '' && v.scope.length > 0;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready)
          onSubmit({ ...v, title: v.title.trim(), objective: v.objective.trim(), criteria: v.criteria.trim() });
      }}
      data-testid="audit-form"
    >
      <Stack>
        <TextInput
          label="Title"
          required
          maxLength={AUDIT_LIMITS.titleMax}
          placeholder="e.g. Access control and identity, H1 2027"
          value={v.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('title')}
          data-testid="audit-title"
        />
        <Textarea
          label="Objective"
          description="What the audit is to establish"
          autosize
          minRows={2}
          maxRows={8}
          maxLength={AUDIT_LIMITS.textMax}
          value={v.objective}
          onChange={(e) => set('objective', e.currentTarget.value)}
          error={fieldError('objective')}
          data-testid="audit-objective"
        />
        <Textarea
          label="Audit criteria"
          description="What the findings are judged against (9.2.2 c)"
          autosize
          minRows={1}
          maxRows={6}
          maxLength={AUDIT_LIMITS.textMax}
          value={v.criteria}
          onChange={(e) => set('criteria', e.currentTarget.value)}
          error={fieldError('criteria')}
          data-testid="audit-criteria"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="date"
            label="Planned start"
            required
            value={v.plannedStart}
            onChange={(e) => set('plannedStart', e.currentTarget.value)}
            error={fieldError('plannedStart')}
            data-testid="audit-planned-start"
          />
          <TextInput
            type="date"
            label="Planned end"
            required
            min={v.plannedStart || undefined}
            value={v.plannedEnd}
            onChange={(e) => set('plannedEnd', e.currentTarget.value)}
            error={fieldError('plannedEnd')}
            data-testid="audit-planned-end"
          />
        </SimpleGrid>
        <ScopePicker
          value={v.scope}
          initial={audit?.scope}
          onChange={(scope) => set('scope', scope)}
          error={fieldError('scope')}
        />
        <DecisionProblem error={error} />
        <Group justify="flex-end">
          {cancel}
          <Button type="submit" loading={saving} disabled={!ready} data-testid="audit-save">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
