import type { Command } from 'commander';
import { ZAssignRequest } from '../../contracts/responsibilities.js';
import { systemActor } from '../../server/core/actor.js';
import { createResponsibilityServices } from '../../server/modules/responsibilities/responsibilities.services.js';
import { CliError, withRuntime } from '../context.js';

const CLI = systemActor('cli');

export function registerRole(program: Command): void {
  const role = program.command('role').description('ISMS roles and the responsibility ledger');
  role
    .command('list')
    .description('The role catalogue with current holders')
    .action(async () => {
      await withRuntime(async ({ deps }) => {
        const svc = createResponsibilityServices(deps);
        const { items } = await svc.roles.list(CLI, {});
        for (const r of items) {
          const holders = await svc.assignments.list(CLI, { roleKey: r.key, limit: 200, history: false });
          const names =
            r.key === 'employee'
              ? `${r.holders} people`
              : holders.items
                  .map((a) => `${a.person.fullName} (${a.scope.label}${a.kind === 'deputy' ? ', deputy' : ''})`)
                  .join('; ') || 'vacant';
          process.stdout.write(`${r.key.padEnd(18)} ${r.name}: ${names}\n`);
        }
      });
    });
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
    .action(
      async (opts: {
        email: string;
        role: string;
        reason: string;
        scopeType: string;
        scopeId?: string;
        deputy?: boolean;
        replace?: boolean;
      }) => {
        await withRuntime(async ({ deps }) => {
          const svc = createResponsibilityServices(deps);
          const person = await svc.assignments.personByEmail(opts.email);
          if (!person) throw new CliError(`No person with the email ${opts.email}`);
          const parsed = ZAssignRequest.safeParse({
            personId: person.id,
            roleKey: opts.role,
            scopeType: opts.scopeType,
            scopeId: opts.scopeId ?? null,
            kind: opts.deputy ? 'deputy' : 'holder',
            reason: opts.reason,
            replaceCurrent: Boolean(opts.replace),
          });
          if (!parsed.success)
            throw new CliError(
              parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'),
            );
          const id = await deps.db
            .transaction()
            .execute((trx) =>
              svc.assignments.open(trx, parsed.data, { actor: CLI, grant: { kind: 'system', label: 'cli' } }),
            );
          process.stdout.write(
            `${person.full_name} now holds ${opts.role}${opts.deputy ? ' as deputy' : ''} (assignment ${id})\n`,
          );
        });
      },
    );
}
