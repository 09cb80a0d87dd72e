import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { WHOLE } from '../policies/shared';
import { levelFor, type RiskMethod, type ScaleStep } from './shared';

/** One of the method's scales as a choice of steps, with the chosen step's description below. */
export function ScalePicker({
  label,
  steps,
  value,
  onChange,
  testId,
}: {
  label: string;
  steps: ScaleStep[];
  value: number | null;
  onChange: (v: number) => void;
  testId: string;
}) {
  const narrow = useMediaQuery('(max-width: 48em)');
  const chosen = steps.find((s) => s.value === value);
  return (
    <div>
      <Text fz="sm" fw={500} mb={4}>
        {label}
      </Text>
      <SegmentedControl
        fullWidth
        orientation={narrow ? 'vertical' : 'horizontal'}
        value={value === null ? '' : String(value)}
        onChange={(v) => onChange(Number(v))}
        data={steps.map((s) => ({ value: String(s.value), label: `${s.value} · ${s.label}` }))}
        data-testid={testId}
      />
      <Text fz="xs" c="dimmed" mt={4} mih={18} data-testid={`${testId}-description`}>
        {chosen ? chosen.description || chosen.label : 'Choose a step'}
      </Text>
    </div>
  );
}

/** A score computed on the spot from a likelihood and an impact, in its level's colour. */
export function ScorePreview({
  method,
  likelihood,
  impact,
  label,
  testId,
}: {
  method: RiskMethod;
  likelihood: number | null;
  impact: number | null;
  label: string;
  testId: string;
}) {
  const score = likelihood && impact ? likelihood * impact : null;
  const level = score ? levelFor(method.levels, score) : undefined;
  return (
    <Stack gap={2} align="center">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {score ? (
        <Badge
          size="xl"
          color={level?.color ?? 'gray'}
          autoContrast
          variant="filled"
          styles={WHOLE}
          data-testid={testId}
          data-score={score}
        >
          {score} · {level?.label ?? '—'}
        </Badge>
      ) : (
        <Text fz="sm" c="dimmed" data-testid={testId}>
          —
        </Text>
      )}
    </Stack>
  );
}

/** Inherent → residual, side by side, with what the residual score means for acceptance. */
export function AssessmentPreview({
  method,
  inherent,
  residual,
}: {
  method: RiskMethod;
  inherent: { l: number | null; i: number | null };
  residual: { l: number | null; i: number | null };
}) {
  const residualScore = residual.l && residual.i ? residual.l * residual.i : null;
  const inherentScore = inherent.l && inherent.i ? inherent.l * inherent.i : null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="assess-preview">
      <SimpleGrid cols={3} spacing="xs" style={{ alignItems: 'center' }}>
        <ScorePreview
          method={method}
          likelihood={inherent.l}
          impact={inherent.i}
          label="Inherent"
          testId="assess-preview-inherent"
        />
        <Group justify="center">
          <IconArrowRight size={22} opacity={0.6} />
        </Group>
        <ScorePreview
          method={method}
          likelihood={residual.l}
          impact={residual.i}
          label="Residual"
          testId="assess-preview-residual"
        />
      </SimpleGrid>
      {residualScore !== null && (
        <Text
          fz="sm"
          ta="center"
          mt="sm"
          c={residualScore > method.appetiteScore ? 'red' : 'teal'}
          data-testid="assess-preview-appetite"
        >
          {residualScore > method.appetiteScore
            ? `Above the appetite (up to ${method.appetiteScore}): needs treatment, or acceptance by Top Management.`
            : `Within the appetite (up to ${method.appetiteScore}): the risk owner may accept it.`}
        </Text>
      )}
      {residualScore !== null && inherentScore !== null && residualScore > inherentScore && (
        <Text fz="xs" ta="center" c="orange" mt={4}>
          The residual score is higher than the inherent one: controls should not make a risk worse.
        </Text>
      )}
    </Paper>
  );
}
