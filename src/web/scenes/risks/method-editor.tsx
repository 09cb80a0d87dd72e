import {
  ActionIcon,
  Alert,
  Button,
  Card,
  ColorInput,
  Grid,
  Group,
  List,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { notifyDone } from '../../components/problem';
import { HeatGrid, LevelLegend } from './heat-grid';
import { matrixCells, maxScoreOf } from './method-view';
import { RISK_LIMITS, invalidateRisks, type RiskLevel, type RiskMethod, type ScaleStep, RiskProblem } from './shared';

const SWATCHES = ['#2f9e44', '#94d82d', '#fab005', '#fd7e14', '#e03131', '#862e9c', '#1c7ed6', '#868e96'];
const KEY = /^[a-z][a-z0-9_]{0,29}$/;

const slug = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 30);

/** Keeps the first `n` steps, adding numbered blanks to reach `n`. */
function resize(steps: ScaleStep[], n: number): ScaleStep[] {
  const out = steps.slice(0, n).map((s, k) => ({ ...s, value: k + 1 }));
  while (out.length < n) out.push({ value: out.length + 1, label: '', description: '' });
  return out;
}

/** What is wrong with a draft, in words; empty when it can be saved. */
function problemsOf(d: {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  levels: RiskLevel[];
  appetiteScore: number;
  note: string;
}): string[] {
  const out: string[] = [];
  const max = d.likelihood.length * d.impact.length;
  if ([...d.likelihood, ...d.impact].some((s) => !s.label.trim())) out.push('Every step of both scales needs a label.');
  if (d.levels.some((l) => !l.label.trim())) out.push('Every level needs a label.');
  if (d.levels.some((l) => !KEY.test(l.key)))
    out.push('Level keys start with a lowercase letter and use only lowercase letters, digits and underscores.');
  if (new Set(d.levels.map((l) => l.key)).size !== d.levels.length) out.push('Level keys must differ.');
  if (new Set(d.levels.map((l) => l.minScore)).size !== d.levels.length)
    out.push('Levels must start at different scores.');
  if (!d.levels.some((l) => l.minScore === 1)) out.push('One level must start at score 1, so every score has a level.');
  if (d.levels.some((l) => l.minScore < 1 || l.minScore > max)) out.push(`Levels start between 1 and ${max}.`);
  if (d.levels.some((l) => !/^#[0-9a-fA-F]{6}$/.test(l.color))) out.push('Colours are written like #e03131.');
  if (d.appetiteScore < 1 || d.appetiteScore > max) out.push(`The appetite is a score between 1 and ${max}.`);
  if (!d.note.trim()) out.push('Say why the method changes (the note).');
  return out;
}

function ScaleEditor({
  title,
  steps,
  onChange,
  testId,
}: {
  title: string;
  steps: ScaleStep[];
  onChange: (s: ScaleStep[]) => void;
  testId: string;
}) {
  const set = (k: number, patch: Partial<ScaleStep>) =>
    onChange(steps.map((s, j) => (j === k ? { ...s, ...patch } : s)));
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md">
          {title}
        </Title>
        <SegmentedControl
          size="xs"
          value={String(steps.length)}
          onChange={(v) => onChange(resize(steps, Number(v)))}
          data={['3', '4', '5'].map((n) => ({ value: n, label: `${n} steps` }))}
          data-testid={`${testId}-steps`}
        />
      </Group>
      <Stack gap="xs">
        {steps.map((s, k) => (
          <Group key={s.value} align="flex-start" wrap="nowrap" gap="xs">
            <Text fw={700} w={20} mt={6}>
              {s.value}
            </Text>
            <Stack gap={4} style={{ flex: 1 }}>
              <TextInput
                placeholder="Label, e.g. Likely"
                aria-label={`${title} ${s.value} label`}
                maxLength={60}
                value={s.label}
                onChange={(e) => set(k, { label: e.currentTarget.value })}
                error={!s.label.trim()}
                data-testid={`${testId}-label-${s.value}`}
              />
              <Textarea
                placeholder="What it means, so assessors score alike"
                aria-label={`${title} ${s.value} description`}
                autosize
                minRows={1}
                maxLength={500}
                value={s.description}
                onChange={(e) => set(k, { description: e.currentTarget.value })}
                size="xs"
              />
            </Stack>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** Edits a copy of the method in force and saves it as the next version, with a note. */
export function MethodEditor({ method, onDone }: { method: RiskMethod; onDone: () => void }) {
  const qc = useQueryClient();
  const [likelihood, setLikelihood] = useState(method.likelihood);
  const [impact, setImpact] = useState(method.impact);
  const [levels, setLevels] = useState(method.levels);
  const [appetiteScore, setAppetite] = useState(method.appetiteScore);
  const [interval, setInterval] = useState(method.assessmentIntervalMonths);
  const [acceptMax, setAcceptMax] = useState(method.acceptanceMaxMonths);
  const [note, setNote] = useState('');
  const draft = { likelihood, impact, levels, appetiteScore };
  const problems = problemsOf({ ...draft, note });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/risks/method', {
          body: {
            basedOnVersion: method.version,
            likelihood,
            impact,
            levels: [...levels].sort((a, b) => a.minScore - b.minScore),
            appetiteScore,
            assessmentIntervalMonths: interval,
            acceptanceMaxMonths: acceptMax,
            note,
          },
        }),
      ),
    onSuccess: (m) => {
      notifyDone(`Risk method version ${m.version} is in force`);
      invalidateRisks(qc);
      onDone();
    },
  });
  const setLevel = (k: number, patch: Partial<RiskLevel>) =>
    setLevels((ls) => ls.map((l, j) => (j === k ? { ...l, ...patch } : l)));
  const max = maxScoreOf(draft);
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) save.mutate();
      }}
      data-testid="method-editor"
    >
      <Stack gap="lg">
        <Alert variant="light" color="blue">
          Saving makes a new version (version {method.version + 1}). Existing assessments keep the version they were
          made under; risks scored on a scale that no longer exists show as out of scale until reassessed.
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ScaleEditor title="Likelihood" steps={likelihood} onChange={setLikelihood} testId="method-edit-likelihood" />
          <ScaleEditor title="Impact" steps={impact} onChange={setImpact} testId="method-edit-impact" />
        </SimpleGrid>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Card withBorder padding="lg" h="100%" data-testid="method-edit-levels">
              <Group justify="space-between" mb="sm">
                <Title order={3} fz="md">
                  Levels
                </Title>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  disabled={levels.length >= RISK_LIMITS.levelsMax}
                  onClick={() =>
                    setLevels((ls) => [
                      ...ls,
                      {
                        key: `level_${ls.length + 1}`,
                        label: '',
                        color: SWATCHES[ls.length % SWATCHES.length] ?? '#868e96',
                        minScore: Math.min(max, Math.max(0, ...ls.map((l) => l.minScore)) + 1),
                      },
                    ])
                  }
                  data-testid="method-level-add"
                >
                  Add level
                </Button>
              </Group>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Label</Table.Th>
                      <Table.Th>Key</Table.Th>
                      <Table.Th>Colour</Table.Th>
                      <Table.Th>From score</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {levels.map((l, k) => (
                      <Table.Tr key={k} data-testid="method-level-row">
                        <Table.Td>
                          <TextInput
                            size="xs"
                            aria-label="Level label"
                            maxLength={40}
                            value={l.label}
                            onChange={(e) => {
                              const label = e.currentTarget.value;
                              // A new level's key follows its label until someone edits the key.
                              const auto =
                                !method.levels.some((m) => m.key === l.key) &&
                                (l.key === slug(l.label) || /^level_\d+$/.test(l.key));
                              setLevel(k, auto ? { label, key: slug(label) || l.key } : { label });
                            }}
                            error={!l.label.trim()}
                            data-testid="method-level-label"
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            size="xs"
                            aria-label="Level key"
                            w={110}
                            value={l.key}
                            onChange={(e) => setLevel(k, { key: e.currentTarget.value })}
                            error={!KEY.test(l.key)}
                            ff="monospace"
                          />
                        </Table.Td>
                        <Table.Td>
                          <ColorInput
                            size="xs"
                            w={130}
                            aria-label="Level colour"
                            format="hex"
                            swatches={SWATCHES}
                            swatchesPerRow={8}
                            value={l.color}
                            onChange={(color) => setLevel(k, { color })}
                            data-testid="method-level-color"
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            size="xs"
                            w={80}
                            aria-label="From score"
                            min={1}
                            max={max}
                            allowDecimal={false}
                            value={l.minScore}
                            onChange={(v) => setLevel(k, { minScore: num(v) })}
                            data-testid="method-level-min"
                          />
                        </Table.Td>
                        <Table.Td>
                          <Tooltip label="Remove level">
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label="Remove level"
                              disabled={levels.length <= RISK_LIMITS.levelsMin}
                              onClick={() => setLevels((ls) => ls.filter((_, j) => j !== k))}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text fz="xs" c="dimmed" mt="xs">
                {RISK_LIMITS.levelsMin}–{RISK_LIMITS.levelsMax} levels. A score has the level with the highest “from
                score” not above it; the lowest level starts at 1. Keys name levels in filters and exports.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
                <NumberInput
                  label="Appetite"
                  description={`Highest residual score the risk owner may accept (1–${max})`}
                  min={1}
                  max={max}
                  allowDecimal={false}
                  value={appetiteScore}
                  onChange={(v) => setAppetite(num(v))}
                  data-testid="method-appetite-input"
                />
                <NumberInput
                  label="Reassess every"
                  description="Months between assessments"
                  min={1}
                  max={36}
                  allowDecimal={false}
                  value={interval}
                  onChange={(v) => setInterval(num(v))}
                  data-testid="method-interval-input"
                />
                <NumberInput
                  label="Acceptance holds"
                  description="Months at most, then renewed"
                  min={1}
                  max={36}
                  allowDecimal={false}
                  value={acceptMax}
                  onChange={(v) => setAcceptMax(num(v))}
                  data-testid="method-acceptance-input"
                />
              </SimpleGrid>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Card withBorder padding="lg" h="100%">
              <Title order={3} fz="md" mb="sm">
                Preview
              </Title>
              <Stack>
                <HeatGrid
                  likelihood={likelihood.map((s) => ({ ...s, label: s.label || `Step ${s.value}` }))}
                  impact={impact.map((s) => ({ ...s, label: s.label || `Step ${s.value}` }))}
                  cells={matrixCells(draft)}
                  appetiteScore={appetiteScore}
                  testId="method-preview"
                  showScores
                />
                <LevelLegend levels={levels.filter((l) => l.label)} appetiteScore={appetiteScore} maxScore={max} />
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
        <Card withBorder padding="lg">
          <Textarea
            label="Why the method changes"
            description="Kept with the version and on the audit trail"
            required
            autosize
            minRows={2}
            maxLength={RISK_LIMITS.noteMax}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="method-note-input"
          />
          {problems.length > 0 && (
            <List size="sm" c="orange" mt="sm" data-testid="method-problems">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
          <Stack mt="md">
            <RiskProblem error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending} disabled={problems.length > 0} data-testid="method-save">
                Save as version {method.version + 1}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
    </form>
  );
}
