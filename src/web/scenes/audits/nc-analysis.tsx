import {
  ActionIcon,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf } from '../../components/problem';
import { DecisionProblem, Field } from '../policies/shared';
import { auditsApi } from './audits-api';
import { useNcSaved } from './nc-owner';
import { AUDIT_LIMITS, type Nonconformity } from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * The reaction (10.2 a: the correction) and the cause (10.2 b: root cause, by five whys or in
 * free text), edited together in place by the ISM or the owner.
 */
export function AnalysisCard({ nc }: { nc: Nonconformity }) {
  const [editing, setEditing] = useState(false);
  const [correction, setCorrection] = useState(nc.correction);
  const [method, setMethod] = useState<'five_whys' | 'free_text'>(nc.rootCause.method ?? 'five_whys');
  const [whys, setWhys] = useState<string[]>(nc.rootCause.whys.length ? nc.rootCause.whys : ['']);
  const [rootCause, setRootCause] = useState(nc.rootCause.text);
  const reset = () => {
    setCorrection(nc.correction);
    setMethod(nc.rootCause.method ?? 'five_whys');
    setWhys(nc.rootCause.whys.length ? nc.rootCause.whys : ['']);
    setRootCause(nc.rootCause.text);
  };
  const save = useMutation({
    mutationFn: () =>
      auditsApi.updateNc(nc.id, {
        correction: correction.trim(),
        rootCauseMethod: method,
        rootCause: rootCause.trim(),
        whys: method === 'five_whys' ? whys.map((w) => w.trim()).filter(Boolean) : [],
        version: nc.version,
      }),
    onSuccess: useNcSaved(
      () => setEditing(false),
      (n) => `${n.reference} saved`,
    ),
  });
  const fieldError = fieldErrorOf(save.error);
  const mayEdit = nc.can.manage && nc.status !== 'closed';
  return (
    <Card withBorder padding="lg" data-testid="nc-analysis">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Correction and root cause
        </Title>
        {mayEdit && !editing && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} />}
            onClick={() => {
              reset();
              setEditing(true);
            }}
            data-testid="nc-analysis-edit"
          >
            Edit
          </Button>
        )}
      </Group>
      {!editing ? (
        <Stack gap="sm">
          <Field label="Correction (what was done at once)" testId="nc-correction">
            <Text fz="sm" style={pre} c={nc.correction ? undefined : 'dimmed'} span>
              {nc.correction || 'Not recorded yet.'}
            </Text>
            {nc.correctedAt && (
              <Text fz="xs" c="dimmed">
                {formatDateTime(nc.correctedAt)}
              </Text>
            )}
          </Field>
          {nc.rootCause.method === 'five_whys' && nc.rootCause.whys.length > 0 && (
            <Field label="Five whys" testId="nc-whys">
              <Stack gap={2} component="ol" style={{ margin: 0, paddingLeft: 20 }}>
                {nc.rootCause.whys.map((w, i) => (
                  <li key={i} data-testid="nc-why">
                    <Text fz="sm" style={pre} span>
                      {w}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Field>
          )}
          {/* Five whys are a root cause on their own (the server counts them); the free text adds to them. */}
          {(nc.rootCause.text || !nc.rootCause.whys.some((w) => w.trim() !== '')) && (
            <Field label="Root cause" testId="nc-root-cause">
              <Text fz="sm" style={pre} c={nc.rootCause.text ? undefined : 'dimmed'} span>
                {nc.rootCause.text || 'Not found yet: corrective actions can be planned once it is.'}
              </Text>
            </Field>
          )}
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
          data-testid="nc-analysis-form"
        >
          <Stack>
            <Textarea
              label="Correction"
              description="What was done at once to contain it and deal with its consequences (10.2 a)"
              autosize
              minRows={2}
              maxRows={8}
              maxLength={AUDIT_LIMITS.textMax}
              value={correction}
              onChange={(e) => setCorrection(e.currentTarget.value)}
              error={fieldError('correction')}
              data-testid="nc-correction-input"
            />
            <SegmentedControl
              value={method}
              onChange={(v) => setMethod(v)}
              data={[
                { value: 'five_whys', label: 'Five whys' },
                { value: 'free_text', label: 'Free text' },
              ]}
              style={{ alignSelf: 'flex-start' }}
              data-testid="nc-method"
            />
            {method === 'five_whys' && (
              <Stack gap="xs" data-testid="nc-whys-editor">
                {whys.map((w, i) => (
                  <Group key={i} gap="xs" wrap="nowrap">
                    <TextInput
                      aria-label={`Why ${i + 1}`}
                      leftSection={
                        <Text fz="xs" c="dimmed">
                          {i + 1}
                        </Text>
                      }
                      placeholder={i === 0 ? 'Why did it happen?' : 'And why was that?'}
                      style={{ flex: 1 }}
                      maxLength={1000}
                      value={w}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setWhys((x) => x.map((y, j) => (j === i ? v : y)));
                      }}
                      data-testid={`nc-why-${i + 1}`}
                    />
                    {whys.length > 1 && (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove why ${i + 1}`}
                        onClick={() => setWhys((x) => x.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                {whys.length < AUDIT_LIMITS.whysMax && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setWhys((x) => [...x, ''])}
                    style={{ alignSelf: 'flex-start' }}
                    data-testid="nc-why-add"
                  >
                    Ask why again
                  </Button>
                )}
              </Stack>
            )}
            <Textarea
              label="Root cause"
              description={
                method === 'five_whys'
                  ? 'What the last why comes down to'
                  : 'Why it happened, and whether it could happen elsewhere (10.2 b)'
              }
              autosize
              minRows={2}
              maxRows={8}
              maxLength={AUDIT_LIMITS.textMax}
              value={rootCause}
              onChange={(e) => setRootCause(e.currentTarget.value)}
              error={fieldError('rootCause')}
              data-testid="nc-root-cause-input"
            />
            <DecisionProblem error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="nc-analysis-save">
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
