import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Code,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv, IconPlayerPlay, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';

/** A two-person example in the import format (docs/IMPORT.md), offered as a download. */
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(
  [
    'employee_id,full_name,email,job_title,org_unit_code,org_unit_name,parent_org_unit_code,manager_employee_id,status,start_date,leave_date',
    'E001,Ada Example,ada@example.org,Chief Executive,HQ,Headquarters,,,active,2020-01-06,',
    'E002,Ben Example,ben@example.org,Finance Manager,FIN,Finance,HQ,E001,active,2021-03-01,',
  ].join('\r\n') + '\r\n',
)}`;

type Summary = Schemas['ImportSummary'];
type Change = Schemas['ImportPersonChange'];

function send(file: File, query: { mode: 'preview' | 'apply'; missingAreLeavers: boolean; expectedSha256?: string }) {
  return call(
    api.POST('/api/people/import', {
      params: {
        query: {
          mode: query.mode,
          missingAreLeavers: query.missingAreLeavers ? 'true' : 'false',
          expectedSha256: query.expectedSha256,
        },
      },
      // The file goes as the raw body; the server streams it through the CSV parser.
      body: file as unknown as string,
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
      <Text fz={28} fw={700} c={value > 0 ? color : undefined} data-testid={testId}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

function ChangesTable({ items, testId, showChanges }: { items: Change[]; testId: string; showChanges: boolean }) {
  if (items.length === 0)
    return (
      <Text c="dimmed" fz="sm" py="sm">
        None.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Employee id</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>{showChanges ? 'Changes' : 'Details'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={`${c.email}-${c.line ?? 'x'}`}>
              <Table.Td>{c.line ?? 'not in file'}</Table.Td>
              <Table.Td>{c.employeeId ?? '—'}</Table.Td>
              <Table.Td>
                {c.personId ? (
                  <Anchor component={Link} to={`/people/${c.personId}`} fz="sm">
                    {c.fullName}
                  </Anchor>
                ) : (
                  c.fullName
                )}
              </Table.Td>
              <Table.Td>{c.email}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {c.changes.map((ch) => (
                    <Text fz="xs" key={ch.field}>
                      <Code>{ch.field}</Code> {showChanges && <>{ch.before ?? '—'} → </>}
                      {ch.after ?? '—'}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SummaryView({ s }: { s: Summary }) {
  const c = s.counts;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Stat label="Created" value={c.created} color="teal" testId="import-count-created" />
        <Stat label="Updated" value={c.updated} color="blue" testId="import-count-updated" />
        <Stat label="Becoming leavers" value={c.leavers} color="orange" testId="import-count-leavers" />
        <Stat label="Unchanged" value={c.unchanged} testId="import-count-unchanged" />
        <Stat label="Org units created" value={c.orgUnitsCreated} color="grape" testId="import-count-units" />
        <Stat label="Row errors" value={c.errors} color="red" testId="import-count-errors" />
      </SimpleGrid>
      {s.truncated && (
        <Text fz="sm" c="dimmed">
          The lists below show the first 500 entries of each kind (1,000 errors); the counts are complete.
        </Text>
      )}
      {c.errors > 0 && (
        <Card withBorder padding="md">
          <Title order={2} fz="md" mb="xs" c="red">
            Rows with errors — nothing can be applied until they are fixed
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" striped data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.errors.map((e, i) => (
                  <Table.Tr key={`${e.line}-${e.field}-${i}`} data-testid={`import-error-line-${e.line}`}>
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td>
                      <Code>{e.field}</Code>
                    </Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {c.errors === 0 && (
        <Tabs defaultValue="created" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="created">Created ({c.created})</Tabs.Tab>
            <Tabs.Tab value="updated">Updated ({c.updated})</Tabs.Tab>
            <Tabs.Tab value="leavers">Leavers ({c.leavers})</Tabs.Tab>
            <Tabs.Tab value="units">Org units ({c.orgUnitsCreated})</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="created" pt="sm">
            <ChangesTable items={s.created} testId="import-created" showChanges={false} />
          </Tabs.Panel>
          <Tabs.Panel value="updated" pt="sm">
            <ChangesTable items={s.updated} testId="import-updated" showChanges />
          </Tabs.Panel>
          <Tabs.Panel value="leavers" pt="sm">
            <ChangesTable items={s.leavers} testId="import-leavers" showChanges />
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="sm">
            {s.orgUnitsCreated.length === 0 ? (
              <Text c="dimmed" fz="sm">
                None.
              </Text>
            ) : (
              <Table verticalSpacing="xs" striped data-testid="import-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Parent</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.orgUnitsCreated.map((u) => (
                    <Table.Tr key={u.code}>
                      <Table.Td>{u.code}</Table.Td>
                      <Table.Td>{u.name}</Table.Td>
                      <Table.Td>{u.parentCode ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

export function ImportScene() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingAreLeavers, setMissingAreLeavers] = useState(false);
  const preview = useMutation({
    mutationFn: (f: File) => send(f, { mode: 'preview', missingAreLeavers }),
  });
  const apply = useMutation({
    mutationFn: ({ f, sha }: { f: File; sha: string }) =>
      send(f, { mode: 'apply', missingAreLeavers, expectedSha256: sha }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['people'] });
      void qc.invalidateQueries({ queryKey: ['org-units'] });
    },
  });
  const reset = () => {
    preview.reset();
    apply.reset();
  };
  const p = preview.data;
  const changes = p ? p.counts.created + p.counts.updated + p.counts.leavers + p.counts.orgUnitsCreated : 0;
  const canApply = Boolean(file && p && p.counts.errors === 0 && changes > 0 && !apply.data);
  return (
    <Page
      title="Import people"
      description="Upload your HR system's CSV export. You see exactly what would change first; nothing is applied while any row has an error."
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group align="flex-end">
            <FileInput
              label="HR CSV file"
              description="Columns: employee_id, full_name (or first_name and last_name), email, job_title, org_unit_code, org_unit_name, parent_org_unit_code, manager_employee_id, status, start_date, leave_date"
              placeholder="Choose a .csv file"
              accept=".csv,text/csv"
              leftSection={<IconFileTypeCsv size={16} />}
              value={file}
              onChange={(f) => {
                setFile(f);
                reset();
              }}
              clearable
              style={{ flex: 1, minWidth: 260 }}
              data-testid="import-file"
            />
            <Button
              leftSection={<IconSearch size={16} />}
              disabled={!file}
              loading={preview.isPending}
              onClick={() => {
                apply.reset();
                if (file) preview.mutate(file);
              }}
              data-testid="import-preview"
            >
              Preview changes
            </Button>
          </Group>
          <Checkbox
            label="People from earlier imports who are missing from this file have left"
            description="Off by default. Only people the import created are affected; people added by hand are never."
            checked={missingAreLeavers}
            onChange={(e) => {
              setMissingAreLeavers(e.currentTarget.checked);
              reset();
            }}
            data-testid="import-missing-leavers"
          />
          <ProblemAlert error={preview.error} />
        </Stack>
      </Card>
      {p && (
        <Card withBorder padding="lg" data-testid="import-summary">
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} fz="lg">
                  {apply.data ? 'Applied' : 'Preview'}: {p.rows.toLocaleString()} rows
                </Title>
                <Text fz="xs" c="dimmed">
                  sha256 {p.sha256}
                </Text>
              </div>
              {!apply.data && (
                <Button
                  color="teal"
                  leftSection={<IconPlayerPlay size={16} />}
                  disabled={!canApply}
                  loading={apply.isPending}
                  onClick={() => file && apply.mutate({ f: file, sha: p.sha256 })}
                  data-testid="import-apply"
                >
                  Apply {changes.toLocaleString()} change{changes === 1 ? '' : 's'}
                </Button>
              )}
            </Group>
            {p.counts.errors > 0 && (
              <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-blocked">
                {p.counts.errors} row error{p.counts.errors === 1 ? '' : 's'}: fix the file and preview it again.
                Nothing has been changed.
              </Alert>
            )}
            {p.counts.errors === 0 && changes === 0 && !apply.data && (
              <Alert color="gray">The file matches Remit already: there is nothing to apply.</Alert>
            )}
            <ProblemAlert error={apply.error} />
            {apply.data && (
              <Alert
                color="teal"
                icon={<IconCircleCheck size={18} />}
                title="Import applied"
                data-testid="import-applied"
              >
                {apply.data.counts.created} created, {apply.data.counts.updated} updated, {apply.data.counts.leavers}{' '}
                becoming leavers (handovers opened), {apply.data.counts.orgUnitsCreated} org units created.{' '}
                <Anchor component={Link} to="/people">
                  See the people
                </Anchor>
                .
              </Alert>
            )}
            <SummaryView s={apply.data ?? p} />
          </Stack>
        </Card>
      )}
      <Text fz="sm" c="dimmed">
        Start from the{' '}
        <Anchor href={TEMPLATE_HREF} download="remit-people-template.csv" data-testid="import-template">
          template file
        </Anchor>{' '}
        or from an export of the People page, which has the same columns. The same import runs from the command line:{' '}
        <Code>remit import people FILE.csv [--apply]</Code>.
      </Text>
    </Page>
  );
}
