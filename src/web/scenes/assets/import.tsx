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
import { invalidateAssets, type AssetImportResult } from './shared';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isXlsx = (f: File) => f.name.toLowerCase().endsWith('.xlsx') || f.type === XLSX;

function send(file: File, mode: 'preview' | 'apply', sha256?: string) {
  return call(
    api.POST('/api/assets/import', {
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

function ResultView({ r }: { r: AssetImportResult }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Rows" value={r.rows} testId="asset-import-rows" />
        <Stat
          label={r.applied ? 'Created' : 'To create'}
          value={r.created}
          color="teal"
          testId="asset-import-created"
        />
        <Stat
          label={r.applied ? 'Updated' : 'To update'}
          value={r.updated}
          color="blue"
          testId="asset-import-updated"
        />
        <Stat label="Errors" value={r.errors.length} color="red" testId="asset-import-errors-count" />
      </SimpleGrid>
      {r.errors.length > 0 && (
        <Card withBorder padding="md">
          <Title order={2} fz="md" mb="xs" c="red">
            Rows with errors — nothing is imported until they are fixed
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" striped data-testid="asset-import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Line</Table.Th>
                  <Table.Th w={180}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.errors.map((e, i) => (
                  <Table.Tr key={`${e.line}-${e.field}-${i}`} data-testid={`asset-import-error-line-${e.line}`}>
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
      <Text fz="xs" c="dimmed" ff="monospace" data-testid="asset-import-sha">
        sha256 {r.sha256}
      </Text>
    </Stack>
  );
}

/** Imports assets from a CMDB export (CSV or XLSX): preview first, then apply exactly the previewed file. */
export function AssetImportScene() {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<AssetImportResult | null>(null);
  const [applied, setApplied] = useState<AssetImportResult | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'preview' | 'apply') => {
      if (!file) throw new Error('Choose a file first');
      return send(file, mode, mode === 'apply' ? preview?.sha256 : undefined);
    },
    onSuccess: (r) => {
      if (r.mode === 'apply' && r.applied) {
        setApplied(r);
        setPreview(null);
        invalidateAssets(qc);
      } else {
        setPreview(r);
      }
    },
  });
  const canApply = preview !== null && preview.errors.length === 0 && preview.rows > 0;
  return (
    <Page
      title="Import assets"
      description={<BackLink to="/assets">Assets</BackLink>}
      actions={
        <Button
          component="a"
          href="/api/assets/import/template"
          variant="default"
          leftSection={<IconDownload size={16} />}
          data-testid="asset-import-template"
        >
          Template (CSV)
        </Button>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Text fz="sm">
            Bring an asset inventory or a CMDB export into Remit from a CSV or Excel file laid out like the template:
            one asset per row with its CMDB id, name, type, status, the emails of its owner and custodian, org unit
            code, the CMDB id of the asset it runs on, confidentiality, integrity and availability (1–4), classification
            label, location and description. Common CMDB column names are recognised. A row whose CMDB id is already in
            the inventory updates that asset. Nothing is written until you apply the preview.
          </Text>
          <List size="sm" c="dimmed">
            <List.Item>Preview reads the whole file and lists every problem by line and column.</List.Item>
            <List.Item>
              Apply imports exactly the file you previewed (checked by its SHA-256); a file with errors is not imported.
            </List.Item>
          </List>
          <Group align="flex-end" wrap="wrap">
            <FileInput
              label="Inventory file"
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
              data-testid="asset-import-file"
            />
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              disabled={!file}
              loading={run.isPending && run.variables === 'preview'}
              onClick={() => run.mutate('preview')}
              data-testid="asset-import-preview"
            >
              Preview
            </Button>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              disabled={!canApply}
              loading={run.isPending && run.variables === 'apply'}
              onClick={() => run.mutate('apply')}
              data-testid="asset-import-apply"
            >
              {preview && canApply ? `Apply: import ${plural(preview.rows, 'asset')}` : 'Apply'}
            </Button>
          </Group>
          <ProblemAlert error={run.error} />
        </Stack>
      </Card>
      {applied && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Imported" data-testid="asset-import-done">
          {plural(applied.created, 'asset')} created, {plural(applied.updated, 'asset')} updated.{' '}
          <Anchor component={Link} to="/assets" fz="sm">
            Open the inventory
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
