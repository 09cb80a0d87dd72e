import { Input, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { unitPaths, useOrgTree } from '../people/pickers';
import { POLICY_LIMITS, useRoles, type AudienceInput, type PolicyKind } from './shared';

export const ISMS_APPROVER = { key: 'top_management', name: 'Top Management' };
export const DEFAULT_APPROVER = 'isms_manager';

/** Who must read a policy: everyone, or units (with the units below them) and role holders. */
export function AudienceFields({
  value,
  onChange,
  error,
}: {
  value: AudienceInput;
  onChange: (v: AudienceInput) => void;
  error?: string;
}) {
  const tree = useOrgTree();
  const roles = useRoles();
  const units = useMemo(() => {
    const nodes = tree.data?.items ?? [];
    const paths = unitPaths(nodes);
    return nodes
      .map((n) => ({ value: n.id, label: `${paths.get(n.id) ?? n.name} (${n.code})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [tree.data]);
  const roleOptions = (roles.data?.items ?? [])
    .filter((r) => !r.retiredAt || value.roleKeys.includes(r.key))
    .map((r) => ({ value: r.key, label: r.name }));
  const orgUnitIds = value.orgUnitIds ?? [];
  const roleKeys = value.roleKeys ?? [];
  return (
    <Input.Wrapper
      label="Audience"
      description="Who must read and acknowledge the policy when a version is published"
      error={error}
    >
      <Stack gap="sm" mt={6}>
        <Switch
          label="Everyone in the organisation"
          checked={value.everyone}
          onChange={(e) => onChange({ ...value, everyone: e.currentTarget.checked })}
          data-testid="policy-audience-everyone"
        />
        {!value.everyone && (
          <>
            <MultiSelect
              label="Org units"
              description="People in these units and the units below them"
              placeholder={orgUnitIds.length ? undefined : 'Choose units'}
              searchable
              clearable
              data={units}
              value={orgUnitIds}
              onChange={(ids) => onChange({ ...value, orgUnitIds: ids })}
              limit={200}
              nothingFoundMessage="No unit matches"
              data-testid="policy-audience-units"
            />
            <MultiSelect
              label="Roles"
              description="Current holders and deputies of these ISMS roles"
              placeholder={roleKeys.length ? undefined : 'Choose roles'}
              searchable
              clearable
              data={roleOptions}
              value={roleKeys}
              onChange={(keys) => onChange({ ...value, roleKeys: keys })}
              nothingFoundMessage="No role matches"
              data-testid="policy-audience-roles"
            />
            {orgUnitIds.length === 0 && roleKeys.length === 0 && (
              <Text fz="xs" c="orange">
                Choose at least one unit or role, or switch on Everyone.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

/** The approving role: fixed to Top Management for the ISMS policy (clause 5.2), chosen for a topic policy. */
export function ApproverField({
  kind,
  value,
  onChange,
  error,
}: {
  kind: PolicyKind;
  value: string | null;
  onChange: (key: string) => void;
  error?: string;
}) {
  const roles = useRoles();
  if (kind === 'isms')
    return (
      <TextInput
        label="Approver"
        description="The ISMS policy is always approved by Top Management (clause 5.2)"
        value={ISMS_APPROVER.name}
        readOnly
        disabled
        data-testid="policy-approver-fixed"
      />
    );
  const options = (roles.data?.items ?? [])
    .filter((r) => r.key !== 'employee' && (!r.retiredAt || r.key === value))
    .map((r) => ({ value: r.key, label: r.name }));
  return (
    <Select
      label="Approver"
      description="The role whose holder approves each version"
      searchable
      allowDeselect={false}
      data={options}
      value={value}
      onChange={(v) => v && onChange(v)}
      error={error}
      nothingFoundMessage="No role matches"
      data-testid="policy-approver"
    />
  );
}

/** Who approves, how often the policy is reviewed and how long people have to acknowledge it. */
export function CycleFields({
  kind,
  approver,
  onApprover,
  interval,
  onInterval,
  ackDays,
  onAckDays,
  fieldError,
  testIds,
}: {
  kind: 'isms' | 'topic';
  approver: string;
  onApprover: (key: string) => void;
  interval: number;
  onInterval: (n: number) => void;
  ackDays: number;
  onAckDays: (n: number) => void;
  fieldError: (field: string) => string | undefined;
  testIds: { interval: string; ackDays: string };
}) {
  const toNumber = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <ApproverField kind={kind} value={approver} onChange={onApprover} error={fieldError('approverRoleKey')} />
      <NumberInput
        label="Review every (months)"
        min={POLICY_LIMITS.reviewIntervalMonths.min}
        max={POLICY_LIMITS.reviewIntervalMonths.max}
        allowDecimal={false}
        value={interval}
        onChange={(v) => onInterval(toNumber(v))}
        error={fieldError('reviewIntervalMonths')}
        data-testid={testIds.interval}
      />
      <NumberInput
        label="Acknowledge within (days)"
        min={POLICY_LIMITS.ackWithinDays.min}
        max={POLICY_LIMITS.ackWithinDays.max}
        allowDecimal={false}
        value={ackDays}
        onChange={(v) => onAckDays(toNumber(v))}
        error={fieldError('ackWithinDays')}
        data-testid={testIds.ackDays}
      />
    </SimpleGrid>
  );
}
