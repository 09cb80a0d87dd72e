import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  RingProgress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';

type Finding = Schemas['CoverageFinding'];

const scoreColor = (score: number) => (score >= 90 ? 'teal' : score >= 70 ? 'yellow' : 'red');
const findingId = (f: Pick<Finding, 'check' | 'kind'>) => (f.kind ? `${f.check}:${f.kind}` : f.check);

function FindingItems({ finding, asOf, threshold }: { finding: Finding; asOf: string; threshold: number }) {
  const list = useCursorPages(['coverage-items', finding.check, finding.kind, asOf, threshold], (cursor) =>
    call(
      api.GET('/api/coverage/items', {
        params: {
          query: {
            check: finding.check,
            kind: finding.kind ?? undefined,
            asOf: asOf || undefined,
            threshold,
            cursor,
            limit: 50,
          },
        },
      }),
    ),
  );
  return (
    <Card withBorder padding="lg" data-testid="coverage-items">
      <Title order={2} fz="lg" mb="sm">
        {finding.label}
      </Title>
      <ProblemAlert error={list.error} />
      {list.items.length === 0 && !list.isLoading ? (
        <Text c="dimmed">Nothing to fix here.</Text>
      ) : (
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {list.items.map((i) => (
              <Table.Tr key={i.id} data-testid="coverage-item">
                <Table.Td>
                  {i.link ? (
                    <Anchor component={Link} to={i.link}>
                      {i.label}
                    </Anchor>
                  ) : (
                    i.label
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {i.detail}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.hasNextPage && (
        <Button mt="sm" variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Load more
        </Button>
      )}
    </Card>
  );
}

/** Clause 5.3 readiness: a score, and behind each number the list of what to fix. */
export function CoverageScene() {
  const [params, setParams] = useSearchParams();
  const [asOf, setAsOf] = useState('');
  const [threshold, setThreshold] = useState(20);
  const selected = params.get('finding');
  const cov = useQuery({
    queryKey: ['coverage', asOf, threshold],
    queryFn: () => call(api.GET('/api/coverage', { params: { query: { asOf: asOf || undefined, threshold } } })),
  });
  const d = cov.data;
  const chosen = d?.findings.find((f) => findingId(f) === selected);
  return (
    <Page
      title="Coverage"
      description="Is every ISMS responsibility assigned, communicated and kept whole? Each number opens the list behind it."
      actions={
        <Group align="flex-end">
          <Button
            variant="default"
            component="a"
            href={`/api/responsibilities/document.pdf${asOf ? `?asOf=${asOf}` : ''}`}
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="rr-document"
          >
            Roles and responsibilities (PDF)
          </Button>
          <TextInput label="As of" type="date" value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={170} />
          <NumberInput
            label="Overload threshold"
            min={1}
            max={1000}
            value={threshold}
            onChange={(v) => setThreshold(typeof v === 'number' && v > 0 ? v : 20)}
            w={150}
          />
        </Group>
      }
    >
      <ProblemAlert error={cov.error} />
      {d && (
        <Group align="stretch" wrap="wrap">
          <Card withBorder padding="lg" miw={220}>
            <Stack align="center" gap={4}>
              <RingProgress
                size={150}
                thickness={14}
                roundCaps
                sections={[{ value: d.score, color: scoreColor(d.score) }]}
                label={
                  <Text ta="center" fz={32} fw={700} data-testid="coverage-score">
                    {d.score}%
                  </Text>
                }
              />
              <Text size="sm" c="dimmed">
                Clause 5.3 coverage
              </Text>
            </Stack>
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} style={{ flex: 1 }}>
            {d.findings.map((f) => (
              <UnstyledButton
                key={findingId(f)}
                onClick={() => setParams({ finding: findingId(f) })}
                data-testid={`finding-${findingId(f)}`}
              >
                <Card
                  withBorder
                  padding="md"
                  h="100%"
                  style={{ borderColor: selected === findingId(f) ? 'var(--mantine-color-blue-5)' : undefined }}
                >
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text size="sm">{f.label}</Text>
                    <Badge
                      size="lg"
                      style={{ flexShrink: 0, overflow: 'visible' }}
                      color={f.count === 0 ? 'teal' : f.check === 'open_handovers' ? 'yellow' : 'red'}
                      data-testid="finding-count"
                    >
                      {f.count}
                    </Badge>
                  </Group>
                  {f.checked > 0 && (
                    <Text size="xs" c="dimmed" mt={4}>
                      of {f.checked} checked
                    </Text>
                  )}
                </Card>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        </Group>
      )}
      {chosen && <FindingItems finding={chosen} asOf={asOf} threshold={threshold} />}
    </Page>
  );
}
