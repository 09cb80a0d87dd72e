import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Menu,
  Modal,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconClipboardCheck,
  IconDownload,
  IconCertificate,
} from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { formatDateTime } from '../../components/page';
import { fieldErrorOf, notifyDone, ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { useSetParams } from '../assets/filters';
import { Field, WHOLE, plural } from '../policies/shared';
import { ApplicabilityModal } from './applicability-dialog';
import {
  controlsApi,
  soaExportHref,
  soaVersionExportHref,
  type SoaFormat,
  type SoaStatus,
  type SoaVersionSummary,
} from './controls-api';
import { ControlsPage } from './controls-nav';
import { ControlFilterBar } from './filters';
import { filtersFrom, hasFilters, sortFrom } from './query';
import {
  ApplicabilityBadge,
  CONTROL_THEME_LABELS,
  ControlProblem,
  HashText,
  SOA_REASON_LABELS,
  StatusBadge,
  controlPath,
  invalidateControls,
  type ControlSummary,
} from './shared';

const FORMATS: { format: SoaFormat; label: string }[] = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
];

/** Approves the working draft as the next SoA version (the ISM), with a note kept in the version. */
function ApproveModal({ status, onClose }: { status: SoaStatus; onClose: () => void }) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const approve = useMutation({
    mutationFn: () => controlsApi.approveSoa(note.trim()),
    onSuccess: (v) => {
      notifyDone(`Statement of Applicability version ${v.number} approved`);
      invalidateControls(qc);
      onClose();
    },
  });
  const next = (status.latest?.number ?? 0) + 1;
  return (
    <Modal opened onClose={onClose} title={`Approve SoA version ${next}?`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          approve.mutate();
        }}
        data-testid="approve-soa-dialog"
      >
        <Stack>
          <Text fz="sm">
            The current decisions, statuses, owners, risks and valid evidence of every control are frozen as version{' '}
            {next}, with its SHA-256, your name and your role. Approved versions cannot be changed.
          </Text>
          {status.latest && (
            <Text fz="sm" c="dimmed">
              {plural(status.changedSinceLatest, 'control')} changed since version {status.latest.number}.
            </Text>
          )}
          <Textarea
            label="Note"
            description="What changed and why, for the record"
            autosize
            minRows={3}
            maxRows={8}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrorOf(approve.error)('note')}
            data-testid="approve-soa-note"
          />
          <ControlProblem error={approve.error} inlineFields={['note']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={approve.isPending}
              leftSection={<IconCertificate size={16} />}
              data-testid="approve-soa-confirm"
            >
              Approve version {next}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ExportMenu({ href, label, testId }: { href: (f: SoaFormat) => string; label: string; testId: string }) {
  return (
    <Menu position="bottom-end" withArrow shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          rightSection={<IconChevronDown size={12} />}
          data-testid={testId}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map(({ format, label: l }) => (
          <Menu.Item key={format} component="a" href={href(format)} data-testid={`${testId}-${format}`}>
            {l}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Where the SoA stands: the latest approved version, what is undecided or changed, export and approve. */
function StatusCard({ onApprove }: { onApprove: (s: SoaStatus) => void }) {
  const mayApprove = useSignedIn().permissions.approveSoa;
  const setParams = useSetParams();
  const q = useQuery({ queryKey: ['soa', 'status'], queryFn: controlsApi.soa });
  if (q.error) return <ProblemAlert error={q.error} />;
  if (!q.data) return <Skeleton h={160} radius="md" />;
  const s = q.data;
  const blocked = s.undecided > 0;
  return (
    <Card withBorder padding="lg" data-testid="soa-status">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <Field label="Latest approved" testId="soa-latest">
            {s.latest ? (
              <Text fz="sm" fw={600} span data-testid="soa-latest-number" data-value={s.latest.number}>
                Version {s.latest.number}
              </Text>
            ) : (
              <Text fz="sm" c="dimmed" span data-testid="soa-latest-number" data-value={0}>
                None approved yet
              </Text>
            )}
          </Field>
          <Field label="Approved by" testId="soa-latest-by">
            {s.latest ? (
              <>
                {s.latest.approvedBy.fullName}
                <Text fz="xs" c="dimmed">
                  as {s.latest.approvedAs}, {formatDateTime(s.latest.approvedAt)}
                </Text>
              </>
            ) : (
              '—'
            )}
          </Field>
          <Field label="Undecided controls" testId="soa-undecided">
            <Group gap="xs">
              <Text fz="sm" fw={600} c={s.undecided > 0 ? 'orange' : 'teal'} span data-value={s.undecided}>
                {s.undecided}
              </Text>
              {s.undecided > 0 && (
                <Anchor
                  component="button"
                  type="button"
                  fz="xs"
                  onClick={() => setParams({ applicability: 'undecided' })}
                  data-testid="soa-show-undecided"
                >
                  Show them
                </Anchor>
              )}
            </Group>
          </Field>
          <Field label="Changed since latest" testId="soa-changed">
            <Text fz="sm" fw={600} span data-value={s.changedSinceLatest}>
              {s.latest ? s.changedSinceLatest : '—'}
            </Text>
          </Field>
        </SimpleGrid>
        {s.latest && (
          <Group gap="xs" wrap="nowrap">
            <Text fz="xs" c="dimmed">
              SHA-256 of version {s.latest.number}
            </Text>
            <HashText hash={s.latest.sha256} testId="soa-hash" />
          </Group>
        )}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs" wrap="wrap">
            <Text fz="sm" c="dimmed">
              Working draft:
            </Text>
            {FORMATS.map(({ format, label }) => (
              <Button
                key={format}
                component="a"
                href={soaExportHref(format)}
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} />}
                data-testid={`soa-export-${format}`}
              >
                {label}
              </Button>
            ))}
          </Group>
          {mayApprove && (
            <Button
              leftSection={<IconCertificate size={16} />}
              disabled={blocked || !s.canApprove}
              onClick={() => onApprove(s)}
              data-testid="approve-soa"
            >
              Approve this version
            </Button>
          )}
        </Group>
        {mayApprove && blocked && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            data-testid="approve-soa-blocked"
          >
            {plural(s.undecided, 'control is', 'controls are')} still undecided. Decide every control before approving:
            an auditor reads the SoA as complete.
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** The working draft, one row per control, grouped by theme; the ISM decides each in place. */
function SoaRowsCard() {
  const mayDecide = useSignedIn().permissions.manageControls;
  const [params] = useSearchParams();
  const [deciding, setDeciding] = useState<string | null>(null);
  const filters = filtersFrom(params);
  const query = { ...filters, ...sortFrom(params) };
  const list = useCursorPages<ControlSummary>(['controls', 'list', 'soa', query], (cursor) =>
    controlsApi.list({ ...query, limit: 100, cursor }),
  );
  const total = (list.data?.pages[0] as { total?: number } | undefined)?.total;
  const grouped = query.sort === 'reference';
  return (
    <Card withBorder padding="lg" data-testid="soa-rows">
      <Stack>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="lg">
            Controls in the working draft
          </Title>
          <Text fz="sm" c="dimmed" data-testid="soa-rows-total">
            {total === undefined
              ? list.isPending
                ? 'Loading…'
                : ''
              : hasFilters(filters)
                ? `${plural(total, 'control')} ${total === 1 ? 'matches' : 'match'}`
                : plural(total, 'control')}
          </Text>
        </Group>
        <ControlFilterBar compact />
        <ProblemAlert error={list.error} />
        <Table.ScrollContainer minWidth={1060}>
          <Table verticalSpacing="sm" data-testid="soa-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reference</Table.Th>
                <Table.Th>Control</Table.Th>
                <Table.Th>Applicability</Table.Th>
                <Table.Th>Reasons</Table.Th>
                <Table.Th>Justification</Table.Th>
                <Table.Th>Status</Table.Th>
                {mayDecide && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((c, i) => (
                <Fragment key={c.id}>
                  {grouped && (i === 0 || list.items[i - 1]?.theme !== c.theme) && (
                    <Table.Tr bg="var(--mantine-color-default-hover)" data-testid={`soa-theme-${c.theme}`}>
                      <Table.Td colSpan={mayDecide ? 7 : 6}>
                        <Text fz="sm" fw={700}>
                          {CONTROL_THEME_LABELS[c.theme]}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr data-testid={`soa-row-${c.reference}`}>
                    <Table.Td>
                      <Code style={{ whiteSpace: 'nowrap' }}>{c.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={280} miw={180}>
                      <Anchor component={Link} to={controlPath(c.id)} fz="sm" fw={500}>
                        {c.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ApplicabilityBadge value={c.applicability} size="sm" testId="soa-row-applicability" />
                    </Table.Td>
                    <Table.Td maw={200}>
                      <Group gap={4}>
                        {c.reasons.map((r) => (
                          <Badge key={r} size="xs" variant="light" color="indigo" styles={WHOLE}>
                            {SOA_REASON_LABELS[r]}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td maw={280}>
                      <Text fz="xs" lineClamp={3} c={c.justification ? undefined : 'dimmed'} title={c.justification}>
                        {c.justification || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.applicability === 'applicable' ? (
                        <StatusBadge status={c.status} size="sm" testId="soa-row-status" />
                      ) : (
                        <Text fz="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    {mayDecide && (
                      <Table.Td ta="right">
                        <Button
                          size="compact-xs"
                          variant={c.applicability === 'undecided' ? 'filled' : 'light'}
                          leftSection={<IconClipboardCheck size={12} />}
                          onClick={() => setDeciding(c.id)}
                          data-testid="applicability-button"
                        >
                          {c.applicability === 'undecided' ? 'Decide' : 'Change'}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!list.isPending && !list.error && list.items.length === 0 && (
          <Text c="dimmed" ta="center" py="md" data-testid="soa-rows-empty">
            {hasFilters(filters) ? 'No control matches these filters.' : 'No controls yet.'}
          </Text>
        )}
        <LoadMore list={list} total={total} />
      </Stack>
      {deciding && <ApplicabilityModal controlId={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

/** Approved versions, newest first, each exportable as it was approved. */
function VersionsCard() {
  const list = useCursorPages<SoaVersionSummary>(['soa', 'versions'], (cursor) => controlsApi.soaVersions(cursor));
  return (
    <Card withBorder padding="lg" data-testid="soa-versions">
      <Title order={2} fz="lg" mb="sm">
        Approved versions
      </Title>
      <ProblemAlert error={list.error} />
      {!list.isPending && !list.error && list.items.length === 0 && (
        <Text fz="sm" c="dimmed" data-testid="soa-versions-empty">
          No version approved yet.
        </Text>
      )}
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Approved</Table.Th>
                <Table.Th>Applicable</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((v) => (
                <Table.Tr key={v.number} data-testid={`soa-version-${v.number}`}>
                  <Table.Td fw={600} fz="sm">
                    <Anchor
                      component={Link}
                      to={`/soa/versions/${v.number}`}
                      data-testid={`soa-version-open-${v.number}`}
                    >
                      Version {v.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td miw={160}>
                    <Text fz="sm">{v.approvedBy.fullName}</Text>
                    <Text fz="xs" c="dimmed">
                      as {v.approvedAs}, {formatDateTime(v.approvedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {v.applicableCount} of {v.controlCount}
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Text fz="sm" lineClamp={3} c={v.note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                      {v.note || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <HashText hash={v.sha256} testId="soa-version-hash" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <ExportMenu
                      href={(f) => soaVersionExportHref(v.number, f)}
                      label="Export"
                      testId={`soa-version-export-${v.number}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore list={list} />
    </Card>
  );
}

/** The Statement of Applicability (ISO/IEC 27001 6.1.3 d): decide, export and approve versions. */
export function SoaScene() {
  const [approving, setApproving] = useState<SoaStatus | null>(null);
  return (
    <ControlsPage
      tab="soa"
      title="Statement of Applicability"
      description="Every Annex A control and your own: whether it applies, why, and how far it is implemented. Approved versions are frozen with their hash."
    >
      <StatusCard onApprove={setApproving} />
      <VersionsCard />
      <SoaRowsCard />
      {approving && <ApproveModal status={approving} onClose={() => setApproving(null)} />}
    </ControlsPage>
  );
}
