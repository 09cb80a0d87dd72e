import type { Command } from 'commander';
import { lazy } from '../lazy.js';

const run = () => import('./import-entitlements.run.js');

/**
 * `remit import entitlements FILE`: streams a CSV of accounts and entitlements from systems
 * (any size: the file is read as it is written to the database), with a progress bar in bytes.
 */
export function registerEntitlementImport(imp: Command): void {
  imp
    .command('entitlements')
    .description(
      'Import accounts and entitlements from systems (CSV: system, account, person, entitlement, privileged); each system in the file is replaced by what it lists',
    )
    .argument('<file>', 'the CSV file')
    .option('--json', 'print the summary as JSON')
    .action(lazy(run, 'entitlements'));
}
