import type { Command } from 'commander';
import { lazy } from '../lazy.js';
import { registerEntitlementImport } from './import-entitlements.js';

const run = () => import('./import.run.js');

/** `remit import <kind> FILE`: one subcommand per kind; later modules add theirs here. */
export function registerImport(program: Command): void {
  const imp = program
    .command('import')
    .description('Import data from a file; a dry run unless --apply (import <kind> --help for the format)');
  imp
    .command('people')
    .description('Import people and org units from an HR CSV export (format: docs/IMPORT.md); upsert by employee id')
    .argument('<file>', 'the CSV file')
    .option('--apply', 'apply the changes (default: a dry run that prints what would change)')
    .option('--missing-are-leavers', 'people an earlier import created who are not in this file become leavers')
    .option('--json', 'print the summary as JSON')
    .action(lazy(run, 'people'));
  imp
    .command('risks')
    .description('Import risks from a spreadsheet register (.csv or .xlsx; columns: GET /api/risks/import/template)')
    .argument('<file>', 'the CSV or XLSX file')
    .option('--apply', 'create the risks (default: a dry run that checks every row)')
    .option('--json', 'print the result as JSON')
    .action(lazy(run, 'risks'));
  imp
    .command('assets')
    .description(
      'Import assets from a CMDB export (.csv or .xlsx; columns: GET /api/assets/import/template); rows whose CMDB id is in the inventory update it',
    )
    .argument('<file>', 'the CSV or XLSX file')
    .option('--apply', 'create and update the assets (default: a dry run that checks every row)')
    .option('--json', 'print the result as JSON')
    .action(lazy(run, 'assets'));
  registerEntitlementImport(imp);
}
