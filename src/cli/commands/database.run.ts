import fs from 'node:fs';
import { loadConfig } from '../../server/config.js';
import { backupSqlite, inspectBackup, PG_BACKUP_HELP, restoreSqlite } from '../../server/db/backup.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';
import { createProgress } from '../progress.js';

export async function migrate(): Promise<void> {
  await withRuntime(async ({ handle }) => {
    process.stdout.write(`Database (${handle.dialect}) is up to date: ${handle.describe}\n`);
  });
}

export async function backup(opts: { out: string }): Promise<void> {
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
}

export async function restore(file: string, opts: { force?: boolean }): Promise<void> {
  const config = loadConfig();
  if (config.database.kind !== 'sqlite') throw new CliError(`remit restore works on SQLite only.\n${PG_BACKUP_HELP}`);
  const info = inspectBackup(file);
  if (fs.existsSync(config.database.file) && !opts.force) {
    throw new CliError(`${config.database.file} exists. Stop the server, then run again with --force to replace it.`);
  }
  restoreSqlite(config.database.file, file);
  await withRuntime(async () => undefined); // applies migrations newer than the backup
  process.stdout.write(
    `Restored ${file} (${info.trailEvents} trail events) to ${config.database.file}. Run \`remit trail verify\` to check the chain.\n`,
  );
}
