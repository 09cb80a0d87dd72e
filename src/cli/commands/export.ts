import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { createPersonService } from '../../server/modules/people/people.persons.service.js';
import { CliError, withRuntime } from '../context.js';

/** `remit export <kind>`: one subcommand per kind; later modules add theirs here. */
export function registerExport(program: Command): void {
  const exp = program.command('export').description('Export data to a file (export <kind> --help)');
  exp
    .command('people')
    .description('Export people in the HR import format (a CSV export re-imports cleanly)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .addOption(new Option('--status <status>', 'only active people or only leavers').choices(['active', 'leaver']))
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { format: 'csv' | 'xlsx'; out: string; status?: 'active' | 'leaver'; force?: boolean }) => {
      if (fs.existsSync(opts.out) && !opts.force) throw new CliError(`${opts.out} exists; use --force to overwrite it`);
      const file = await withRuntime(({ deps }) =>
        createPersonService(deps).export(
          { kind: 'system', label: 'cli' },
          { format: opts.format, status: opts.status },
        ),
      );
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, file);
      process.stdout.write(`Wrote ${opts.out} (${file.length} bytes)\n`);
    });
}
