import { Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { MarkdownEditor } from '../../components/markdown-editor';
import { Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { AudienceFields, CycleFields, DEFAULT_APPROVER } from './policy-fields';
import { BackLink, POLICY_LIMITS, invalidatePolicies, type AudienceInput, type PolicyKind } from './shared';

const STARTER = `# Purpose

Why this policy exists and what it protects.

# Scope

Who and what it applies to.

# Policy

1. The first rule.
2. The second rule.

# Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| Policy owner | Keeps this policy current |

# Compliance

How compliance is checked, and what happens on a breach.
`;

/** A new policy: its kind, approver, review cycle, audience, owner and the first draft's text. */
export function NewPolicyScene() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [kind, setKind] = useState<PolicyKind>('topic');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [approver, setApprover] = useState<string>(DEFAULT_APPROVER);
  const [interval, setInterval] = useState<number>(POLICY_LIMITS.reviewIntervalMonths.default);
  const [ackDays, setAckDays] = useState<number>(POLICY_LIMITS.ackWithinDays.default);
  const [audience, setAudience] = useState<AudienceInput>({ everyone: true, orgUnitIds: [], roleKeys: [] });
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [body, setBody] = useState(STARTER);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/policies', {
          body: {
            kind,
            title,
            summary,
            approverRoleKey: kind === 'topic' ? approver : undefined,
            reviewIntervalMonths: interval,
            ackWithinDays: ackDays,
            audience,
            ownerPersonId: ownerId,
            body,
          },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`${p.reference} created with a first draft`);
      invalidatePolicies(qc);
      void navigate(`/policies/${p.id}`);
    },
  });
  const fieldError = fieldErrorOf(create.error);
  const inline = ['title', 'summary', 'approverRoleKey', 'reviewIntervalMonths', 'ackWithinDays', 'body'];
  return (
    <Page title="New policy" description={<BackLink to="/policies">Policies</BackLink>}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Card withBorder padding="lg">
            <Stack>
              <div>
                <Text fz="sm" fw={500} mb={4}>
                  Kind
                </Text>
                <SegmentedControl
                  value={kind}
                  onChange={(v) => setKind(v)}
                  data={[
                    { value: 'topic', label: 'Topic-specific policy' },
                    { value: 'isms', label: 'ISMS policy' },
                  ]}
                  data-testid="policy-kind-input"
                />
                <Text fz="xs" c="dimmed" mt={4}>
                  {kind === 'isms'
                    ? 'The top-level information security policy (clause 5.2), approved by Top Management.'
                    : 'A policy on one topic, such as access control or backup (Annex A 5.1).'}
                </Text>
              </div>
              <TextInput
                label="Title"
                required
                maxLength={POLICY_LIMITS.titleMax}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldError('title')}
                placeholder={kind === 'isms' ? 'Information Security Policy' : 'e.g. Access Control Policy'}
                data-testid="policy-title-input"
              />
              <Textarea
                label="Summary"
                description="Its purpose in a sentence or two; readers see it in their list"
                autosize
                minRows={2}
                maxLength={POLICY_LIMITS.summaryMax}
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                error={fieldError('summary')}
                data-testid="policy-summary-input"
              />
              <CycleFields
                kind={kind}
                approver={approver}
                onApprover={setApprover}
                interval={interval}
                onInterval={setInterval}
                ackDays={ackDays}
                onAckDays={setAckDays}
                fieldError={fieldError}
                testIds={{ interval: 'policy-interval-input', ackDays: 'policy-ack-days-input' }}
              />
              <AudienceFields value={audience} onChange={setAudience} error={fieldError('audience')} />
              <PersonSelect
                label="Policy owner"
                description="Optional: assigned as Policy Owner in the responsibility ledger; keeps the policy current"
                placeholder="Search by name, email or employee id"
                value={ownerId}
                onChange={setOwnerId}
                error={fieldError('ownerPersonId')}
                data-testid="policy-owner-input"
              />
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <MarkdownEditor
              label="First draft"
              description="The policy text in Markdown; you can keep editing the draft before you submit it for approval"
              value={body}
              onChange={setBody}
              maxLength={POLICY_LIMITS.bodyMax}
              error={fieldError('body')}
              testId="policy-body-input"
            />
          </Card>
          <ProblemAlert error={create.error} inlineFields={inline} />
          <Group justify="flex-end">
            <Button component={Link} to="/policies" variant="default">
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="policy-create-submit">
              Create policy
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
