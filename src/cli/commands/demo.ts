import { type Command, Option } from 'commander';
import { lazy } from '../lazy.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Load a deterministic demo organisation (safe to run twice with the same seed)')
    .addOption(new Option('--size <size>', 'how big').choices(['small', 'medium', 'enterprise']).default('small'))
    .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 1)
    .action(lazy(() => import('./demo.run.js'), 'demo'));
}
