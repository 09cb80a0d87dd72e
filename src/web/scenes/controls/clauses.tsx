import { Badge, Card, Center, Code, Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/problem';
import { WHOLE } from '../policies/shared';
import { controlsApi } from './controls-api';
import { ControlsPage } from './controls-nav';

/** Clauses 4–10: read-only reference with the documented information and evidence an auditor expects. */
export function ClausesScene() {
  // A fixed catalogue of a few dozen clauses: one answer, not a register.
  const q = useQuery({ queryKey: ['controls', 'clauses'], queryFn: controlsApi.clauses, staleTime: 3_600_000 });
  return (
    <ControlsPage
      tab="clauses"
      title="Clauses 4–10"
      description="The management system requirements of ISO/IEC 27001:2022, and what an auditor expects to see for each."
    >
      <ProblemAlert error={q.error} />
      {q.isPending && (
        <Center h={200}>
          <Loader aria-label="Loading" />
        </Center>
      )}
      {q.data && (
        <Card withBorder padding="lg">
          <Text fz="xs" c="dimmed" mb="sm" data-testid="clauses-catalogue">
            {q.data.catalogue.name} · version {q.data.catalogue.version}
          </Text>
          <Table verticalSpacing="sm" data-testid="clauses-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={72}>Clause</Table.Th>
                <Table.Th>Requirement, and what an auditor expects</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((c) => {
                const top = c.parentId === null;
                return (
                  <Table.Tr
                    key={c.id}
                    data-testid={`clause-${c.id}`}
                    bg={top ? 'var(--mantine-color-default-hover)' : undefined}
                  >
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Code fw={top ? 700 : undefined}>{c.id}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="wrap">
                        <Text fz="sm" fw={top ? 700 : 600}>
                          {c.title}
                        </Text>
                        {c.mandatoryDocumentedInformation && (
                          <Badge
                            size="xs"
                            variant="light"
                            color="indigo"
                            styles={WHOLE}
                            data-testid="clause-documented"
                          >
                            Documented information
                          </Badge>
                        )}
                      </Group>
                      {c.evidence && (
                        <Text
                          fz="sm"
                          c="dimmed"
                          mt={4}
                          style={{ whiteSpace: 'pre-wrap' }}
                          data-testid="clause-evidence"
                        >
                          {c.evidence}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </ControlsPage>
  );
}
