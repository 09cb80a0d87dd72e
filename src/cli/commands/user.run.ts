import { ZCreateAccountRequest } from '../../contracts/identity.js';
import { createAccountRecord } from '../../server/modules/identity/identity.accounts.service.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';
import { readSecret } from '../read-secret.js';

export async function create(opts: { email: string; name: string; admin?: boolean }): Promise<void> {
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
}
