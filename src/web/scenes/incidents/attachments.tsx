import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { formatDateTime } from '../../components/page';
import { formatBytes } from '../policies/shared';
import { AddFilesButton, FileList, useFileUploads } from './files';
import { incidentKey } from './incident-dialogs';
import { attachmentHref } from './incidents-api';
import { invalidateIncidents, type Incident } from './shared';

/** Evidence kept with the incident (A.5.28): files from the reporter and the responders. */
export function AttachmentsCard({ incident }: { incident: Incident }) {
  const qc = useQueryClient();
  const uploads = useFileUploads();
  const canUpload = incident.can.respond && incident.status !== 'closed';
  const sending = uploads.files.some((f) => f.state === 'uploading');
  const pending = uploads.files.filter((f) => f.state !== 'done');
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: incidentKey(incident.id) });
    invalidateIncidents(qc);
  };
  return (
    <Card withBorder padding="lg" h="100%" data-testid="incident-attachments">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          Files and evidence ({incident.attachments.length})
        </Title>
        {canUpload && (
          <AddFilesButton
            testId="attachment-file"
            label="Upload"
            loading={sending}
            onFiles={(files) => {
              const added = uploads.add(files);
              void uploads.uploadAll(incident.id, added).then(refresh);
            }}
          />
        )}
      </Group>
      <Stack gap={6}>
        {incident.attachments.length === 0 && pending.length === 0 && (
          <Text fz="sm" c="dimmed">
            No files yet.
          </Text>
        )}
        {incident.attachments.map((a) => (
          <Group key={a.id} gap={6} wrap="nowrap" align="flex-start" data-testid="attachment-entry">
            <IconDownload size={14} style={{ marginTop: 3, flexShrink: 0 }} />
            <div style={{ minWidth: 0 }}>
              <Anchor
                href={attachmentHref(incident.id, a.id)}
                download={a.fileName}
                fz="sm"
                style={{ overflowWrap: 'anywhere' }}
                data-testid="attachment-link"
              >
                {a.fileName}
              </Anchor>
              <Text fz="xs" c="dimmed">
                {formatBytes(a.size)} · {a.addedBy ? a.addedBy.fullName : 'Confidential reporter'} ·{' '}
                {formatDateTime(a.addedAt)}
              </Text>
            </div>
          </Group>
        ))}
        <FileList
          files={pending}
          onRemove={uploads.remove}
          onRetry={(f) => void uploads.uploadAll(incident.id, [f]).then(refresh)}
        />
      </Stack>
    </Card>
  );
}
