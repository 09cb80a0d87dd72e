import { Card, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconListCheck, IconUser } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { useSetParams } from '../assets/filters';
import { controlsApi, type TaskListQuery } from './controls-api';
import { ControlsPage } from './controls-nav';
import type { ControlTask } from './shared';
import { TaskTable } from './task-table';

type State = NonNullable<TaskListQuery['state']>;
const STATES: { value: State; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'ended', label: 'Ended' },
  { value: 'all', label: 'All' },
];

/**
 * Operational tasks: the ones whose duty is mine, and (for those who read controls) all of them;
 * the tab and state are kept in the URL.
 */
export function ControlTasksScene() {
  const readAll = useSignedIn().permissions.readControls;
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const tab = readAll && params.get('tab') === 'all' ? 'all' : 'mine';
  const stateParam = params.get('state');
  const state: State = stateParam === 'ended' || stateParam === 'all' ? stateParam : 'active';
  const query: TaskListQuery = { state, ...(tab === 'mine' ? { mine: 'true' } : {}) };
  const list = useCursorPages<ControlTask>(['control-tasks', 'list', query], (cursor) =>
    controlsApi.tasks(query, cursor),
  );
  return (
    <ControlsPage
      tab="tasks"
      title="Operational tasks"
      description="Recurring work that keeps controls operating: each occurrence lands in the assignees' inbox, and is completed with a note or evidence."
    >
      <Card withBorder padding="lg">
        <Stack>
          <Tabs value={tab} onChange={(v) => setParams({ tab: v === 'all' ? 'all' : null })}>
            <Tabs.List>
              <Tabs.Tab value="mine" leftSection={<IconUser size={16} />} data-testid="tasks-tab-mine">
                Mine
              </Tabs.Tab>
              {readAll && (
                <Tabs.Tab value="all" leftSection={<IconListCheck size={16} />} data-testid="tasks-tab-all">
                  All
                </Tabs.Tab>
              )}
            </Tabs.List>
          </Tabs>
          <SegmentedControl
            size="xs"
            value={state}
            onChange={(v) => setParams({ state: v === 'active' ? null : v })}
            data={STATES}
            style={{ alignSelf: 'flex-start' }}
            data-testid="tasks-state"
          />
          <ProblemAlert error={list.error} />
          {list.items.length > 0 && <TaskTable tasks={list.items} withControl />}
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="tasks-empty">
              {tab === 'mine' ? 'No operational task is yours.' : 'No operational task scheduled.'}
            </Text>
          )}
          <LoadMore list={list} />
        </Stack>
      </Card>
    </ControlsPage>
  );
}
