import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { backupSqlite, inspectBackup, PG_BACKUP_HELP, restoreSqlite } from '../../server/db/backup.js';
import { CliError, withRuntime } from '../context.js';
import { createProgress } from '../progress.js';

export function registerDatabase(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (also done on every start)')
    .action(async () => {
      await withRuntime(async ({ handle }) => {
        process.stdout.write(`Database (${handle.dialect}) is up to date: ${handle.describe}\n`);
      });
    });

  program
    .command('backup')
    .description('Online backup of the SQLite database to a file (on PostgreSQL, explains pg_dump)')
    .requiredOption('-o, --out <file>', 'backup file to write (must not exist)')
    .action(async (opts: { out: string }) => {
      if (loadConfig().database.kind !== 'sqlite')
        throw new CliError(`remit backup works on SQLite only.\n${PG_BACKUP_HELP}`);
      await withRuntime(async ({ handle }) => {
        const progress = createProgress('Backing up pages');
        const { bytes } = await backupSqlite(handle, opts.out, progress.update);
        progress.stop();
        const info = inspectBackup(opts.out);
        process.stdout.write(
          `Backup written to ${opts.out} (${bytes} bytes, ${info.trailEvents} trail events), integrity ok\n`,
        );
      });
    });

  program
    .command('restore')
    .description('Replace the SQLite database with a backup; stop the server first')
    .argument('<file>', 'backup file made by `remit backup`')
    .option('--force', 'replace an existing database')
    .action(async (file: string, opts: { force?: boolean }) => {
      const config = loadConfig();
      if (config.database.kind !== 'sqlite')
        throw new CliError(`remit restore works on SQLite only.\n${PG_BACKUP_HELP}`);
      const info = inspectBackup(file);
      if (fs.existsSync(config.database.file) && !opts.force) {
        throw new CliError(
          `${config.database.file} exists. Stop the server, then run again with --force to replace it.`,
        );
      }
      restoreSqlite(config.database.file, file);
      await withRuntime(async () => undefined); // applies migrations newer than the backup
      process.stdout.write(
        `Restored ${file} (${info.trailEvents} trail events) to ${config.database.file}. Run \`remit trail verify\` to check the chain.\n`,
      );
    });
}
