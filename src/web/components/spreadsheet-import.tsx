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
import { useMutation } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconPlayerPlay,
  IconSearch,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink, plural } from '../scenes/policies/shared';
import { Page } from './page';
import { ProblemAlert } from './problem';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isXlsx = (f: File) => f.name.toLowerCase().endsWith('.xlsx') || f.type === XLSX;

/** The raw-body upload options openapi-fetch needs for a CSV or XLSX file (the generated type knows only media types). */
export function fileBody(file: File) {
  return {
    body: file as never,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers: { 'content-type': isXlsx(file) ? XLSX : 'text/csv' },
  };
}

/** What every spreadsheet import answers: the rows, their problems, and the file's SHA-256. */
export type SpreadsheetImportResult = {
  mode: 'preview' | 'apply';
  applied: boolean;
  rows: number;
  errors: { line: number; field: string; message: string }[];
  sha256: string;
};

type Stat = { key: string; label: string; value: number; color?: string };

function StatCard({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) {
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

function ResultView<R extends SpreadsheetImportResult>({
  r,
  prefix,
  stats,
}: {
  r: R;
  prefix: string;
  stats: (r: R) => Stat[];
}) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <StatCard label="Rows" value={r.rows} testId={`${prefix}-import-rows`} />
        {stats(r).map((s) => (
          <StatCard key={s.key} label={s.label} value={s.value} color={s.color} testId={`${prefix}-import-${s.key}`} />
        ))}
        <StatCard label="Errors" value={r.errors.length} color="red" testId={`${prefix}-import-errors-count`} />
      </SimpleGrid>
      {r.errors.length > 0 && (
        <Card withBorder padding="md">
          <Title order={2} fz="md" mb="xs" c="red">
            Rows with errors — nothing is imported until they are fixed
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" striped data-testid={`${prefix}-import-errors`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Line</Table.Th>
                  <Table.Th w={180}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.errors.map((e, i) => (
                  <Table.Tr key={`${e.line}-${e.field}-${i}`} data-testid={`${prefix}-import-error-line-${e.line}`}>
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
      <Text fz="xs" c="dimmed" ff="monospace" data-testid={`${prefix}-import-sha`}>
        sha256 {r.sha256}
      </Text>
    </Stack>
  );
}

/**
 * A register imported from CSV or XLSX: preview first (every problem by line and column), then
 * apply exactly the previewed file (named by its SHA-256). Test ids start with `${prefix}-import-`.
 */
export function SpreadsheetImport<R extends SpreadsheetImportResult>(props: {
  prefix: string;
  title: string;
  back: { to: string; label: string };
  /** The link shown once imported: "Open the register". */
  openLabel: string;
  templateHref: string;
  intro: ReactNode;
  fileLabel: string;
  /** "risk", "asset": what one row is, for "Apply: import 3 risks". */
  noun: string;
  send: (file: File, mode: 'preview' | 'apply', sha256?: string) => Promise<R>;
  stats: (r: R) => Stat[];
  done: (r: R) => ReactNode;
  onApplied: () => void;
}) {
  const { prefix } = props;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<R | null>(null);
  const [applied, setApplied] = useState<R | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'preview' | 'apply') => {
      if (!file) throw new Error('Choose a file first');
      return props.send(file, mode, mode === 'apply' ? preview?.sha256 : undefined);
    },
    onSuccess: (r) => {
      if (r.mode === 'apply' && r.applied) {
        setApplied(r);
        setPreview(null);
        props.onApplied();
      } else {
        setPreview(r);
      }
    },
  });
  const canApply = preview !== null && preview.errors.length === 0 && preview.rows > 0;
  return (
    <Page
      title={props.title}
      description={<BackLink to={props.back.to}>{props.back.label}</BackLink>}
      actions={
        <Button
          component="a"
          href={props.templateHref}
          variant="default"
          leftSection={<IconDownload size={16} />}
          data-testid={`${prefix}-import-template`}
        >
          Template (CSV)
        </Button>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Text fz="sm">{props.intro}</Text>
          <List size="sm" c="dimmed">
            <List.Item>Preview reads the whole file and lists every problem by line and column.</List.Item>
            <List.Item>
              Apply imports exactly the file you previewed (checked by its SHA-256); a file with errors is not imported.
            </List.Item>
          </List>
          <Group align="flex-end" wrap="wrap">
            <FileInput
              label={props.fileLabel}
              placeholder="Choose a .csv or .xlsx file"
              accept={`.csv,text/csv,.xlsx,${XLSX}`}
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
              data-testid={`${prefix}-import-file`}
            />
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              disabled={!file}
              loading={run.isPending && run.variables === 'preview'}
              onClick={() => run.mutate('preview')}
              data-testid={`${prefix}-import-preview`}
            >
              Preview
            </Button>
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              disabled={!canApply}
              loading={run.isPending && run.variables === 'apply'}
              onClick={() => run.mutate('apply')}
              data-testid={`${prefix}-import-apply`}
            >
              {preview && canApply ? `Apply: import ${plural(preview.rows, props.noun)}` : 'Apply'}
            </Button>
          </Group>
          <ProblemAlert error={run.error} />
        </Stack>
      </Card>
      {applied && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Imported" data-testid={`${prefix}-import-done`}>
          {props.done(applied)}{' '}
          <Anchor component={Link} to={props.back.to} fz="sm">
            {props.openLabel}
          </Anchor>
        </Alert>
      )}
      {preview && preview.errors.length === 0 && preview.rows === 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Nothing to import">
          The file has no rows below its header.
        </Alert>
      )}
      {preview && <ResultView r={preview} prefix={prefix} stats={props.stats} />}
      {applied && <ResultView r={applied} prefix={prefix} stats={props.stats} />}
    </Page>
  );
}
