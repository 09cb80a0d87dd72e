import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from '../../components/app-frame';

/** The frame of the signed-out pages: a centred card with the product mark. */
export function PublicShell({ children, width = 420 }: { children: ReactNode; width?: number }) {
  return (
    <Box
      mih="100vh"
      bg="var(--mantine-color-body)"
      style={{
        backgroundImage: 'radial-gradient(circle at 20% 0%, var(--mantine-color-indigo-light) 0, transparent 45%)',
      }}
    >
      <Group justify="flex-end" p="md">
        <ColorSchemeToggle />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={width} gap="lg">
          <Group gap={10} justify="center">
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <Text fw={750} fz={28}>
              Remit
            </Text>
          </Group>
          <Paper withBorder shadow="sm" p="xl">
            {children}
          </Paper>
          <Text ta="center" c="dimmed" fz="xs">
            ISMS governance for ISO/IEC 27001:2022
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
