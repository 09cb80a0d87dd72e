import { Badge, Card, Group, RingProgress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconHistory, IconId, IconSettings, IconShieldCheck, IconUserCircle, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session';

const ROLE_NAMES: Record<string, string> = {
  top_management: 'Top Management',
  isms_manager: 'Information Security Manager',
  risk_owner: 'Risk Owner',
  asset_owner: 'Asset / Data Owner',
  sysadmin: 'System & Network Administrator',
  internal_auditor: 'Internal Auditor',
  employee: 'Employee',
};

function Destination({
  to,
  icon,
  title,
  text,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
  testId: string;
}) {
  return (
    <Card component={Link} to={to} withBorder padding="lg" data-testid={testId} style={{ textDecoration: 'none' }}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={40} radius="md">
          {icon}
        </ThemeIcon>
        <div>
          <Text fw={600}>{title}</Text>
          <Text fz="sm" c="dimmed">
            {text}
          </Text>
        </div>
      </Group>
    </Card>
  );
}

export function HomeScene() {
  const s = useSignedIn();
  const first = s.person.fullName.split(' ')[0] ?? s.person.fullName;
  // Everyone holds Employee; the card lists the ISMS roles beyond it.
  const ismsRoles = s.roles.filter((r) => r.roleKey !== 'employee');
  const mine = useQuery({
    queryKey: ['my-responsibilities'],
    queryFn: () => call(api.GET('/api/my/responsibilities')),
  });
  const coverage = useQuery({
    queryKey: ['coverage', '', 20],
    queryFn: () => call(api.GET('/api/coverage', { params: { query: { threshold: 20 } } })),
    enabled: s.permissions.readCoverage,
  });
  const pending = mine.data?.pendingAcknowledgements ?? 0;
  const inbox = useQuery({ queryKey: ['inbox-summary'], queryFn: () => call(api.GET('/api/inbox/summary')) }).data;
  return (
    <Page title={`Welcome, ${first}`} description={s.organisationName}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" data-testid="my-roles">
          <Stack gap="sm">
            <Group gap="xs">
              <IconShieldCheck size={20} />
              <Title order={2} fz="lg">
                Your roles
              </Title>
            </Group>
            <Group gap="xs">
              {s.account.isAdmin ? (
                <Badge variant="light" color="grape" data-testid="role-admin">
                  Platform administrator
                </Badge>
              ) : (
                <Badge variant="light" color="gray" data-testid="role-member">
                  Platform member
                </Badge>
              )}
              {ismsRoles.map((r) => (
                <Badge key={r.assignmentId} variant="light">
                  {ROLE_NAMES[r.roleKey] ?? r.roleKey}
                  {r.scopeType !== 'isms' ? ` · ${r.scopeType.replace('_', ' ')}` : ''}
                  {r.kind === 'deputy' ? ' (standing in)' : ''}
                </Badge>
              ))}
            </Group>
            {ismsRoles.length === 0 && (
              <Text fz="sm" c="dimmed" data-testid="no-isms-roles">
                You hold no ISMS role yet. When the Information Security Manager assigns you one (for example risk owner
                or internal auditor), it appears here with its duties.
              </Text>
            )}
            {s.account.isAdmin && (
              <Text fz="sm" c="dimmed">
                As platform administrator you manage accounts and settings. You take no ISMS decisions (approvals and
                acceptances) by this right alone.
              </Text>
            )}
          </Stack>
        </Card>
        <Card component={Link} to="/inbox" withBorder padding="lg" data-testid="home-inbox">
          <Stack gap={6}>
            <Title order={2} fz="lg">
              Your inbox
            </Title>
            {inbox && inbox.open > 0 ? (
              <Group gap="xs">
                <Badge color="blue" size="lg">
                  {inbox.open} to do
                </Badge>
                {inbox.overdue > 0 && (
                  <Badge color="red" size="lg">
                    {inbox.overdue} overdue
                  </Badge>
                )}
                {inbox.dueSoon > 0 && (
                  <Badge color="orange" size="lg">
                    {inbox.dueSoon} due soon
                  </Badge>
                )}
              </Group>
            ) : (
              <Text fz="sm" c="dimmed">
                Nothing waits for you. New duties appear here as they arise.
              </Text>
            )}
            {pending > 0 && (
              <Text fz="sm" c="dimmed">
                {pending === 1 ? 'One role waits' : `${pending} roles wait`} for you to read and acknowledge.
              </Text>
            )}
          </Stack>
        </Card>
        {s.permissions.readCoverage && coverage.data && (
          <Card component={Link} to="/coverage" withBorder padding="lg" data-testid="home-coverage">
            <Group wrap="nowrap">
              <RingProgress
                size={90}
                thickness={9}
                roundCaps
                sections={[
                  {
                    value: coverage.data.score,
                    color: coverage.data.score >= 90 ? 'teal' : coverage.data.score >= 70 ? 'yellow' : 'red',
                  },
                ]}
                label={
                  <Text ta="center" fw={700}>
                    {coverage.data.score}%
                  </Text>
                }
              />
              <Stack gap={4}>
                <Title order={2} fz="lg">
                  Clause 5.3 coverage
                </Title>
                <Text fz="sm" c="dimmed">
                  {coverage.data.findings
                    .filter((f) => f.count > 0 && f.check !== 'open_handovers')
                    .slice(0, 3)
                    .map((f) => `${f.label}: ${f.count}`)
                    .join(' · ') || 'Every role is held, communicated and kept whole.'}
                </Text>
              </Stack>
            </Group>
          </Card>
        )}
      </SimpleGrid>
      <Title order={2} fz="lg">
        Where you can go
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        <Destination
          to="/roles"
          icon={<IconId size={22} />}
          title="ISMS roles"
          text="Who holds which role, and what each role asks"
          testId="go-roles"
        />
        <Destination
          to="/account"
          icon={<IconUserCircle size={22} />}
          title="My account"
          text="Password, sessions and personal API tokens"
          testId="go-account"
        />
        {s.permissions.readTrail && (
          <Destination
            to="/trail"
            icon={<IconHistory size={22} />}
            title="Audit trail"
            text="Every change, hash-chained; verify it any time"
            testId="go-trail"
          />
        )}
        {s.permissions.manageAccounts && (
          <Destination
            to="/admin/accounts"
            icon={<IconUsers size={22} />}
            title="User accounts"
            text="Create, disable, unlock accounts"
            testId="go-accounts"
          />
        )}
        {s.permissions.manageSettings && (
          <Destination
            to="/admin/settings"
            icon={<IconSettings size={22} />}
            title="Settings"
            text="Organisation name and sign-in notice"
            testId="go-settings"
          />
        )}
      </SimpleGrid>
    </Page>
  );
}
