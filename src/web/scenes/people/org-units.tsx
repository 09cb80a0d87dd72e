import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  IconChevronDown,
  IconChevronRight,
  IconEdit,
  IconPlus,
  IconSearch,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { OrgUnitSelect, useOrgTree, type OrgUnitNode } from './pickers';

type Editing = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: OrgUnitNode };

function UnitModal({
  editing,
  onClose,
  descendants,
}: {
  editing: Editing | null;
  onClose: () => void;
  descendants: (id: string) => Set<string>;
}) {
  const qc = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) return;
    setCode(editing.mode === 'edit' ? editing.unit.code : '');
    setName(editing.mode === 'edit' ? editing.unit.name : '');
    setParentId(editing.mode === 'edit' ? editing.unit.parentId : editing.parentId);
  }, [editing]);
  const save = useMutation({
    mutationFn: () =>
      editing?.mode === 'edit'
        ? call(
            api.PATCH('/api/org-units/{id}', {
              params: { path: { id: editing.unit.id } },
              body: { version: editing.unit.version, code, name, parentId },
            }),
          )
        : call(api.POST('/api/org-units', { body: { code, name, parentId } })),
    onSuccess: (u) => {
      notifyDone(`${u.name} saved`);
      void qc.invalidateQueries({ queryKey: ['org-units'] });
      void qc.invalidateQueries({ queryKey: ['people'] });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['org-units'] });
    },
  });
  const fe = fieldErrorOf(save.error);
  const exclude = useMemo(
    () => (editing?.mode === 'edit' ? descendants(editing.unit.id) : undefined),
    [editing, descendants],
  );
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing?.mode === 'edit' ? `Edit ${editing.unit.name}` : 'New org unit'}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fe('name')}
            data-testid="unit-name"
            data-autofocus
          />
          <TextInput
            label="Code"
            description="Unique; the HR import refers to units by code"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fe('code')}
            data-testid="unit-code"
          />
          <OrgUnitSelect
            label="Parent unit"
            description="Moving a unit moves everything below it"
            placeholder="None (top level)"
            value={parentId}
            onChange={setParentId}
            exclude={exclude}
            error={fe('parentId')}
            data-testid="unit-parent"
          />
          <ProblemAlert error={save.error} inlineFields={['name', 'code', 'parentId']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="unit-submit">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function OrgUnitsScene() {
  const session = useSignedIn();
  const canManage = session.permissions.managePeople;
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const focus = params.get('focus');
  const tree = useOrgTree();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<Set<string> | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<OrgUnitNode | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const nodes = useMemo(() => tree.data?.items ?? [], [tree.data]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const children = useMemo(() => {
    const m = new Map<string | null, OrgUnitNode[]>();
    for (const n of nodes) {
      const key = n.parentId && byId.has(n.parentId) ? n.parentId : null;
      m.set(key, [...(m.get(key) ?? []), n]);
    }
    for (const list of m.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return m;
  }, [nodes, byId]);
  const descendants = useMemo(
    () => (id: string) => {
      const out = new Set<string>();
      const stack = [id];
      while (stack.length) {
        const next = stack.pop() as string;
        out.add(next);
        for (const c of children.get(next) ?? []) stack.push(c.id);
      }
      return out;
    },
    [children],
  );
  // Opened at first: the top three levels and the path to a unit linked to from elsewhere.
  const expanded = useMemo(() => {
    if (open) return open;
    const roots = children.get(null) ?? [];
    const s = new Set<string>([...roots, ...roots.flatMap((r) => children.get(r.id) ?? [])].map((n) => n.id));
    let cursor = focus ? byId.get(focus)?.parentId : null;
    while (cursor) {
      s.add(cursor);
      cursor = byId.get(cursor)?.parentId ?? null;
    }
    return s;
  }, [open, children, focus, byId]);
  const term = search.trim().toLowerCase();
  const visible = useMemo(() => {
    if (!term) return null;
    const keep = new Set<string>();
    for (const n of nodes) {
      if (!n.name.toLowerCase().includes(term) && !n.code.toLowerCase().includes(term)) continue;
      let cursor: string | null = n.id;
      while (cursor && !keep.has(cursor)) {
        keep.add(cursor);
        cursor = byId.get(cursor)?.parentId ?? null;
      }
    }
    return keep;
  }, [term, nodes, byId]);
  const remove = useMutation({
    mutationFn: (u: OrgUnitNode) => call(api.DELETE('/api/org-units/{id}', { params: { path: { id: u.id } } })),
    onSuccess: () => {
      notifyDone('Org unit deleted');
      void qc.invalidateQueries({ queryKey: ['org-units'] });
      confirm.close();
    },
  });
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  const renderNode = (n: OrgUnitNode, depth: number) => {
    if (visible && !visible.has(n.id)) return null;
    const kids = children.get(n.id) ?? [];
    const isOpen = visible !== null || expanded.has(n.id);
    return (
      <Box key={n.id}>
        <Group
          gap="xs"
          wrap="nowrap"
          py={6}
          pl={depth * 24}
          pr="xs"
          data-testid={`unit-${n.code}`}
          style={{
            borderBottom: '1px solid var(--mantine-color-default-border)',
            background: focus === n.id ? 'var(--mantine-color-blue-light)' : undefined,
          }}
        >
          {kids.length > 0 ? (
            <ActionIcon
              variant="subtle"
              size="sm"
              onClick={() => toggle(n.id)}
              aria-label={isOpen ? `Collapse ${n.name}` : `Expand ${n.name}`}
              data-testid="unit-toggle"
            >
              {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          ) : (
            <Box w={22} />
          )}
          <UnstyledButton component={Link} to={`/people?orgUnit=${n.id}`} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Text fw={depth === 0 ? 600 : 500} fz="sm" truncate>
                {n.name}
              </Text>
              <Badge variant="outline" size="sm" color="gray">
                {n.code}
              </Badge>
            </Group>
          </UnstyledButton>
          <Tooltip label="Active people directly in this unit">
            <Badge variant="light" leftSection={<IconUsers size={12} />} data-testid="unit-people">
              {n.peopleCount}
            </Badge>
          </Tooltip>
          <Text fz="xs" c="dimmed" w={70} ta="right">
            {kids.length > 0 ? `${kids.length} unit${kids.length === 1 ? '' : 's'}` : ''}
          </Text>
          {canManage && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={`Add a unit under ${n.name}`}
                onClick={() => setEditing({ mode: 'create', parentId: n.id })}
                data-testid="unit-add-child"
              >
                <IconPlus size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={`Edit ${n.name}`}
                onClick={() => setEditing({ mode: 'edit', unit: n })}
                data-testid="unit-edit"
              >
                <IconEdit size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${n.name}`}
                onClick={() => {
                  setDeleting(n);
                  remove.reset();
                  confirm.open();
                }}
                data-testid="unit-delete"
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        {isOpen && kids.map((k) => renderNode(k, depth + 1))}
      </Box>
    );
  };

  return (
    <Page
      title="Org units"
      description="The organisation as a tree. Click a unit to see its people; units the HR import does not know yet are created by it."
      actions={
        canManage && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ mode: 'create', parentId: null })}
            data-testid="unit-create"
          >
            New unit
          </Button>
        )
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <Group>
            <TextInput
              placeholder="Find a unit by name or code"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              aria-label="Find a unit"
              style={{ flex: 1 }}
              data-testid="unit-search"
            />
            <Button variant="default" onClick={() => setOpen(new Set(nodes.map((n) => n.id)))}>
              Expand all
            </Button>
            <Button variant="default" onClick={() => setOpen(new Set())}>
              Collapse all
            </Button>
          </Group>
          <ProblemAlert error={tree.error} />
          {tree.data?.truncated && (
            <Alert color="yellow">
              The organisation has more units than the tree shows; search to find the others.
            </Alert>
          )}
          {tree.isPending && <Loader size="sm" />}
          <Box data-testid="org-tree">{(children.get(null) ?? []).map((n) => renderNode(n, 0))}</Box>
          {!tree.isPending && nodes.length === 0 && (
            <Text c="dimmed" ta="center" py="md">
              No org units yet. Create one, or import an HR file.
            </Text>
          )}
        </Stack>
      </Card>
      <UnitModal editing={editing} onClose={() => setEditing(null)} descendants={descendants} />
      <Modal opened={confirmOpen} onClose={confirm.close} title={`Delete ${deleting?.name ?? ''}?`}>
        <Stack>
          <Text fz="sm">
            Only an empty unit can be deleted: no people in it (leavers included) and no units below it.
          </Text>
          <ProblemAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting)}
              data-testid="unit-delete-confirm"
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
