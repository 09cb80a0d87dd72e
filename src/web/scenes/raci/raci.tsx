import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDots, IconFileSpreadsheet, IconFileTypeCsv, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, messageOf, notifyDone, notifyError } from '../../components/problem';

type Matrix = Schemas['RaciMatrix'];
type Process = Schemas['RaciProcess'];
type Role = Schemas['RaciRole'];
type Value = Schemas['RaciValue'];
type Draft = Record<string, Value | null>;

const NONE = '—';
const VALUES: Value[] = ['R', 'A', 'A/R', 'C', 'I'];
const COLORS: Record<Value, string> = { A: 'red', 'A/R': 'grape', R: 'indigo', C: 'teal', I: 'gray' };
const MATRIX_KEY = ['raci'] as const;

function ValueBadge({ value }: { value: Value | null | undefined }) {
  if (!value)
    return (
      <Text c="dimmed" fz="sm" ta="center" aria-label="not involved">
        {NONE}
      </Text>
    );
  return (
    <Badge variant="light" color={COLORS[value]} size="md" radius="sm" miw={40}>
      {value}
    </Badge>
  );
}

/** The cell's select takes its value's colour, so the grid reads like the badges others see. */
const cellStyle = (v: Value | null | undefined) =>
  v
    ? {
        backgroundColor: `var(--mantine-color-${COLORS[v]}-light)`,
        color: `var(--mantine-color-${COLORS[v]}-light-color)`,
        fontWeight: 600,
      }
    : undefined;

const sameCells = (a: Draft, b: Draft, roles: Role[]) => roles.every((r) => (a[r.key] ?? null) === (b[r.key] ?? null));

/** One process row: the ISM edits its cells, then saves or cancels the whole row. */
function ProcessRow({ process, roles, canManage }: { process: Process; roles: Role[]; canManage: boolean }) {
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(process.cells);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dirty = !sameCells(draft, process.cells, roles);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/raci/processes/{id}', {
          params: { path: { id: process.id } },
          body: { version: process.version, name: process.name, cells: draft },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`“${p.name}” saved`);
      void qc.invalidateQueries({ queryKey: MATRIX_KEY });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict') {
        notifyError(e);
        void qc.invalidateQueries({ queryKey: MATRIX_KEY });
      }
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/raci/processes/{id}', {
          params: { path: { id: process.id }, query: { version: process.version } },
        }),
      ),
    onSuccess: () => {
      notifyDone(`“${process.name}” removed from the matrix`);
      void qc.invalidateQueries({ queryKey: MATRIX_KEY });
    },
    onError: notifyError,
  });
  const refused = save.error && !(save.error instanceof ApiError && save.error.problem.code === 'version_conflict');
  const span = roles.length + (canManage ? 2 : 1);
  return (
    <>
      <Table.Tr
        data-testid={`raci-row-${process.key}`}
        data-dirty={dirty ? 'true' : undefined}
        bg={dirty ? 'var(--mantine-color-yellow-light)' : undefined}
      >
        <Table.Td miw={200}>
          <Tooltip label={process.rationale} multiline w={360} disabled={!process.rationale} openDelay={300}>
            <Text fw={500} fz="sm">
              {process.name}
            </Text>
          </Tooltip>
          {process.isoRefs.length > 0 && (
            <Text c="dimmed" fz="xs">
              ISO {process.isoRefs.join(' · ')}
            </Text>
          )}
        </Table.Td>
        {roles.map((r) => (
          <Table.Td key={r.key} ta="center">
            {canManage ? (
              <NativeSelect
                size="xs"
                w={70}
                mx="auto"
                styles={{ input: cellStyle(draft[r.key]) }}
                aria-label={`${process.name}: ${r.name}`}
                value={draft[r.key] ?? NONE}
                data={[...VALUES, NONE]}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setDraft({ ...draft, [r.key]: v === NONE ? null : (v as Value) });
                  save.reset();
                }}
                data-testid={`raci-cell-${process.key}-${r.key}`}
              />
            ) : (
              <ValueBadge value={process.cells[r.key]} />
            )}
          </Table.Td>
        ))}
        {canManage && (
          <Table.Td w={170}>
            <Group gap={6} wrap="nowrap" justify="flex-end">
              {dirty && (
                <>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      setDraft(process.cells);
                      save.reset();
                    }}
                    data-testid={`raci-cancel-${process.key}`}
                  >
                    Cancel
                  </Button>
                  <Button
                    size="compact-sm"
                    loading={save.isPending}
                    onClick={() => save.mutate()}
                    data-testid={`raci-save-${process.key}`}
                  >
                    Save
                  </Button>
                </>
              )}
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" aria-label={`Actions for ${process.name}`}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirmDelete(true)}>
                    Remove process
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
      {refused && (
        <Table.Tr>
          <Table.Td colSpan={span} p={0}>
            <Alert
              color="red"
              variant="light"
              radius={0}
              title={`Not saved: ${process.name}`}
              role="alert"
              data-testid={`raci-error-${process.key}`}
            >
              {messageOf(save.error)}
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Remove process">
        <Stack>
          <Text>Remove “{process.name}” and its row from the RACI matrix? The trail keeps what it said.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function AddProcessModal({ opened, onClose, roles }: { opened: boolean; onClose: () => void; roles: Role[] }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [isoRefs, setIsoRefs] = useState('');
  const [rationale, setRationale] = useState('');
  const [accountable, setAccountable] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/raci/processes', {
          body: {
            name,
            rationale,
            isoRefs: isoRefs
              .split(/[,;]/)
              .map((s) => s.trim())
              .filter(Boolean),
            cells: accountable ? { [accountable]: 'A' } : {},
          },
        }),
      ),
    onSuccess: (p) => {
      notifyDone(`“${p.name}” added; set the other roles in its row`);
      void qc.invalidateQueries({ queryKey: MATRIX_KEY });
      setName('');
      setIsoRefs('');
      setRationale('');
      setAccountable(null);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Modal opened={opened} onClose={onClose} title="Add a process">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Process"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            data-autofocus
            data-testid="raci-new-name"
          />
          <Select
            label="Accountable role"
            description="Exactly one role answers for each process"
            required
            data={roles.filter((r) => !r.retired).map((r) => ({ value: r.key, label: r.name }))}
            value={accountable}
            onChange={setAccountable}
            error={fieldError('cells')}
            data-testid="raci-new-accountable"
          />
          <TextInput
            label="ISO/IEC 27001 references"
            description="Separated by commas, e.g. 8.1, A.5.19"
            value={isoRefs}
            onChange={(e) => setIsoRefs(e.currentTarget.value)}
          />
          <Textarea
            label="Rationale"
            autosize
            minRows={2}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
          />
          <ProblemAlert error={create.error} inlineFields={['name', 'cells']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="raci-new-submit">
              Add process
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function RaciScene() {
  const [adding, { open, close }] = useDisclosure(false);
  const matrix = useQuery({ queryKey: MATRIX_KEY, queryFn: () => call(api.GET('/api/raci')) });
  const m: Matrix | undefined = matrix.data;
  const canManage = m?.can.manage ?? false;
  return (
    <Page
      title="RACI matrix"
      description="Who is Responsible, Accountable, Consulted and Informed in each ISMS process (ISO/IEC 27001 clause 5.3). Every process has exactly one Accountable role."
      actions={
        <Group gap="xs">
          <Button
            component="a"
            href="/api/raci/export?format=csv"
            download
            variant="default"
            leftSection={<IconFileTypeCsv size={16} />}
            data-testid="raci-export-csv"
          >
            CSV
          </Button>
          <Button
            component="a"
            href="/api/raci/export?format=xlsx"
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            data-testid="raci-export-xlsx"
          >
            Excel
          </Button>
          {canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={open} data-testid="raci-add">
              Add process
            </Button>
          )}
        </Group>
      }
    >
      <ProblemAlert error={matrix.error} />
      {m && (
        <>
          <Group gap="md" data-testid="raci-legend">
            {m.legend.map((l) => (
              <Group key={l.value} gap={6} wrap="nowrap">
                <ValueBadge value={l.value} />
                <Text fz="xs" c="dimmed">
                  {l.label}
                </Text>
              </Group>
            ))}
            <Group gap={6} wrap="nowrap">
              <Text fz="sm" c="dimmed" w={40} ta="center">
                {NONE}
              </Text>
              <Text fz="xs" c="dimmed">
                Not involved
              </Text>
            </Group>
          </Group>
          {!canManage && (
            <Text fz="sm" c="dimmed" data-testid="raci-read-only">
              Read only: the Information Security Manager maintains this matrix.
            </Text>
          )}
          <Card withBorder padding={0}>
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="xs" striped={!canManage} data-testid="raci-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Process</Table.Th>
                    {m.roles.map((r) => (
                      <Table.Th key={r.key} ta="center" fz="xs" w={88} style={{ verticalAlign: 'bottom' }}>
                        {r.name}
                        {r.retired && (
                          <Text span c="dimmed" fz="xs">
                            {' '}
                            (retired)
                          </Text>
                        )}
                      </Table.Th>
                    ))}
                    {canManage && <Table.Th w={170} aria-label="Actions" />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.processes.map((p) => (
                    <ProcessRow key={`${p.id}:${p.version}`} process={p} roles={m.roles} canManage={canManage} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {m.processes.length === 0 && (
              <Text c="dimmed" ta="center" py="lg">
                No processes yet.
              </Text>
            )}
          </Card>
          <AddProcessModal opened={adding} onClose={close} roles={m.roles} />
        </>
      )}
    </Page>
  );
}
