import { ScrollArea, Stack, Tabs } from '@mantine/core';
import { IconChartBar, IconFlag, IconUrgent } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../components/page';

type Tab = 'register' | 'metrics' | 'mine';

const PATHS: Record<Tab, string> = {
  register: '/incidents',
  metrics: '/incidents/metrics',
  mine: '/incidents/mine',
};

/** Sub-navigation between the incident register, its metrics and the reader's own reports (readIncidents). */
export function IncidentsNav({ active }: { active: Tab }) {
  const navigate = useNavigate();
  return (
    <ScrollArea type="never" maw={1200}>
      <Tabs value={active} onChange={(v) => v && void navigate(PATHS[v as Tab])} data-testid="incidents-nav">
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          <Tabs.Tab value="register" leftSection={<IconUrgent size={16} />} data-testid="incidents-nav-register">
            Incidents
          </Tabs.Tab>
          <Tabs.Tab value="metrics" leftSection={<IconChartBar size={16} />} data-testid="incidents-nav-metrics">
            Metrics
          </Tabs.Tab>
          <Tabs.Tab value="mine" leftSection={<IconFlag size={16} />} data-testid="incidents-nav-mine">
            My reports
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </ScrollArea>
  );
}

/** An incidents page: the sub-navigation above the usual page frame. */
export function IncidentsPage({
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
      <IncidentsNav active={tab} />
      <Page title={title} description={description} actions={actions}>
        {children}
      </Page>
    </Stack>
  );
}
