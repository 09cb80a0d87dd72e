import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './scripts/test-sequencer.ts';

// Vitest runs one test file at a time on a 2-core machine by default (cores - 1); the server tests
// wait on PostgreSQL and the browser tests on Chromium and their own server, so two at a time keep
// both cores busy.
const workers = Math.max(2, os.availableParallelism() - 1);
// Browser specs side by side; E2E_WORKERS=1 runs them one after another.
const e2eWorkers = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
  test: {
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: workers,
          // With TEST_DATABASE_URL: one migrated template database per run that tests copy.
          globalSetup: ['src/server/testing/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A page polled for what it shows may take more than the 1 s default to load while another
          // spec runs beside the browser on a 2-core machine; the assertions stay the same.
          expect: { poll: { timeout: 10_000 } },
          pool: 'forks',
          // Two specs at a time: each starts its own server (own port, own data folder) and browser.
          // They run after the server tests (a later group), not beside them.
          maxWorkers: e2eWorkers,
          sequence: { groupOrder: 1 },
          // Builds the web app once, before any spec starts a server.
          globalSetup: ['e2e/fixtures/global-setup.ts'],
        },
      },
    ],
  },
});
