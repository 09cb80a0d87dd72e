import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../session';

/** A page the person may not use shows why instead of a broken screen. */
export function Allowed({
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
