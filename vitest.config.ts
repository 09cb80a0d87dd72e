import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A page polled for what it shows may take more than the 1 s default to load while the
          // server tests run beside the browser on a 2-core machine; the assertions stay the same.
          expect: { poll: { timeout: 10_000 } },
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
