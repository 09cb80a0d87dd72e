import { ActionIcon, Button, FileButton, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconPaperclip, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { messageOf } from '../../components/problem';
import { formatBytes } from '../policies/shared';
import { incidentsApi } from './incidents-api';

export type FileState = { key: string; file: File; state: 'waiting' | 'uploading' | 'done' | 'failed'; error?: string };

let counter = 0;
export const toFileStates = (files: File[]): FileState[] =>
  files.map((file) => ({ key: `${file.name}-${file.size}-${counter++}`, file, state: 'waiting' }));

/**
 * Files chosen for a report, uploaded one by one once the report exists: each keeps its own
 * outcome, so one refused file does not lose the others (or the report).
 */
export function useFileUploads() {
  const [files, setFiles] = useState<FileState[]>([]);
  const patch = (key: string, p: Partial<FileState>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...p } : f)));
  const uploadAll = async (incidentId: string, only?: FileState[]) => {
    for (const f of only ?? files) {
      if (f.state === 'done') continue;
      patch(f.key, { state: 'uploading', error: undefined });
      try {
        await incidentsApi.upload(incidentId, f.file);
        patch(f.key, { state: 'done' });
      } catch (e) {
        patch(f.key, { state: 'failed', error: messageOf(e) });
      }
    }
  };
  return {
    files,
    /** Adds files to the list and returns their entries (to upload them at once). */
    add: (more: File[]) => {
      const added = toFileStates(more);
      setFiles((list) => [...list, ...added]);
      return added;
    },
    remove: (key: string) => setFiles((list) => list.filter((f) => f.key !== key)),
    clear: () => setFiles([]),
    uploadAll,
  };
}

/** The "Add files" button; its hidden input carries `testId` so a test can set files on it. */
export function AddFilesButton({
  onFiles,
  testId,
  label = 'Add files',
  disabled,
  loading,
}: {
  onFiles: (files: File[]) => void;
  testId: string;
  label?: string;
  disabled?: boolean;
  loading?: boolean;
}) {
  return (
    <FileButton
      multiple
      onChange={(files) => files.length > 0 && onFiles(files)}
      inputProps={{ 'data-testid': testId } as Record<string, string>}
      disabled={disabled}
    >
      {(props) => (
        <Button
          {...props}
          variant="default"
          leftSection={<IconPaperclip size={16} />}
          disabled={disabled}
          loading={loading}
          data-testid={`${testId}-button`}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
}

/** The chosen files with their size and, once sending, whether each arrived. */
export function FileList({
  files,
  onRemove,
  onRetry,
}: {
  files: FileState[];
  onRemove?: (key: string) => void;
  onRetry?: (f: FileState) => void;
}) {
  if (files.length === 0) return null;
  return (
    <Stack gap={4} data-testid="file-list">
      {files.map((f) => (
        <Group key={f.key} gap="xs" wrap="nowrap" align="flex-start" data-testid="file-entry" data-state={f.state}>
          <div style={{ width: 18, paddingTop: 2 }}>
            {f.state === 'uploading' && <Loader size={14} />}
            {f.state === 'done' && <IconCheck size={16} color="var(--mantine-color-teal-6)" />}
            {f.state === 'failed' && <IconX size={16} color="var(--mantine-color-red-6)" />}
            {f.state === 'waiting' && <IconPaperclip size={16} color="var(--mantine-color-dimmed)" />}
          </div>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }} data-testid="file-name">
              {f.file.name}{' '}
              <Text span fz="xs" c="dimmed">
                {formatBytes(f.file.size)}
              </Text>
            </Text>
            {f.error && (
              <Text fz="xs" c="red" data-testid="file-error">
                Not attached: {f.error}
              </Text>
            )}
          </div>
          {f.state === 'failed' && onRetry && (
            <Tooltip label="Try again">
              <ActionIcon
                variant="subtle"
                aria-label={`Retry ${f.file.name}`}
                onClick={() => onRetry(f)}
                data-testid="file-retry"
              >
                <IconRefresh size={16} />
              </ActionIcon>
            </Tooltip>
          )}
          {f.state !== 'done' && f.state !== 'uploading' && onRemove && (
            <Tooltip label="Remove">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${f.file.name}`}
                onClick={() => onRemove(f.key)}
                data-testid="file-remove"
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
    </Stack>
  );
}
