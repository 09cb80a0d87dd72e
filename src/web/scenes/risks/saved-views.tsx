import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconBookmark, IconBookmarkPlus, IconChevronDown, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone, notifyError } from '../../components/problem';
import { toQueryString, viewPairs } from './query';
import { RISK_LIMITS, type RiskView } from './shared';

const VIEWS_KEY = ['risks', 'views'] as const;

function SaveViewModal({ pairs, onClose }: { pairs: Record<string, string>; onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => call(api.POST('/api/risks/views', { body: { name, query: pairs } })),
    onSuccess: (v) => {
      notifyDone(`View “${v.name}” saved`);
      void qc.invalidateQueries({ queryKey: VIEWS_KEY });
      onClose();
    },
  });
  const described = Object.entries(pairs)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
  return (
    <Modal opened onClose={onClose} title="Save the current view">
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
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrorOf(save.error)('name')}
            placeholder="e.g. Finance risks above appetite"
            data-autofocus
            data-testid="risk-view-name"
          />
          <Text fz="xs" c="dimmed">
            {described ? `Keeps: ${described}` : 'No filters are set: the view shows the whole register.'}
          </Text>
          <ProblemAlert error={save.error} inlineFields={['name']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()} data-testid="risk-view-save">
              Save view
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The caller's saved register views: apply one, save the current filters as one, delete one. */
export function SavedViewsMenu() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [saving, setSaving] = useState(false);
  const views = useQuery({ queryKey: VIEWS_KEY, queryFn: () => call(api.GET('/api/risks/views')) });
  const remove = useMutation({
    mutationFn: (v: RiskView) => call(api.DELETE('/api/risks/views/{id}', { params: { path: { id: v.id } } })),
    onSuccess: (_ok, v) => {
      notifyDone(`View “${v.name}” deleted`);
      void qc.invalidateQueries({ queryKey: VIEWS_KEY });
    },
    onError: notifyError,
  });
  const items = views.data?.items ?? [];
  const current = toQueryString(viewPairs(params));
  const full = items.length >= RISK_LIMITS.viewsMax;
  return (
    <>
      <Menu position="bottom-end" width={300} withArrow shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="risk-views"
          >
            Views
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="risk-views-menu">
          <Menu.Label>Saved views</Menu.Label>
          {views.error ? (
            <ProblemAlert error={views.error} />
          ) : items.length === 0 ? (
            <Text fz="sm" c="dimmed" px="sm" py={6}>
              None yet. Filter the register, then save it here.
            </Text>
          ) : (
            items.map((v) => {
              const qs = toQueryString(v.query);
              return (
                <Menu.Item
                  key={v.id}
                  onClick={() => void navigate(`/risks${qs ? `?${qs}` : ''}`)}
                  fw={qs === current ? 600 : undefined}
                  rightSection={
                    <Tooltip label="Delete this view">
                      <ActionIcon
                        component="span"
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Delete view ${v.name}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          remove.mutate(v);
                        }}
                        data-testid="risk-view-delete"
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  }
                  data-testid="risk-view-item"
                >
                  {v.name}
                </Menu.Item>
              );
            })
          )}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBookmarkPlus size={16} />}
            onClick={() => setSaving(true)}
            disabled={full}
            data-testid="risk-view-save-current"
          >
            {full ? `At most ${RISK_LIMITS.viewsMax} views` : 'Save current view as…'}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {saving && <SaveViewModal pairs={viewPairs(params)} onClose={() => setSaving(false)} />}
    </>
  );
}
