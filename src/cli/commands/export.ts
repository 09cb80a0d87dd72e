import { type Command, Option } from 'commander';
import type { NC_STATUSES } from '../../contracts/audits.js';
import type { INCIDENT_STATUSES } from '../../contracts/incidents.js';
import { CliError } from '../errors.js';
import { lazy } from '../lazy.js';

/**
 * `remit export <kind>`: one subcommand per kind. This file only declares them (name, options,
 * help), so it imports commander and nothing of the server; each kind's work is the function of
 * the same name (camelCase) in export.run.ts, loaded when that kind runs.
 *
 * To add a kind: write `export async function myKind(opts: {...}): Promise<void>` in
 * export.run.ts (refuseBinaryOnTerminal / withRuntime / output there do the usual steps), then
 * declare it below: `exp.command('my-kind').description(...).<options>.action(lazy(run, 'myKind'))`.
 * Import from the server or contracts here with `import type` only.
 */
const run = () => import('./export.run.js');

/** The values of NC_STATUSES, repeated so that help does not load the contracts (a type error if they differ). */
const NC_STATUS_CHOICES: typeof NC_STATUSES = ['open', 'action', 'verification', 'closed'];
/** The values of INCIDENT_STATUSES, repeated for the same reason. */
const INCIDENT_STATUS_CHOICES: typeof INCIDENT_STATUSES = ['reported', 'open', 'resolved', 'closed'];

export function registerExport(program: Command): void {
  const exp = program.command('export').description('Export data to a file (export <kind> --help)');
  exp
    .command('people')
    .description('Export people in the HR import format (a CSV export re-imports cleanly)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .addOption(new Option('--status <status>', 'only active people or only leavers').choices(['active', 'leaver']))
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'people'));

  exp
    .command('policies')
    .description('Export the policy register: versions in force, approvals, owners, review dates')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'policies'));
  exp
    .command('policy-acks')
    .description(
      'Export acknowledgement evidence of one policy version: everyone in its audience and when they read it',
    )
    .requiredOption('--policy <reference>', 'the policy, e.g. POL-001')
    .option('--version <n>', 'version number (default: the version in force)', (v) => Number.parseInt(v, 10))
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'policyAcks'));
  registerRiskExport(exp);
  registerAssetExport(exp);
  registerSoaExport(exp);
  registerAuditExports(exp);
  registerIncidentExports(exp);
}

export function registerRiskExport(exp: Command): void {
  exp
    .command('risks')
    .description('Export the risk register (every risk, its owner, scores, treatment and acceptance)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'risks'));
}

export function registerAssetExport(exp: Command): void {
  exp
    .command('assets')
    .description('Export the asset inventory (classification, owner, custodian, what it runs on, CMDB id)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'assets'));
}

export function registerSoaExport(exp: Command): void {
  exp
    .command('soa')
    .description(
      'Export the Statement of Applicability (the current working draft, or an approved version with --version)',
    )
    .addOption(new Option('--format <format>', 'file format').choices(['xlsx', 'csv', 'pdf']).default('xlsx'))
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--version <n>', 'an approved version number (default: the current SoA, not approved)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new CliError(`--version takes a version number, not ${v}`);
      return n;
    })
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'soa'));
}

export function registerAuditExports(exp: Command): void {
  exp
    .command('nonconformities')
    .description('Export the nonconformity and corrective action log (one row per corrective action)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .addOption(
      new Option('--status <status>', 'only nonconformities in this status').choices([
        ...NC_STATUS_CHOICES,
        'unclosed',
      ]),
    )
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'nonconformities'));
  exp
    .command('audit-coverage')
    .description('Export the audit programme coverage: every clause and applicable control, when audited, when due')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'auditCoverage'));
  exp
    .command('audit-report')
    .description('Export the report of one audit as PDF (a draft until the lead auditor signs it off)')
    .requiredOption('--audit <reference>', 'the audit, e.g. AUD-0001')
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'auditReport'));
}

export function registerIncidentExports(exp: Command): void {
  exp
    .command('incidents')
    .description('Export the incident register: status, classification, severity, handler, deadlines, lessons learned')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .addOption(
      new Option('--status <status>', 'only incidents in this status').choices([
        ...INCIDENT_STATUS_CHOICES,
        'unclosed',
      ]),
    )
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'incidents'));
  exp
    .command('incident-report')
    .description('Export the report of one incident as PDF (not final until it is closed)')
    .requiredOption('--incident <reference>', 'the incident, e.g. INC-0001')
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(lazy(run, 'incidentReport'));
}
