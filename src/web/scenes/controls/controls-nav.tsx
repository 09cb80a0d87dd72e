import { ScrollArea, Stack, Tabs } from '@mantine/core';
import { IconBook, IconCalendarRepeat, IconClipboardCheck, IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session';

type Tab = 'register' | 'soa' | 'tasks' | 'clauses';

const PATHS: Record<Tab, string> = {
  register: '/controls',
  soa: '/soa',
  tasks: '/controls/tasks',
  clauses: '/controls/clauses',
};

/** Sub-navigation between the control register, the SoA, operational tasks and the clauses. */
export function ControlsNav({ active }: { active: Tab }) {
  const navigate = useNavigate();
  const read = useSignedIn().permissions.readControls;
  return (
    <ScrollArea type="never" maw={1200}>
      <Tabs value={active} onChange={(v) => v && void navigate(PATHS[v as Tab])} data-testid="controls-nav">
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          {read && (
            <Tabs.Tab value="register" leftSection={<IconShieldCheck size={16} />} data-testid="controls-nav-register">
              Controls
            </Tabs.Tab>
          )}
          {read && (
            <Tabs.Tab value="soa" leftSection={<IconClipboardCheck size={16} />} data-testid="controls-nav-soa">
              Statement of Applicability
            </Tabs.Tab>
          )}
          <Tabs.Tab value="tasks" leftSection={<IconCalendarRepeat size={16} />} data-testid="controls-nav-tasks">
            Operational tasks
          </Tabs.Tab>
          {read && (
            <Tabs.Tab value="clauses" leftSection={<IconBook size={16} />} data-testid="controls-nav-clauses">
              Clauses 4–10
            </Tabs.Tab>
          )}
        </Tabs.List>
      </Tabs>
    </ScrollArea>
  );
}

/** A controls page: the sub-navigation above the usual page frame. */
export function ControlsPage({
  tab,
  title,
  description,
  actions,
  children,
}: {
  tab: Tab;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="md">
      <ControlsNav active={tab} />
      <Page title={title} description={description} actions={actions}>
        {children}
      </Page>
    </Stack>
  );
}
