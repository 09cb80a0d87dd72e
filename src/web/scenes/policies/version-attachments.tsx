import { ActionIcon, Anchor, Button, FileButton, Group, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconFile, IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { formatDateTime } from '../../components/page';
import { notifyDone } from '../../components/problem';
import { DecisionProblem, attachmentHref, formatBytes, invalidatePolicies, type PolicyVersion } from './shared';

type Attachment = Schemas['PolicyAttachment'];

/** Uploads one file as the raw request body; the server names it from `fileName` and checks its size. */
const upload = (v: PolicyVersion, file: File) =>
  call(
    api.POST('/api/policies/{id}/versions/{versionId}/attachments', {
      params: { path: { id: v.policyId, versionId: v.id }, query: { fileName: file.name } },
      body: file as never,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'content-type': file.type || 'application/octet-stream' },
    }),
  );

/** The files that go with a version: download links for everyone, upload and delete while it may be edited. */
export function VersionAttachments({ version: v, editable }: { version: PolicyVersion; editable: boolean }) {
  const qc = useQueryClient();
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const resetRef = useRef<() => void>(null);
  const add = useMutation({
    mutationFn: (file: File) => upload(v, file),
    onSuccess: (a) => {
      notifyDone(`${a.fileName} attached`);
      invalidatePolicies(qc);
    },
  });
  const remove = useMutation({
    mutationFn: (a: Attachment) =>
      call(
        api.DELETE('/api/policies/{id}/versions/{versionId}/attachments/{attachmentId}', {
          params: { path: { id: v.policyId, versionId: v.id, attachmentId: a.id } },
        }),
      ),
    onSuccess: () => {
      notifyDone(`${removing?.fileName ?? 'Attachment'} removed`);
      setRemoving(null);
      invalidatePolicies(qc);
    },
  });
  return (
    <Stack gap="sm" data-testid="attachments">
      {v.attachments.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="attachments-empty">
          No attachments.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {v.attachments.map((a) => (
                <Table.Tr key={a.id} data-testid="attachment-row">
                  <Table.Td>
                    <Group gap={8} wrap="nowrap">
                      <IconFile size={16} style={{ flexShrink: 0 }} />
                      <div style={{ minWidth: 0 }}>
                        <Anchor
                          href={attachmentHref(v.policyId, v.id, a.id)}
                          download={a.fileName}
                          fz="sm"
                          style={{ overflowWrap: 'anywhere' }}
                          data-testid="attachment-download"
                        >
                          {a.fileName}
                        </Anchor>
                        <Text fz="xs" c="dimmed">
                          {formatBytes(a.size)}
                          {a.uploadedBy ? ` · ${a.uploadedBy.fullName}` : ''} · {formatDateTime(a.uploadedAt)}
                        </Text>
                      </div>
                    </Group>
                  </Table.Td>
                  {editable && (
                    <Table.Td w={40}>
                      <Tooltip label="Remove">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${a.fileName}`}
                          onClick={() => {
                            remove.reset();
                            setRemoving(a);
                          }}
                          data-testid="attachment-delete"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Group gap="xs">
          <FileButton
            onChange={(f) => {
              if (f) add.mutate(f);
              resetRef.current?.();
            }}
            resetRef={resetRef}
            inputProps={{ 'data-testid': 'attachment-file' } as Record<string, string>}
          >
            {(props) => (
              <Button
                {...props}
                variant="light"
                size="xs"
                leftSection={add.isPending ? <IconPaperclip size={14} /> : <IconUpload size={14} />}
                loading={add.isPending}
                data-testid="attachment-upload"
              >
                Attach a file
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      <DecisionProblem error={add.error} />
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove attachment?">
        <Stack>
          <Text fz="sm">{removing?.fileName} is removed from this draft. Published versions keep their files.</Text>
          <DecisionProblem error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => removing && remove.mutate(removing)}
              data-testid="attachment-delete-confirm"
            >
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
