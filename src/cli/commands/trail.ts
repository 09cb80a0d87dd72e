import type { Command } from 'commander';
import { lazy } from '../lazy.js';

export function registerTrail(program: Command): void {
  const trail = program.command('trail').description('The tamper-evident audit trail');
  trail
    .command('verify')
    .description('Recompute the hash chain; exit 1 and name the first broken sequence number if it is broken')
    .option('--json', 'print the result as JSON')
    .action(lazy(() => import('./trail.run.js'), 'verify'));
}
