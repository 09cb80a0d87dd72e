import {
  ActionIcon,
  AppShell,
  Avatar,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconFlag,
  IconUrgent,
  IconArrowsExchange,
  IconClipboardList,
  IconChecklist,
  IconBook2,
  IconCalendarRepeat,
  IconClipboardCheck,
  IconShield,
  IconFileImport,
  IconFileText,
  IconFlame,
  IconServer,
  IconKey,
  IconUserShield,
  IconHierarchy2,
  IconHistory,
  IconId,
  IconInbox,
  IconShieldCheck,
  IconHome,
  IconLogout,
  IconMoon,
  IconScale,
  IconSettings,
  IconSitemap,
  IconSun,
  IconTable,
  IconUserCircle,
  IconUsers,
  IconWebhook,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { NotificationsMenu } from '../scenes/inbox/notifications-menu';
import { useMyPolicies } from '../scenes/policies/my-policies';
import { useSignedIn, useSession } from '../session';

type Item = {
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
  show: boolean;
  badge?: number;
  badgeColor?: string;
  /** Colours the entry even when not active (the report-an-incident entry stands out). */
  color?: string;
};

export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} mode`}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Switch to ${next} mode`}
        onClick={() => setColorScheme(next)}
        data-testid="color-scheme"
      >
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** The signed-in frame: header, navigation filtered by what the person may use, page outlet. */
export function AppFrame() {
  const session = useSignedIn();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const p = session.permissions;

  const pending = useQuery({
    queryKey: ['my-responsibilities'],
    queryFn: () => call(api.GET('/api/my/responsibilities')),
    staleTime: 60_000,
  }).data?.pendingAcknowledgements;
  const policies = useMyPolicies().data;
  const toRead = policies?.toRead.length;
  const policiesOverdue = policies?.toRead.some((x) => x.overdue) ?? false;
  const summary = useQuery({
    queryKey: ['inbox-summary'],
    queryFn: () => call(api.GET('/api/inbox/summary')),
    refetchInterval: 60_000,
  }).data;

  const sections: { title: string | null; items: Item[] }[] = [
    {
      title: null,
      items: [
        {
          to: '/incidents/report',
          label: 'Report an incident',
          icon: <IconAlertTriangle size={18} />,
          testId: 'nav-report-incident',
          show: true,
          color: 'red',
        },
        { to: '/', label: 'Overview', icon: <IconHome size={18} />, testId: 'nav-home', show: true },
        {
          to: '/inbox',
          label: 'Inbox',
          icon: <IconInbox size={18} />,
          testId: 'nav-inbox',
          show: true,
          badge: summary?.open ? summary.open : undefined,
          badgeColor: summary?.overdue ? 'red' : undefined,
        },
        {
          to: '/my/responsibilities',
          label: 'My responsibilities',
          icon: <IconChecklist size={18} />,
          testId: 'nav-my-responsibilities',
          show: true,
          badge: pending ? pending : undefined,
        },
        {
          to: '/my/policies',
          label: 'Policies to read',
          icon: <IconBook2 size={18} />,
          testId: 'nav-my-policies',
          show: true,
          badge: toRead ? toRead : undefined,
          badgeColor: policiesOverdue ? 'red' : undefined,
        },
        {
          to: '/incidents/mine',
          label: 'My incident reports',
          icon: <IconFlag size={18} />,
          testId: 'nav-my-incidents',
          show: true,
        },
      ],
    },
    {
      title: 'Organisation',
      items: [
        { to: '/people', label: 'People', icon: <IconUsersGroup size={18} />, testId: 'nav-people', show: true },
        { to: '/org-units', label: 'Org units', icon: <IconSitemap size={18} />, testId: 'nav-org-units', show: true },
        {
          to: '/org-chart',
          label: 'Org chart',
          icon: <IconHierarchy2 size={18} />,
          testId: 'nav-org-chart',
          show: true,
        },
        {
          to: '/import/people',
          label: 'Import people',
          icon: <IconFileImport size={18} />,
          testId: 'nav-import-people',
          show: p.managePeople,
        },
      ],
    },
    {
      title: 'Responsibilities',
      items: [
        { to: '/roles', label: 'ISMS roles', icon: <IconId size={18} />, testId: 'nav-roles', show: true },
        { to: '/raci', label: 'RACI matrix', icon: <IconTable size={18} />, testId: 'nav-raci', show: true },
        {
          to: '/coverage',
          label: 'Coverage',
          icon: <IconShieldCheck size={18} />,
          testId: 'nav-coverage',
          show: p.readCoverage,
        },
        {
          to: '/handovers',
          label: 'Handovers',
          icon: <IconArrowsExchange size={18} />,
          testId: 'nav-handovers',
          show: p.readCoverage,
        },
        {
          to: '/sod',
          label: 'Segregation of duties',
          icon: <IconScale size={18} />,
          testId: 'nav-sod',
          show: p.readSod,
        },
      ],
    },
    {
      title: 'Governance',
      items: [
        { to: '/policies', label: 'Policies', icon: <IconFileText size={18} />, testId: 'nav-policies', show: true },
        { to: '/risks', label: 'Risks', icon: <IconFlame size={18} />, testId: 'nav-risks', show: p.readRisks },
        {
          to: '/controls',
          label: 'Controls',
          icon: <IconShield size={18} />,
          testId: 'nav-controls',
          show: p.readControls,
        },
        {
          to: '/soa',
          label: 'Statement of Applicability',
          icon: <IconClipboardCheck size={18} />,
          testId: 'nav-soa',
          show: p.readControls,
        },
        {
          to: '/controls/tasks',
          label: 'Operational tasks',
          icon: <IconCalendarRepeat size={18} />,
          testId: 'nav-control-tasks',
          show: p.readControls,
        },
      ],
    },
    {
      title: 'Assets & access',
      items: [
        { to: '/assets', label: 'Assets', icon: <IconServer size={18} />, testId: 'nav-assets', show: true },
        { to: '/access', label: 'Access requests', icon: <IconKey size={18} />, testId: 'nav-access', show: true },
        {
          to: '/entitlements',
          label: 'Entitlements',
          icon: <IconUserShield size={18} />,
          testId: 'nav-entitlements',
          show: p.readEntitlements,
        },
        {
          to: '/access-reviews',
          label: 'Access reviews',
          icon: <IconChecklist size={18} />,
          testId: 'nav-access-reviews',
          show: true,
        },
      ],
    },
    {
      title: 'Operations',
      items: [
        {
          to: '/incidents',
          label: 'Incidents',
          icon: <IconUrgent size={18} />,
          testId: 'nav-incidents',
          show: p.readIncidents,
        },
      ],
    },
    {
      title: 'Assurance',
      items: [
        {
          to: '/audits',
          label: 'Internal audits',
          icon: <IconClipboardList size={18} />,
          testId: 'nav-audits',
          show: p.readAudits,
        },
        {
          to: '/nonconformities',
          label: 'Nonconformities',
          icon: <IconAlertOctagon size={18} />,
          testId: 'nav-nonconformities',
          show: p.readNonconformities,
        },
        { to: '/trail', label: 'Audit trail', icon: <IconHistory size={18} />, testId: 'nav-trail', show: p.readTrail },
      ],
    },
  ];
  const admin: Item[] = [
    {
      to: '/admin/accounts',
      label: 'User accounts',
      icon: <IconUsers size={18} />,
      testId: 'nav-accounts',
      show: p.manageAccounts,
    },
    {
      to: '/admin/webhooks',
      label: 'Webhooks',
      icon: <IconWebhook size={18} />,
      testId: 'nav-webhooks',
      show: p.manageWebhooks,
    },
    {
      to: '/admin/settings',
      label: 'Settings',
      icon: <IconSettings size={18} />,
      testId: 'nav-settings',
      show: p.manageSettings,
    },
  ];
  const matches = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`);
  // The most specific entry wins, so /controls/tasks lights "Operational tasks" and not "Controls" too
  // (`end` keeps the router link's own aria-current, which Mantine also styles, to the same rule).
  const allTargets = [...sections.flatMap((s) => s.items), ...admin].filter((i) => i.show).map((i) => i.to);
  const isActive = (to: string) =>
    matches(to) && !allTargets.some((other) => other.length > to.length && other.startsWith(to) && matches(other));
  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={RouterLink}
      to={item.to}
      end={item.to === '/' || allTargets.some((other) => other.startsWith(`${item.to}/`))}
      label={item.label}
      leftSection={item.icon}
      rightSection={
        item.badge ? (
          <Badge size="sm" circle color={item.badgeColor} data-testid={`${item.testId}-badge`}>
            {item.badge}
          </Badge>
        ) : undefined
      }
      active={isActive(item.to)}
      color={item.color}
      c={item.color && !isActive(item.to) ? item.color : undefined}
      fw={item.color ? 600 : undefined}
      onClick={close}
      data-testid={item.testId}
    />
  );
  const visibleAdmin = admin.filter((i) => i.show);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={RouterLink} to="/" aria-label="Remit home">
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={700} fz="lg">
                  Remit
                </Text>
              </Group>
            </UnstyledButton>
            <Text c="dimmed" fz="sm" visibleFrom="sm" data-testid="org-name">
              {session.organisationName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button
              component={RouterLink}
              to="/incidents/report"
              variant="light"
              color="red"
              size="sm"
              leftSection={<IconAlertTriangle size={16} />}
              visibleFrom="md"
              data-testid="header-report-incident"
            >
              Report an incident
            </Button>
            <Tooltip label="Report an incident">
              <ActionIcon
                component={RouterLink}
                to="/incidents/report"
                variant="light"
                color="red"
                size="lg"
                aria-label="Report an incident"
                hiddenFrom="md"
                data-testid="header-report-incident-icon"
              >
                <IconAlertTriangle size={18} />
              </ActionIcon>
            </Tooltip>
            <NotificationsMenu unread={summary?.unreadNotifications ?? 0} />
            <ColorSchemeToggle />
            <Menu position="bottom-end" width={240} withArrow>
              <Menu.Target>
                <UnstyledButton aria-label="Your account" data-testid="user-menu">
                  <Group gap={8} wrap="nowrap">
                    <Avatar radius="xl" color="indigo" size={34}>
                      {initials(session.person.fullName)}
                    </Avatar>
                    <Text fz="sm" fw={500} visibleFrom="sm">
                      {session.person.fullName}
                    </Text>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.account.email}</Menu.Label>
                <Menu.Item
                  leftSection={<IconUserCircle size={16} />}
                  onClick={() => void navigate('/account')}
                  data-testid="menu-account"
                >
                  My account
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconLogout size={16} />}
                  data-testid="logout"
                  onClick={() => {
                    void signOut().then(() => navigate('/login'));
                  }}
                >
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {sections.map((section) => {
            const items = section.items.filter((i) => i.show);
            if (items.length === 0) return null;
            return (
              <div key={section.title ?? 'main'}>
                {section.title && (
                  <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="lg" mb={4}>
                    {section.title}
                  </Text>
                )}
                {items.map(link)}
              </div>
            );
          })}
          {visibleAdmin.length > 0 && (
            <>
              <Text fz="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="lg" mb={4}>
                Administration
              </Text>
              {visibleAdmin.map(link)}
            </>
          )}
        </AppShell.Section>
        <AppShell.Section>
          {link({
            to: '/account',
            label: 'My account',
            icon: <IconUserCircle size={18} />,
            testId: 'nav-account',
            show: true,
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
