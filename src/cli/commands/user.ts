import type { Command } from 'commander';
import { lazy } from '../lazy.js';

export function registerUser(program: Command): void {
  const user = program.command('user').description('User accounts');
  user
    .command('create')
    .description('Create a user account (and its person); the password is read from stdin or prompted')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .option('--admin', 'platform administrator (accounts and settings; takes no ISMS decisions)')
    .action(lazy(() => import('./user.run.js'), 'create'));
}
