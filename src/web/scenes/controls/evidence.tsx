import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArchive, IconDownload, IconExternalLink, IconLink, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { formatBytes } from '../policies/shared';
import { controlsApi, type EvidenceListState } from './controls-api';
import {
  CONTROL_LIMITS,
  ControlProblem,
  EvidenceStateBadge,
  HashText,
  evidenceFileHref,
  formatDate,
  invalidateControls,
  taskPath,
  today,
  type Control,
  type Evidence,
} from './shared';

const STATES: { value: EvidenceListState; label: string }[] = [
  { value: 'current', label: 'Current' },
  { value: 'expired', label: 'Expired' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

/** Evidence date and "valid until", shared by the upload and link dialogs. */
function DateFields({
  date,
  until,
  onDate,
  onUntil,
  fieldError,
}: {
  date: string;
  until: string;
  onDate: (v: string) => void;
  onUntil: (v: string) => void;
  fieldError: (f: string) => string | undefined;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <TextInput
        type="date"
        label="Evidence date"
        description="When it was produced"
        value={date}
        max={today()}
        onChange={(e) => onDate(e.currentTarget.value)}
        error={fieldError('evidenceDate')}
        data-testid="evidence-date"
      />
      <TextInput
        type="date"
        label="Valid until"
        description="Leave empty if it does not expire"
        value={until}
        min={date || undefined}
        onChange={(e) => onUntil(e.currentTarget.value)}
        error={fieldError('validUntil')}
        data-testid="evidence-valid-until"
      />
    </SimpleGrid>
  );
}

/** Uploads one file as evidence; the server stores it by its SHA-256 and shows the hash. */
export function UploadEvidenceModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const [until, setUntil] = useState('');
  const save = useMutation({
    mutationFn: (f: File) =>
      controlsApi.uploadEvidence(control.id, f, { title: title.trim(), evidenceDate: date, validUntil: until }),
    onSuccess: (e) => {
      notifyDone(`${e.reference} added to ${control.reference}`);
      invalidateControls(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Upload evidence for ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) save.mutate(file);
        }}
        data-testid="evidence-upload-dialog"
      >
        <Stack>
          <FileInput
            label="File"
            required
            placeholder="Choose a file"
            leftSection={<IconPaperclip size={16} />}
            value={file}
            onChange={setFile}
            clearable
            error={fieldError('fileName')}
            description={file ? formatBytes(file.size) : 'A report, an export, a screenshot, a signed record'}
            data-testid="evidence-file"
          />
          <TextInput
            label="Title"
            placeholder={file?.name ?? 'Defaults to the file name'}
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="evidence-title"
          />
          <DateFields date={date} until={until} onDate={setDate} onUntil={setUntil} fieldError={fieldError} />
          <ControlProblem error={save.error} inlineFields={['fileName', 'title', 'evidenceDate', 'validUntil']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!file} data-testid="evidence-upload-save">
              Upload
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Records evidence kept elsewhere (a ticket, a dashboard, a document system) by its link. */
export function LinkEvidenceModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [date, setDate] = useState(today());
  const [until, setUntil] = useState('');
  const save = useMutation({
    mutationFn: () =>
      controlsApi.addEvidenceLink(control.id, {
        title: title.trim(),
        url: url.trim(),
        description: description.trim(),
        evidenceDate: date || undefined,
        validUntil: until || null,
      }),
    onSuccess: (e) => {
      notifyDone(`${e.reference} added to ${control.reference}`);
      invalidateControls(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const ready = title.trim() !== '' && url.trim() !== '';
  return (
    <Modal opened onClose={onClose} title={`Link evidence to ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="evidence-link-dialog"
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="evidence-link-title"
          />
          <TextInput
            label="Link"
            required
            type="url"
            placeholder="https://"
            maxLength={CONTROL_LIMITS.urlMax}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError('url')}
            data-testid="evidence-url"
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={8}
            maxLength={CONTROL_LIMITS.textMax}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError('description')}
            data-testid="evidence-link-description"
          />
          <DateFields date={date} until={until} onDate={setDate} onUntil={setUntil} fieldError={fieldError} />
          <ControlProblem
            error={save.error}
            inlineFields={['title', 'url', 'description', 'evidenceDate', 'validUntil']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="evidence-link-save">
              Add link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ArchiveEvidenceModal({
  control,
  evidence,
  onClose,
}: {
  control: Control;
  evidence: Evidence;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const archive = useMutation({
    mutationFn: () => controlsApi.archiveEvidence(control.id, evidence.id),
    onSuccess: () => {
      notifyDone(`${evidence.reference} archived`);
      invalidateControls(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Archive ${evidence.reference}?`}>
      <Stack>
        <Text fz="sm">
          {evidence.title} no longer counts as current evidence of {control.reference}. It is kept, with its hash, and
          stays in approved SoA versions and completed tasks that refer to it.
        </Text>
        <ControlProblem error={archive.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="orange"
            loading={archive.isPending}
            onClick={() => archive.mutate()}
            data-testid="evidence-archive-confirm"
          >
            Archive
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What the evidence is: the file to download, or the link to open. */
function EvidenceSource({ control, e }: { control: Control; e: Evidence }) {
  if (e.kind === 'link' && e.url)
    return (
      <Anchor
        href={e.url}
        target="_blank"
        rel="noreferrer noopener"
        fz="sm"
        style={{ overflowWrap: 'anywhere' }}
        data-testid="evidence-link"
      >
        <IconExternalLink size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
        {e.url.replace(/^https?:\/\//, '').slice(0, 60)}
      </Anchor>
    );
  return (
    <div style={{ minWidth: 0 }}>
      <Anchor
        href={evidenceFileHref(control.id, e.id)}
        download={e.fileName ?? undefined}
        fz="sm"
        style={{ overflowWrap: 'anywhere' }}
        data-testid="evidence-download"
      >
        <IconDownload size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
        {e.fileName ?? 'Download'}
      </Anchor>
      {e.size !== null && (
        <Text fz="xs" c="dimmed">
          {formatBytes(e.size)}
        </Text>
      )}
    </div>
  );
}

/** The control's evidence, newest first, filtered by state; upload, link and archive when allowed. */
export function EvidenceCard({ control }: { control: Control }) {
  const [state, setState] = useState<EvidenceListState>('current');
  const [dialog, setDialog] = useState<'upload' | 'link' | null>(null);
  const [archiving, setArchiving] = useState<Evidence | null>(null);
  const list = useCursorPages<Evidence>(['controls', control.id, 'evidence', state], (cursor) =>
    controlsApi.evidence(control.id, state, cursor),
  );
  return (
    <Card withBorder padding="lg" data-testid="control-evidence">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} fz="lg">
          Evidence
        </Title>
        {control.can.addEvidence && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLink size={14} />}
              onClick={() => setDialog('link')}
              data-testid="evidence-add-link"
            >
              Add a link
            </Button>
            <Button
              size="xs"
              leftSection={<IconUpload size={14} />}
              onClick={() => setDialog('upload')}
              data-testid="evidence-upload"
            >
              Upload
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="sm">
        <SegmentedControl
          size="xs"
          value={state}
          onChange={(v) => setState(v)}
          data={STATES}
          style={{ alignSelf: 'flex-start' }}
          data-testid="evidence-state-filter"
        />
        <ControlProblem error={list.error} />
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text fz="sm" c="dimmed" data-testid="evidence-empty">
            {state === 'current'
              ? 'No current evidence. Upload a file or link a record that shows the control working.'
              : 'No evidence in this state.'}
          </Text>
        )}
        {list.items.length > 0 && (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="xs" data-testid="evidence-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>File or link</Table.Th>
                  <Table.Th>SHA-256</Table.Th>
                  <Table.Th>Evidence date</Table.Th>
                  <Table.Th>Valid until</Table.Th>
                  <Table.Th>State</Table.Th>
                  {control.can.edit && <Table.Th w={40} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((e) => (
                  <Table.Tr key={e.id} data-testid={`evidence-row-${e.reference}`}>
                    <Table.Td fz="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {e.reference}
                    </Table.Td>
                    <Table.Td maw={260}>
                      <Text fz="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {e.title}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {e.addedBy.fullName}
                        {e.task && (
                          <>
                            {' · '}
                            <Anchor component={Link} to={taskPath(e.task.id)} fz="xs">
                              {e.task.reference} due {formatDate(e.task.dueDate)}
                            </Anchor>
                          </>
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={240}>
                      <EvidenceSource control={control} e={e} />
                    </Table.Td>
                    <Table.Td>
                      <HashText hash={e.sha256} />
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(e.evidenceDate)}
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }} c={e.state === 'expired' ? 'red' : undefined}>
                      {e.validUntil ? formatDate(e.validUntil) : 'No expiry'}
                    </Table.Td>
                    <Table.Td>
                      <EvidenceStateBadge state={e.state} />
                    </Table.Td>
                    {control.can.edit && (
                      <Table.Td>
                        {e.state !== 'archived' && (
                          <Tooltip label="Archive" withArrow>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Archive ${e.reference}`}
                              onClick={() => setArchiving(e)}
                              data-testid="evidence-archive"
                            >
                              <IconArchive size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore list={list} />
      </Stack>
      {dialog === 'upload' && <UploadEvidenceModal control={control} onClose={() => setDialog(null)} />}
      {dialog === 'link' && <LinkEvidenceModal control={control} onClose={() => setDialog(null)} />}
      {archiving && <ArchiveEvidenceModal control={control} evidence={archiving} onClose={() => setArchiving(null)} />}
    </Card>
  );
}
