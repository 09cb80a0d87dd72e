import { Command } from 'commander';
import { ConfigError } from '../server/config.js';
import { AppError } from '../server/core/app-error.js';
import { registerDatabase } from './commands/database.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerRole } from './commands/role.js';
import { registerServe } from './commands/serve.js';
import { registerTrail } from './commands/trail.js';
import { registerUser } from './commands/user.js';
import { CliError } from './context.js';

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

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CliError || e instanceof ConfigError || e instanceof AppError) {
    process.stderr.write(`remit: ${e.message}\n`);
  } else {
    process.stderr.write(`remit: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  process.exitCode = 1;
}
