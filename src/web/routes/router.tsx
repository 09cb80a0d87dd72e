import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { createBrowserRouter, Link, Navigate, useLocation } from 'react-router';
import { AppFrame } from '../components/app-frame';
import { AccountsScene } from '../scenes/admin/accounts';
import { SettingsScene } from '../scenes/admin/settings';
import { HomeScene } from '../scenes/home/home';
import { AccountScene } from '../scenes/identity/account';
import { LoginScene } from '../scenes/identity/login';
import { SetupScene } from '../scenes/identity/setup';
import { TrailScene } from '../scenes/trail/trail';
import { useSession } from '../session';
import type { ReactNode } from 'react';

/** Renders the app frame only for a signed-in person; otherwise sends them to sign in and back. */
function RequireSession() {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <AppFrame />;
}

/** A page the person may not use shows why instead of a broken screen. */
function Allowed({
  when,
  children,
}: {
  when: (p: NonNullable<ReturnType<typeof useSession>['session']>['permissions']) => boolean;
  children: ReactNode;
}) {
  const { session } = useSession();
  if (session && when(session.permissions)) return <>{children}</>;
  return (
    <Stack gap="xs" data-testid="not-allowed">
      <Title order={1} fz={24}>
        Not available to you
      </Title>
      <Text c="dimmed">Your account does not have the right to use this page.</Text>
    </Stack>
  );
}

function NotFound() {
  return (
    <Center h="60vh">
      <Stack align="center">
        <Title order={1}>Page not found</Title>
        <Button component={Link} to="/">
          Go to the overview
        </Button>
      </Stack>
    </Center>
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginScene /> },
  { path: '/setup', element: <SetupScene /> },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <HomeScene /> },
      { path: 'account', element: <AccountScene /> },
      {
        path: 'trail',
        element: (
          <Allowed when={(p) => p.readTrail}>
            <TrailScene />
          </Allowed>
        ),
      },
      {
        path: 'admin/accounts',
        element: (
          <Allowed when={(p) => p.manageAccounts}>
            <AccountsScene />
          </Allowed>
        ),
      },
      {
        path: 'admin/settings',
        element: (
          <Allowed when={(p) => p.manageSettings}>
            <SettingsScene />
          </Allowed>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
