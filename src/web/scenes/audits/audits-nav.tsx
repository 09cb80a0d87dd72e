import { ScrollArea, Stack, Tabs } from '@mantine/core';
import { IconCalendarStats, IconChartBar, IconClipboardList, IconAlertOctagon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session';

type Tab = 'audits' | 'programme' | 'nonconformities' | 'ageing';

const PATHS: Record<Tab, string> = {
  audits: '/audits',
  programme: '/audits/programme',
  nonconformities: '/nonconformities',
  ageing: '/nonconformities/ageing',
};

/** Sub-navigation between audits, the audit programme, nonconformities and their ageing. */
export function AuditsNav({ active }: { active: Tab }) {
  const navigate = useNavigate();
  const p = useSignedIn().permissions;
  return (
    <ScrollArea type="never" maw={1200}>
      <Tabs value={active} onChange={(v) => v && void navigate(PATHS[v as Tab])} data-testid="audits-nav">
        <Tabs.List style={{ flexWrap: 'nowrap' }}>
          {p.readAudits && (
            <Tabs.Tab value="audits" leftSection={<IconClipboardList size={16} />} data-testid="audits-nav-audits">
              Audits
            </Tabs.Tab>
          )}
          {p.readAudits && (
            <Tabs.Tab
              value="programme"
              leftSection={<IconCalendarStats size={16} />}
              data-testid="audits-nav-programme"
            >
              Programme
            </Tabs.Tab>
          )}
          {p.readNonconformities && (
            <Tabs.Tab
              value="nonconformities"
              leftSection={<IconAlertOctagon size={16} />}
              data-testid="audits-nav-nonconformities"
            >
              Nonconformities
            </Tabs.Tab>
          )}
          {p.readNonconformities && (
            <Tabs.Tab value="ageing" leftSection={<IconChartBar size={16} />} data-testid="audits-nav-ageing">
              Ageing
            </Tabs.Tab>
          )}
        </Tabs.List>
      </Tabs>
    </ScrollArea>
  );
}

/** An audits page: the sub-navigation above the usual page frame. */
export function AuditsPage({
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
      <AuditsNav active={tab} />
      <Page title={title} description={description} actions={actions}>
        {children}
      </Page>
    </Stack>
  );
}
