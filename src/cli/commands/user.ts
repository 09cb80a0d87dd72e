import type { Command } from 'commander';
import { ZCreateAccountRequest } from '../../contracts/identity.js';
import { createAccountRecord } from '../../server/modules/identity/identity.accounts.service.js';
import { CliError, withRuntime } from '../context.js';
import { readSecret } from '../read-secret.js';

export function registerUser(program: Command): void {
  const user = program.command('user').description('User accounts');
  user
    .command('create')
    .description('Create a user account (and its person); the password is read from stdin or prompted')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .option('--admin', 'platform administrator (accounts and settings; takes no ISMS decisions)')
    .action(async (opts: { email: string; name: string; admin?: boolean }) => {
      const password = await readSecret('Password (12+ characters): ');
      const parsed = ZCreateAccountRequest.safeParse({
        email: opts.email,
        fullName: opts.name,
        password,
        isAdmin: Boolean(opts.admin),
      });
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
      }
      const account = await withRuntime(({ deps }) =>
        deps.db.transaction().execute((trx) =>
          createAccountRecord(trx, parsed.data, {
            actor: { kind: 'system', label: 'cli' },
            grant: { kind: 'system', label: 'cli' },
          }),
        ),
      );
      process.stdout.write(
        `Created account ${account.email} (${account.id})${account.isAdmin ? ' with platform admin rights' : ''}\n`,
      );
    });
}
