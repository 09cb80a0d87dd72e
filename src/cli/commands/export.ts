import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { systemActor } from '../../server/core/actor.js';
import type { Deps } from '../../server/core/deps.js';
import { NC_STATUSES } from '../../contracts/audits.js';
import { createAssetServices } from '../../server/modules/assets/assets.services.js';
import { createAuditServices } from '../../server/modules/audits/audits.services.js';
import { createControlServices } from '../../server/modules/controls/controls.services.js';
import { createPersonService } from '../../server/modules/people/people.persons.service.js';
import { createPolicyServices } from '../../server/modules/policies/policies.services.js';
import { createResponsibilityServices } from '../../server/modules/responsibilities/responsibilities.services.js';
import { createRiskServices } from '../../server/modules/risks/risks.services.js';
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

  exp
    .command('policies')
    .description('Export the policy register: versions in force, approvals, owners, review dates')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { format: 'csv' | 'xlsx'; out: string; force?: boolean }) => {
      refuseOverwrite(opts);
      const file = await withRuntime(({ deps }) => policyServices(deps).policies.exportRegister(CLI, opts.format));
      write(opts.out, file.body);
    });
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
    .action(
      async (opts: { policy: string; version?: number; format: 'csv' | 'xlsx'; out: string; force?: boolean }) => {
        refuseOverwrite(opts);
        const file = await withRuntime(async ({ deps }) => {
          const svc = policyServices(deps);
          const reference = opts.policy.trim().toUpperCase();
          const found = (await svc.policies.list(CLI, { q: reference, limit: 200 })).items.find(
            (p) => p.reference === reference,
          );
          if (!found) throw new CliError(`No policy ${reference}`);
          let versionId = found.current?.id;
          if (opts.version !== undefined) {
            const versions = (await svc.versions.list(CLI, found.id, { limit: 200 })).items;
            versionId = versions.find((v) => v.number === opts.version)?.id;
            if (!versionId) throw new CliError(`${reference} has no version ${opts.version}`);
          }
          if (!versionId) throw new CliError(`${reference} has no version in force; give --version`);
          return svc.campaigns.exportEvidence(CLI, found.id, versionId, opts.format);
        });
        write(opts.out, file.body);
      },
    );
  registerRiskExport(exp);
  registerAssetExport(exp);
  registerSoaExport(exp);
  registerAuditExports(exp);
}

export function registerRiskExport(exp: Command): void {
  exp
    .command('risks')
    .description('Export the risk register (every risk, its owner, scores, treatment and acceptance)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { format: 'csv' | 'xlsx'; out: string; force?: boolean }) => {
      refuseOverwrite(opts);
      const file = await withRuntime(({ deps }) =>
        createRiskServices(deps, createResponsibilityServices(deps).assignments).risks.exportRegister(
          CLI,
          { sort: 'reference' },
          opts.format,
        ),
      );
      write(opts.out, file.body);
    });
}

export function registerAssetExport(exp: Command): void {
  exp
    .command('assets')
    .description('Export the asset inventory (classification, owner, custodian, what it runs on, CMDB id)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { format: 'csv' | 'xlsx'; out?: string; force?: boolean }) => {
      if (opts.out) refuseOverwrite({ out: opts.out, force: opts.force });
      else if (opts.format === 'xlsx' && process.stdout.isTTY)
        throw new CliError('An XLSX file is binary; give --out FILE (or redirect the output)');
      const file = await withRuntime(({ deps }) =>
        createAssetServices(deps, createResponsibilityServices(deps).assignments).inventory.exportInventory(
          CLI,
          {},
          opts.format,
        ),
      );
      if (opts.out) write(opts.out, file.body);
      else process.stdout.write(file.body);
    });
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
    .action(async (opts: { format: 'xlsx' | 'csv' | 'pdf'; out?: string; version?: number; force?: boolean }) => {
      if (opts.out) refuseOverwrite({ out: opts.out, force: opts.force });
      else if (opts.format !== 'csv' && process.stdout.isTTY)
        throw new CliError(`A ${opts.format.toUpperCase()} file is binary; give --out FILE (or redirect the output)`);
      const file = await withRuntime(({ deps }) =>
        createControlServices(deps, createResponsibilityServices(deps).assignments).soa.export(
          CLI,
          { format: opts.format },
          opts.version,
        ),
      );
      if (opts.out) write(opts.out, file.body);
      else process.stdout.write(file.body);
    });
}

export function registerAuditExports(exp: Command): void {
  exp
    .command('nonconformities')
    .description('Export the nonconformity and corrective action log (one row per corrective action)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .addOption(
      new Option('--status <status>', 'only nonconformities in this status').choices([...NC_STATUSES, 'unclosed']),
    )
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(
      async (opts: {
        format: 'csv' | 'xlsx';
        status?: (typeof NC_STATUSES)[number] | 'unclosed';
        out?: string;
        force?: boolean;
      }) => {
        refuseBinaryOnTerminal(opts);
        const file = await withRuntime(({ deps }) =>
          auditServices(deps).nonconformities.export(CLI, { format: opts.format, status: opts.status }),
        );
        output(opts.out, file.body);
      },
    );
  exp
    .command('audit-coverage')
    .description('Export the audit programme coverage: every clause and applicable control, when audited, when due')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { format: 'csv' | 'xlsx'; out?: string; force?: boolean }) => {
      refuseBinaryOnTerminal(opts);
      const file = await withRuntime(({ deps }) => auditServices(deps).programme.exportCoverage(CLI, opts.format));
      output(opts.out, file.body);
    });
  exp
    .command('audit-report')
    .description('Export the report of one audit as PDF (a draft until the lead auditor signs it off)')
    .requiredOption('--audit <reference>', 'the audit, e.g. AUD-0001')
    .option('--out <file>', 'where to write the file (default: standard output)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (opts: { audit: string; out?: string; force?: boolean }) => {
      refuseBinaryOnTerminal({ format: 'pdf', ...opts });
      const { file, audit } = await withRuntime(async ({ deps }) => {
        const svc = auditServices(deps);
        const found = await svc.audits.getByReference(CLI, opts.audit);
        return { file: await svc.report(CLI, found.id), audit: found };
      });
      output(opts.out, file.body);
      if (!audit.signedOff)
        process.stderr.write(`${audit.reference} is not signed off: the report is a draft and may still change\n`);
    });
}

const CLI = systemActor('cli');
const auditServices = (deps: Deps) => createAuditServices(deps, createResponsibilityServices(deps).assignments);

/** With --out, an existing file needs --force; without it, binary output does not go to a terminal. */
function refuseBinaryOnTerminal(opts: { format: string; out?: string; force?: boolean }): void {
  if (opts.out) refuseOverwrite({ out: opts.out, force: opts.force });
  else if (opts.format !== 'csv' && process.stdout.isTTY)
    throw new CliError(`A ${opts.format.toUpperCase()} file is binary; give --out FILE (or redirect the output)`);
}

function output(out: string | undefined, body: Buffer): void {
  if (out) write(out, body);
  else process.stdout.write(body);
}
const policyServices = (deps: Deps) => createPolicyServices(deps, createResponsibilityServices(deps).assignments);

function refuseOverwrite(opts: { out: string; force?: boolean }): void {
  if (fs.existsSync(opts.out) && !opts.force) throw new CliError(`${opts.out} exists; use --force to overwrite it`);
}

function write(out: string, body: Buffer): void {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, body);
  process.stdout.write(`Wrote ${out} (${body.length} bytes)\n`);
}
