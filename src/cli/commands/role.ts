import type { Command } from 'commander';
import { lazy } from '../lazy.js';

const run = () => import('./role.run.js');

export function registerRole(program: Command): void {
  const role = program.command('role').description('ISMS roles and the responsibility ledger');
  role.command('list').description('The role catalogue with current holders').action(lazy(run, 'list'));
  role
    .command('assign')
    .description(
      'Assign a person to a role from the command line (recorded on the trail as system:cli). ' +
        'Use it to appoint the first Top Management when the administrator is that person.',
    )
    .requiredOption('--email <email>', "the person's email")
    .requiredOption('--role <key>', 'role key, e.g. top_management, isms_manager, risk_owner')
    .requiredOption('--reason <text>', 'why; recorded in the ledger')
    .option('--scope-type <type>', 'isms (default), org_unit, ...', 'isms')
    .option('--scope-id <id>', 'the scope object id (not for isms)')
    .option('--deputy', 'as deputy instead of holder')
    .option('--replace', 'end the current holder of a one-holder role')
    .action(lazy(run, 'assign'));
}
