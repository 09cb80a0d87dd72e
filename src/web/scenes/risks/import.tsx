import {
  Alert,
  Anchor,
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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconPlayerPlay,
  IconSearch,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { BackLink, plural } from '../policies/shared';
import { invalidateRisks, type RiskImportResult } from './shared';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isXlsx = (f: File) => f.name.toLowerCase().endsWith('.xlsx') || f.type === XLSX;

function send(file: File, mode: 'preview' | 'apply', sha256?: string) {
  return call(
    api.POST('/api/risks/import', {
      params: { query: { mode, sha256 } },
      // The file goes as the raw body, typed by its kind (the generated type knows only its media types).
      body: file as never,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'content-type': isXlsx(file) ? XLSX : 'text/csv' },
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

function ResultView({ r }: { r: RiskImportResult }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Rows" value={r.rows} testId="risk-import-rows" />
        <Stat label={r.applied ? 'Created' : 'To create'} value={r.created} color="teal" testId="risk-import-created" />
        <Stat
          label={r.applied ? 'Assessed' : 'With an assessment'}
          value={r.assessed}
          color="blue"
          testId="risk-import-assessed"
        />
        <Stat label="Errors" value={r.errors.length} color="red" testId="risk-import-errors-count" />
      </SimpleGrid>
      {r.errors.length > 0 && (
        <Card withBorder padding="md">
          <Title order={2} fz="md" mb="xs" c="red">
            Rows with errors — nothing is imported until they are fixed
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" striped data-testid="risk-import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Line</Table.Th>
                  <Table.Th w={180}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.errors.map((e, i) => (
                  <Table.Tr key={`${e.line}-${e.field}-${i}`} data-testid={`risk-import-error-line-${e.line}`}>
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td>
                      <Code>{e.field}</Code>
                    </Table.Td>
                    <Table.Td fz="sm">{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <Text fz="xs" c="dimmed" ff="monospace" data-testid="risk-import-sha">
        sha256 {r.sha256}
      </Text>
    </Stack>
  );
}

/** Imports a risk register from CSV or XLSX: preview first, then apply exactly the previewed file. */
export function RiskImportScene() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RiskImportResult | null>(null);
  const [applied, setApplied] = useState<RiskImportResult | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'preview' | 'apply') => {
      if (!file) throw new Error('Choose a file first');
      return send(file, mode, mode === 'apply' ? preview?.sha256 : undefined);
    },
    onSuccess: (r) => {
      if (r.mode === 'apply' && r.applied) {
        setApplied(r);
        setPreview(null);
        invalidateRisks(qc);
      } else {
        setPreview(r);
      }
    },
  });
  const canApply = preview !== null && preview.errors.length === 0 && preview.rows > 0;
  return (
    <Page
      title="Import risks"
      description={<BackLink to="/risks">Risk register</BackLink>}
      actions={
        <Button
          component="a"
          href="/api/risks/import/template"
          variant="default"
          leftSection={<IconDownload size={16} />}
          data-testid="risk-import-template"
        >
          Template (CSV)
        </Button>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Text fz="sm">
            Bring an existing risk register into Remit from a CSV or Excel file laid out like the template: one risk per
            row with its title, category, org unit code, threat, vulnerability and owner&apos;s email and, optionally,
            its inherent and residual likelihood and impact on the current method&apos;s scales, a treatment option and
            the rationale. Nothing is written until you apply the preview.
          </Text>
          <List size="sm" c="dimmed">
            <List.Item>Preview reads the whole file and lists every problem by line and column.</List.Item>
            <List.Item>
              Apply imports exactly the file you previewed (checked by its SHA-256); a file with errors is not imported.
            </List.Item>
          </List>
          <Group align="flex-end" wrap="wrap">
            <FileInput
              label="Risk register file"
              placeholder="Choose a .csv or .xlsx file"
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconFileSpreadsheet size={16} />}
              value={file}
              onChange={(f) => {
                setFile(f);
                setPreview(null);
                setApplied(null);
                run.reset();
              }}
              clearable
              w={{ base: '100%', sm: 380 }}
              data-testid="risk-import-file"
            />
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              disabled={!file}
              loading={run.isPending && run.variables === 'preview'}
              onClick={() => run.mutate('preview')}
              data-testid="risk-import-preview"
            >
              Preview
            </Button>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              disabled={!canApply}
              loading={run.isPending && run.variables === 'apply'}
              onClick={() => run.mutate('apply')}
              data-testid="risk-import-apply"
            >
              {preview && canApply ? `Apply: import ${plural(preview.rows, 'risk')}` : 'Apply'}
            </Button>
          </Group>
          <ProblemAlert error={run.error} />
        </Stack>
      </Card>
      {applied && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Imported" data-testid="risk-import-done">
          {plural(applied.created, 'risk')} created, {applied.assessed} with an assessment.{' '}
          <Anchor component={Link} to="/risks" fz="sm">
            Open the register
          </Anchor>
        </Alert>
      )}
      {preview && preview.errors.length === 0 && preview.rows === 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Nothing to import">
          The file has no rows below its header.
        </Alert>
      )}
      {preview && <ResultView r={preview} />}
      {applied && <ResultView r={applied} />}
    </Page>
  );
}
