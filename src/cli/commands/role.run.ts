import { ZAssignRequest } from '../../contracts/responsibilities.js';
import { systemActor } from '../../server/core/actor.js';
import { createResponsibilityServices } from '../../server/modules/responsibilities/responsibilities.services.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';

const CLI = systemActor('cli');

export async function list(): Promise<void> {
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
}

export async function assign(opts: {
  email: string;
  role: string;
  reason: string;
  scopeType: string;
  scopeId?: string;
  deputy?: boolean;
  replace?: boolean;
}): Promise<void> {
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
      throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
    const id = await deps.db
      .transaction()
      .execute((trx) =>
        svc.assignments.open(trx, parsed.data, { actor: CLI, grant: { kind: 'system', label: 'cli' } }),
      );
    process.stdout.write(
      `${person.full_name} now holds ${opts.role}${opts.deputy ? ' as deputy' : ''} (assignment ${id})\n`,
    );
  });
}
