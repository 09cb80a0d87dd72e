import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { DecisionProblem, WHOLE, plural } from '../policies/shared';
import { invalidateAccess, type EntitlementImport } from './shared';

const STATUS: Record<EntitlementImport['status'], { label: string; color: string }> = {
  running: { label: 'Running', color: 'blue' },
  done: { label: 'Done', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

function upload(file: File) {
  return call(
    api.POST('/api/entitlements/imports', {
      params: { query: { fileName: file.name } },
      // The file goes as the raw CSV body (the route reads it as a stream).
      body: file as never,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'content-type': 'text/csv' },
    }),
  );
}

function Stat({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={value > 0 ? color : undefined} data-testid={testId}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

/** What one import did: rows read, imported and refused, accounts matched to nobody, entitlements removed. */
function ImportSummary({ r }: { r: EntitlementImport }) {
  return (
    <Card withBorder padding="lg" data-testid="import-summary">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="lg">
            {r.fileName}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={STATUS[r.status].color} styles={WHOLE} data-testid="import-status">
              {STATUS[r.status].label}
            </Badge>
            <Text fz="xs" c="dimmed">
              {formatDateTime(r.startedAt)}
              {r.startedBy ? ` · ${r.startedBy.fullName}` : ''}
            </Text>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Stat label="Rows read" value={r.rowsRead} testId="import-rows-read" />
          <Stat label="Imported" value={r.rowsImported} color="teal" testId="import-rows-imported" />
          <Stat label="Refused" value={r.rowsFailed} color="red" testId="import-rows-failed" />
          <Stat label="Orphaned accounts" value={r.accountsUnmatched} color="orange" testId="import-unmatched" />
          <Stat label="Removed" value={r.removed} color="gray" testId="import-removed" />
        </SimpleGrid>
        {r.systems.length > 0 && (
          <Text fz="sm" data-testid="import-systems">
            Systems replaced by this file:{' '}
            {r.systems.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <Code>{s.reference}</Code> {s.name}
              </span>
            ))}
          </Text>
        )}
        {r.errors.length > 0 && (
          <Stack gap="xs">
            <Text fw={600} c="red" fz="sm">
              Rows refused{r.rowsFailed > r.errors.length ? ` (the first ${r.errors.length})` : ''}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing="xs" striped data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={80}>Line</Table.Th>
                    <Table.Th>Problem</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.errors.map((e, i) => (
                    <Table.Tr key={`${e.line}-${i}`} data-testid={`import-error-line-${e.line}`}>
                      <Table.Td>{e.line}</Table.Td>
                      <Table.Td fz="sm">{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** One import from the history, read with its refused rows. */
function ShownImport({ id }: { id: string }) {
  const q = useQuery({
    queryKey: ['entitlements', 'imports', id],
    queryFn: () => call(api.GET('/api/entitlements/imports/{id}', { params: { path: { id } } })),
  });
  if (q.error) return <ProblemAlert error={q.error} />;
  return q.data ? <ImportSummary r={q.data} /> : null;
}

/** Upload accounts and entitlements exported from the systems, and the history of imports. */
export function ImportsTab() {
  const qc = useQueryClient();
  const session = useSignedIn();
  const [file, setFile] = useState<File | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => {
      if (!file) throw new Error('Choose a file first');
      return upload(file);
    },
    onSuccess: () => {
      setShown(null);
      invalidateAccess(qc);
    },
  });
  const history = useCursorPages<EntitlementImport>(['entitlements', 'imports', 'list'], (cursor) =>
    call(api.GET('/api/entitlements/imports', { params: { query: { limit: 20, cursor } } })),
  );
  return (
    <Stack>
      {session.permissions.importEntitlements && (
        <Card withBorder padding="lg">
          <Stack>
            <Text fz="sm">
              A CSV file exported from one or more systems, with the columns{' '}
              <Code>system,account,person,entitlement,privileged</Code>: one row per entitlement an account holds.
            </Text>
            <List size="sm" c="dimmed">
              <List.Item>
                <b>system</b>: the asset reference (AST-0001), its name or its CMDB id.
              </List.Item>
              <List.Item>
                <b>person</b>: the holder&apos;s email or employee id; empty or unknown leaves the account orphaned.
              </List.Item>
              <List.Item>
                <b>privileged</b>: true/false, yes/no or 1/0.
              </List.Item>
              <List.Item>
                Each system in the file is replaced by what the file lists: entitlements it no longer lists are marked
                removed.
              </List.Item>
            </List>
            <Group align="flex-end" wrap="wrap">
              <FileInput
                label="Entitlements file"
                placeholder="Choose a .csv file"
                accept=".csv,text/csv"
                leftSection={<IconFileSpreadsheet size={16} />}
                value={file}
                onChange={(f) => {
                  setFile(f);
                  run.reset();
                }}
                clearable
                w={{ base: '100%', sm: 380 }}
                data-testid="entitlements-import-file"
              />
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!file}
                loading={run.isPending}
                onClick={() => run.mutate()}
                data-testid="entitlements-import-submit"
              >
                Import
              </Button>
            </Group>
            <DecisionProblem error={run.error} />
          </Stack>
        </Card>
      )}
      {run.data && (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={18} />}
          title="Imported"
          data-testid="entitlements-import-done"
        >
          {plural(run.data.rowsImported, 'row')} imported
          {run.data.rowsFailed > 0 ? `, ${plural(run.data.rowsFailed, 'row')} refused` : ''}.
        </Alert>
      )}
      {run.data && !shown && <ImportSummary r={run.data} />}
      {shown && <ShownImport id={shown} />}
      <Card withBorder padding="lg">
        <Title order={2} fz="lg" mb="sm">
          History
        </Title>
        <ProblemAlert error={history.error} />
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="imports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Imported</Table.Th>
                <Table.Th ta="right">Refused</Table.Th>
                <Table.Th ta="right">Orphaned</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.items.map((r) => (
                <Table.Tr
                  key={r.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setShown(shown === r.id ? null : r.id)}
                  bg={shown === r.id ? 'var(--mantine-primary-color-light)' : undefined}
                  aria-selected={shown === r.id}
                  data-testid="import-row"
                >
                  <Table.Td fz="sm" fw={500}>
                    {r.fileName}
                  </Table.Td>
                  <Table.Td fz="sm">{formatDateTime(r.startedAt)}</Table.Td>
                  <Table.Td fz="sm">{r.startedBy?.fullName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS[r.status].color} styles={WHOLE}>
                      {STATUS[r.status].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td fz="sm" ta="right">
                    {r.rowsImported.toLocaleString()}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right" c={r.rowsFailed > 0 ? 'red' : undefined}>
                    {r.rowsFailed.toLocaleString()}
                  </Table.Td>
                  <Table.Td fz="sm" ta="right" c={r.accountsUnmatched > 0 ? 'orange' : undefined}>
                    {r.accountsUnmatched.toLocaleString()}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!history.isPending && !history.error && history.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="imports-empty">
            No imports yet.
          </Text>
        )}
        {history.hasNextPage && (
          <Group justify="center" mt="sm">
            <Button
              variant="light"
              loading={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
              data-testid="imports-load-more"
            >
              Load more
            </Button>
          </Group>
        )}
      </Card>
    </Stack>
  );
}
