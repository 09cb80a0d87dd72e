import { Anchor, Card, Center, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { BackLink, Field, formatBytes } from '../policies/shared';
import { AddFilesButton, FileList, useFileUploads } from './files';
import { attachmentHref, incidentsApi } from './incidents-api';
import { Outcome } from './my-reports';
import { ClassificationBadge, StatusBadge, invalidateIncidents, type MyIncidentReport } from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The reporter's files; more may be added while the report awaits triage. */
function Files({ report }: { report: MyIncidentReport }) {
  const qc = useQueryClient();
  const uploads = useFileUploads();
  const sending = uploads.files.some((f) => f.state === 'uploading');
  const pending = uploads.files.filter((f) => f.state !== 'done');
  return (
    <Card withBorder padding="lg" data-testid="my-report-files">
      <Title order={2} fz="lg" mb="sm">
        Files ({report.attachments.length})
      </Title>
      <Stack gap="xs">
        {report.attachments.length === 0 && (
          <Text fz="sm" c="dimmed">
            No files attached.
          </Text>
        )}
        {report.attachments.map((a) => (
          <Group key={a.id} gap={6} wrap="nowrap" data-testid="my-report-file">
            <IconDownload size={14} />
            <Anchor href={attachmentHref(report.id, a.id)} download={a.fileName} fz="sm" style={pre}>
              {a.fileName}
            </Anchor>
            <Text fz="xs" c="dimmed">
              {formatBytes(a.size)}
            </Text>
          </Group>
        ))}
        {report.can.attach && (
          <>
            <FileList
              files={pending}
              onRemove={uploads.remove}
              onRetry={(f) => void uploads.uploadAll(report.id, [f])}
            />
            <Group>
              <AddFilesButton
                testId="my-report-add-files"
                loading={sending}
                onFiles={(files) => {
                  const added = uploads.add(files);
                  void uploads.uploadAll(report.id, added).then(() => invalidateIncidents(qc));
                }}
              />
              <Text fz="xs" c="dimmed">
                You can add files until the report is triaged.
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** One report as its reporter sees it: what they wrote, where it stands and, once closed, the outcome. */
export function MyReportScene() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['incidents', 'mine', id], queryFn: () => incidentsApi.myReport(id) });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/incidents/mine">My incident reports</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const r = q.data;
  return (
    <Page
      title={r.title}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/incidents/mine">My incident reports</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="my-report-reference">{r.reference}</Code>
            <StatusBadge status={r.status} testId="my-report-status" />
            {r.classification && (
              <ClassificationBadge classification={r.classification} testId="my-report-classification" />
            )}
          </Group>
        </Stack>
      }
    >
      <Card withBorder padding="lg" data-testid="my-report" data-status={r.status}>
        <Stack gap="md">
          <Outcome report={r} />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Field label="Happened">{formatDateTime(r.occurredAt)}</Field>
            <Field label="Reported">{formatDateTime(r.reportedAt)}</Field>
            <Field label="Confidential">
              {r.confidential ? (
                <Group gap={4} component="span">
                  <IconLock size={14} /> Only the ISM sees it was you
                </Group>
              ) : (
                'No'
              )}
            </Field>
          </SimpleGrid>
          <Field label="What is affected">
            <span style={pre}>{r.affected || '—'}</span>
          </Field>
          <Field label="Detail">
            <span style={pre}>{r.description || '—'}</span>
          </Field>
        </Stack>
      </Card>
      <Files report={r} />
    </Page>
  );
}
