import { Stack, Tabs } from '@mantine/core';
import { IconAdjustments, IconGridDots, IconLayoutDashboard, IconListDetails, IconMessages } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session';
import { sharedFilterString } from './query';

type Tab = 'register' | 'heatmap' | 'overview' | 'updates' | 'method';

const PATHS: Record<Tab, string> = {
  register: '/risks',
  heatmap: '/risks/heatmap',
  overview: '/risks/overview',
  updates: '/risks/updates',
  method: '/risks/method',
};

/** Sub-navigation between the risk pages; the register's filters travel to the heat map and overview. */
export function RisksNav({ active }: { active: Tab }) {
  const session = useSignedIn();
  const navigate = useNavigate();
  const location = useLocation();
  const filters = ['register', 'heatmap', 'overview'].includes(active)
    ? sharedFilterString(new URLSearchParams(location.search))
    : '';
  const go = (tab: Tab) => {
    const carry = ['register', 'heatmap', 'overview'].includes(tab) && filters ? `?${filters}` : '';
    void navigate(`${PATHS[tab]}${carry}`);
  };
  return (
    <Tabs value={active} onChange={(v) => v && go(v as Tab)} data-testid="risks-nav" maw={1200}>
      <Tabs.List>
        <Tabs.Tab value="register" leftSection={<IconListDetails size={16} />} data-testid="risks-nav-register">
          Register
        </Tabs.Tab>
        <Tabs.Tab value="heatmap" leftSection={<IconGridDots size={16} />} data-testid="risks-nav-heatmap">
          Heat map
        </Tabs.Tab>
        <Tabs.Tab value="overview" leftSection={<IconLayoutDashboard size={16} />} data-testid="risks-nav-overview">
          Overview
        </Tabs.Tab>
        {session.permissions.readRiskFeed && (
          <Tabs.Tab value="updates" leftSection={<IconMessages size={16} />} data-testid="risks-nav-updates">
            Updates
          </Tabs.Tab>
        )}
        <Tabs.Tab value="method" leftSection={<IconAdjustments size={16} />} data-testid="risks-nav-method">
          Method
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}

/** A risks page: the sub-navigation above the usual page frame. */
export function RisksPage({
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
      <RisksNav active={tab} />
      <Page title={title} description={description} actions={actions}>
        {children}
      </Page>
    </Stack>
  );
}
