import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck, IconLock, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { fieldErrorOf, ProblemAlert } from '../../components/problem';
import { AddFilesButton, FileList, useFileUploads } from './files';
import { incidentsApi } from './incidents-api';
import { RecordSelect } from './pickers';
import {
  INCIDENT_LIMITS,
  fromLocalInput,
  invalidateIncidents,
  isFuture,
  myReportPath,
  nowLocal,
  type MyIncidentReport,
} from './shared';

/** What the reporter sees once the report is in: its reference, and each file's fate. */
function Done({
  report,
  uploads,
  onAnother,
}: {
  report: MyIncidentReport;
  uploads: ReturnType<typeof useFileUploads>;
  onAnother: () => void;
}) {
  const sending = uploads.files.some((f) => f.state === 'uploading' || f.state === 'waiting');
  const failed = uploads.files.filter((f) => f.state === 'failed');
  return (
    <Card withBorder padding="lg" maw={720} data-testid="report-done" data-reference={report.reference}>
      <Stack>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon color="teal" variant="light" size={44} radius="xl">
            <IconCircleCheck size={26} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="lg">
              Thank you — your report is in
            </Title>
            <Text fz="sm" mt={4}>
              Its reference is{' '}
              <Code fz="sm" fw={700} data-testid="report-reference">
                {report.reference}
              </Code>
              . The information security team will look at it and tell you the outcome under My incident reports.
            </Text>
            {report.confidential && (
              <Text fz="sm" c="dimmed" mt={4}>
                Confidential: only the Information Security Manager sees that it was you.
              </Text>
            )}
          </div>
        </Group>
        {uploads.files.length > 0 && (
          <Stack gap={6}>
            <Text fz="sm" fw={500}>
              {sending ? 'Attaching your files…' : 'Files'}
            </Text>
            <FileList files={uploads.files} onRetry={(f) => void uploads.uploadAll(report.id, [f])} />
            {failed.length > 0 && !sending && (
              <Alert color="orange" variant="light" data-testid="report-files-failed">
                Your report was saved, but {failed.length === 1 ? 'one file was' : `${failed.length} files were`} not
                attached. Try again, or add files later from the report while it awaits triage.
              </Alert>
            )}
          </Stack>
        )}
        <Group>
          <Button component={Link} to={myReportPath(report.id)} variant="light" data-testid="report-done-view">
            View the report
          </Button>
          <Button component={Link} to="/incidents/mine" variant="default" data-testid="report-done-mine">
            My incident reports
          </Button>
          <Anchor component="button" type="button" fz="sm" onClick={onAnother} data-testid="report-another">
            Report something else
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/** Reporting an event or weakness, by anyone, in one short form (A.6.8). */
export function ReportIncidentScene() {
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  // Untouched, "when" is the moment the report is sent.
  const [occurredAt, setOccurredAt] = useState<string | null>(null);
  const [affected, setAffected] = useState('');
  const [assetId, setAssetId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [confidential, setConfidential] = useState(false);
  const uploads = useFileUploads();
  const [done, setDone] = useState<MyIncidentReport | null>(null);

  const report = useMutation({
    mutationFn: () =>
      incidentsApi.report({
        title: title.trim(),
        occurredAt: (occurredAt && fromLocalInput(occurredAt)) || new Date().toISOString(),
        affected: affected.trim(),
        assetId: assetId ?? undefined,
        description: description.trim(),
        confidential,
      }),
    onSuccess: (r) => {
      setDone(r);
      invalidateIncidents(qc);
      window.scrollTo(0, 0);
      void uploads.uploadAll(r.id).then(() => invalidateIncidents(qc));
    },
  });
  const fieldError = fieldErrorOf(report.error);
  const future = occurredAt !== null && isFuture(occurredAt);
  const ready = title.trim() !== '' && (occurredAt === null || fromLocalInput(occurredAt) !== null) && !future;

  const reset = () => {
    setTitle('');
    setOccurredAt(null);
    setAffected('');
    setAssetId(null);
    setDescription('');
    setConfidential(false);
    uploads.clear();
    report.reset();
    setDone(null);
  };

  return (
    <Page
      title="Report an incident"
      description="Anything that could harm information security: a suspicious email, a lost phone, data sent to the wrong person, a door left open. You do not need to be sure — report it now."
    >
      {done ? (
        <Done report={done} uploads={uploads} onAnother={reset} />
      ) : (
        <Card withBorder padding="lg" maw={720}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (ready) report.mutate();
            }}
            data-testid="report-form"
          >
            <Stack>
              <TextInput
                label="What happened"
                placeholder="e.g. I opened an attachment in an email that looked like an invoice"
                required
                data-autofocus
                maxLength={INCIDENT_LIMITS.titleMax}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldError('title')}
                data-testid="report-title"
              />
              <TextInput
                type="datetime-local"
                label="When"
                description="When it happened or when you noticed it"
                required
                maw={{ sm: 300 }}
                max={nowLocal()}
                value={occurredAt ?? nowLocal()}
                onChange={(e) => setOccurredAt(e.currentTarget.value)}
                error={future ? 'This is in the future' : fieldError('occurredAt')}
                data-testid="report-occurred-at"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label="What is affected"
                  description="In your own words"
                  placeholder="e.g. my laptop, customer addresses"
                  maxLength={INCIDENT_LIMITS.textMax}
                  value={affected}
                  onChange={(e) => setAffected(e.currentTarget.value)}
                  error={fieldError('affected')}
                  data-testid="report-affected"
                />
                <RecordSelect
                  type="asset"
                  label="Affected asset"
                  description="If you know it; optional"
                  placeholder="Search assets"
                  value={assetId}
                  onChange={(id) => setAssetId(id)}
                  error={fieldError('assetId')}
                  comboboxProps={{ withinPortal: true }}
                  data-testid="report-asset"
                />
              </SimpleGrid>
              <Textarea
                label="More detail"
                description="What you saw, what you did since, who else knows. Optional."
                autosize
                minRows={3}
                maxRows={12}
                maxLength={INCIDENT_LIMITS.textMax}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                error={fieldError('description')}
                data-testid="report-description"
              />
              <Stack gap={6}>
                <Group gap="sm">
                  <AddFilesButton testId="report-files" label="Attach files" onFiles={uploads.add} />
                  <Text fz="xs" c="dimmed">
                    Screenshots, the suspicious email, logs. Optional.
                  </Text>
                </Group>
                <FileList files={uploads.files} onRemove={uploads.remove} />
              </Stack>
              <Checkbox
                label={
                  <>
                    <IconLock size={14} style={{ verticalAlign: -2, marginRight: 4 }} />
                    Report confidentially — only the Information Security Manager will see that it was you
                  </>
                }
                checked={confidential}
                onChange={(e) => setConfidential(e.currentTarget.checked)}
                data-testid="report-confidential"
              />
              <ProblemAlert
                error={report.error}
                inlineFields={['title', 'occurredAt', 'affected', 'assetId', 'description']}
              />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  color="red"
                  size="md"
                  leftSection={<IconSend size={18} />}
                  loading={report.isPending}
                  disabled={!ready}
                  data-testid="report-submit"
                >
                  Send report
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </Page>
  );
}
