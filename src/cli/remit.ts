import { Command } from 'commander';
// Command files declare names, options and help only; each loads its implementation (and with it
// the server) when it runs, so that `remit --help` and every command start quickly.
import { registerDatabase } from './commands/database.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerRole } from './commands/role.js';
import { registerServe } from './commands/serve.js';
import { registerTrail } from './commands/trail.js';
import { registerUser } from './commands/user.js';
import { CliError } from './errors.js';

const program = new Command()
  .name('remit')
  .description(
    'Remit: ISMS governance for ISO/IEC 27001:2022. Configuration comes from environment variables (see README).',
  )
  .showHelpAfterError();

registerServe(program);
registerDatabase(program);
registerUser(program);
registerTrail(program);
registerDemo(program);
registerRole(program);
registerImport(program);
registerExport(program);

/** Errors the user can act on: printed without a stack. */
async function isUserError(e: unknown): Promise<boolean> {
  if (e instanceof CliError) return true;
  // Loaded only now: a command that threw one of these has loaded the module already.
  const [{ ConfigError }, { AppError }] = await Promise.all([
    import('../server/config.js'),
    import('../server/core/app-error.js'),
  ]);
  return e instanceof ConfigError || e instanceof AppError;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof Error && (await isUserError(e))) {
    process.stderr.write(`remit: ${e.message}\n`);
  } else {
    process.stderr.write(`remit: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  process.exitCode = 1;
}
