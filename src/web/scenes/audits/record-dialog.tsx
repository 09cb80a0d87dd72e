import {
  Anchor,
  Button,
  Divider,
  FileInput,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconDownload, IconExternalLink, IconLink, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { DecisionProblem, formatBytes } from '../policies/shared';
import { auditEvidenceHref, auditsApi } from './audits-api';
import {
  AUDIT_LIMITS,
  RESULT,
  RESULTS,
  invalidateAudits,
  ncPath,
  type AuditEvidence,
  type AuditItem,
  type AuditResult,
} from './shared';

/** One piece of evidence: the file to download or the link to open. */
export function EvidenceEntry({ auditId, e }: { auditId: string; e: AuditEvidence }) {
  const link = e.kind === 'link' && e.url;
  return (
    <Group gap={6} wrap="nowrap" data-testid="item-evidence">
      {link ? <IconExternalLink size={14} /> : <IconDownload size={14} />}
      <Anchor
        href={link ? (e.url ?? undefined) : auditEvidenceHref(auditId, e.id)}
        target={link ? '_blank' : undefined}
        rel={link ? 'noreferrer noopener' : undefined}
        download={link ? undefined : (e.fileName ?? undefined)}
        fz="sm"
        style={{ overflowWrap: 'anywhere' }}
      >
        {e.title || e.fileName || e.url}
      </Anchor>
      <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {e.size !== null ? `${formatBytes(e.size)} · ` : ''}
        {e.addedBy.fullName}
      </Text>
    </Group>
  );
}

/** Upload a file or link a record as evidence of one item; each is kept at once. */
function EvidenceSection({ item, onChanged }: { item: AuditItem; onChanged: (i: AuditItem) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileTitle, setFileTitle] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const upload = useMutation({
    mutationFn: (f: File) => auditsApi.uploadEvidence(item.auditId, item.id, f, fileTitle.trim()),
    onSuccess: (i) => {
      setFile(null);
      setFileTitle('');
      onChanged(i);
    },
  });
  const addLink = useMutation({
    mutationFn: () => auditsApi.addEvidenceLink(item.auditId, item.id, { title: title.trim(), url: url.trim() }),
    onSuccess: (i) => {
      setTitle('');
      setUrl('');
      onChanged(i);
    },
  });
  const linkError = fieldErrorOf(addLink.error);
  return (
    <Stack gap="xs" data-testid="record-evidence">
      <Title order={3} fz="sm">
        Evidence ({item.evidence.length})
      </Title>
      {item.evidence.map((e) => (
        <EvidenceEntry key={e.id} auditId={item.auditId} e={e} />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <FileInput
          placeholder="Choose a file"
          leftSection={<IconPaperclip size={16} />}
          value={file}
          onChange={setFile}
          clearable
          aria-label="Evidence file"
          data-testid="record-file"
        />
        <TextInput
          placeholder={file?.name ?? 'Title (optional)'}
          aria-label="File title"
          maxLength={AUDIT_LIMITS.titleMax}
          value={fileTitle}
          onChange={(e) => setFileTitle(e.currentTarget.value)}
          data-testid="record-file-title"
        />
        <Button
          variant="light"
          leftSection={<IconUpload size={14} />}
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file)}
          data-testid="record-upload"
        >
          Upload
        </Button>
        <TextInput
          placeholder="Link title"
          aria-label="Link title"
          maxLength={AUDIT_LIMITS.titleMax}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={linkError('title')}
          data-testid="record-link-title"
        />
        <TextInput
          placeholder="https://"
          type="url"
          aria-label="Link"
          maxLength={AUDIT_LIMITS.urlMax}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={linkError('url')}
          data-testid="record-link-url"
        />
        <Button
          variant="light"
          leftSection={<IconLink size={14} />}
          disabled={!title.trim() || !url.trim()}
          loading={addLink.isPending}
          onClick={() => addLink.mutate()}
          data-testid="record-link-add"
        >
          Add link
        </Button>
      </SimpleGrid>
      <DecisionProblem error={upload.error} />
      {!linkError('title') && !linkError('url') && <DecisionProblem error={addLink.error} />}
    </Stack>
  );
}

/** Records the result of one checklist item with notes and evidence; a nonconformity result raises an NC. */
export function RecordModal({ item: initial, onClose }: { item: AuditItem; onClose: () => void }) {
  const qc = useQueryClient();
  const [item, setItem] = useState(initial);
  const [result, setResult] = useState<AuditResult | null>(initial.result);
  const [notes, setNotes] = useState(initial.notes);
  const save = useMutation({
    mutationFn: () =>
      auditsApi.record(item.auditId, item.id, {
        result: result ?? 'conforming',
        notes: notes.trim(),
        version: item.version,
      }),
    onSuccess: (i) => {
      notifyDone(
        i.nonconformity ? `${i.code} recorded; ${i.nonconformity.reference} raised` : `${i.code || i.title} recorded`,
      );
      invalidateAudits(qc);
      onClose();
    },
  });
  const raises = result === 'minor_nc' || result === 'major_nc';
  return (
    <Modal opened onClose={onClose} title={`${item.code ? `${item.code} ` : ''}${item.title}`} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (result) save.mutate();
        }}
        data-testid="record-dialog"
      >
        <Stack>
          {item.guidance && (
            <Text fz="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="record-guidance">
              {item.guidance}
            </Text>
          )}
          <Radio.Group
            label="Result"
            required
            value={result}
            onChange={(v) => setResult(v)}
            data-testid="record-result"
          >
            <Group gap="md" mt={6}>
              {RESULTS.map((r) => (
                <Radio
                  key={r}
                  value={r}
                  label={RESULT[r].label}
                  color={RESULT[r].color}
                  data-testid={`record-result-${r}`}
                />
              ))}
            </Group>
          </Radio.Group>
          {raises && !item.nonconformity && (
            <Text fz="sm" c="orange" data-testid="record-raises-nc">
              Saving raises a nonconformity from this finding; describe what was found in the notes.
            </Text>
          )}
          {item.nonconformity && (
            <Text fz="sm">
              Nonconformity{' '}
              <Anchor component={Link} to={ncPath(item.nonconformity.id)}>
                {item.nonconformity.reference}
              </Anchor>{' '}
              was raised from this item.
            </Text>
          )}
          <Textarea
            label="Notes"
            description="What was examined, who was interviewed, what was found"
            autosize
            minRows={4}
            maxRows={14}
            maxLength={AUDIT_LIMITS.notesMax}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={fieldErrorOf(save.error)('notes')}
            data-testid="record-notes"
          />
          <Divider />
          <EvidenceSection
            item={item}
            onChanged={(i) => {
              setItem(i);
              invalidateAudits(qc);
            }}
          />
          <DecisionProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!result} data-testid="record-save">
              Save result
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
