import type { Command } from 'commander';
import { lazy } from '../lazy.js';

const run = () => import('./database.run.js');

export function registerDatabase(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (also done on every start)')
    .action(lazy(run, 'migrate'));

  program
    .command('backup')
    .description('Online backup of the SQLite database to a file (on PostgreSQL, explains pg_dump)')
    .requiredOption('-o, --out <file>', 'backup file to write (must not exist)')
    .action(lazy(run, 'backup'));

  program
    .command('restore')
    .description('Replace the SQLite database with a backup; stop the server first')
    .argument('<file>', 'backup file made by `remit backup`')
    .option('--force', 'replace an existing database')
    .action(lazy(run, 'restore'));
}
