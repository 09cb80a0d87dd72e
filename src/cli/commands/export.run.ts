import fs from 'node:fs';
import path from 'node:path';
import type { NC_STATUSES } from '../../contracts/audits.js';
import { systemActor } from '../../server/core/actor.js';
import type { Deps } from '../../server/core/deps.js';
import { createAssetServices } from '../../server/modules/assets/assets.services.js';
import { createAuditServices } from '../../server/modules/audits/audits.services.js';
import { createIncidentServices } from '../../server/modules/incidents/incidents.services.js';
import { createControlServices } from '../../server/modules/controls/controls.services.js';
import { createPersonService } from '../../server/modules/people/people.persons.service.js';
import { createPolicyServices } from '../../server/modules/policies/policies.services.js';
import { createResponsibilityServices } from '../../server/modules/responsibilities/responsibilities.services.js';
import { createRiskServices } from '../../server/modules/risks/risks.services.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';

/** What `remit export <kind>` runs: one function per kind, named as in export.ts's lazy(run, ...). */

const CLI = systemActor('cli');
const incidentServices = (deps: Deps) => createIncidentServices(deps, createResponsibilityServices(deps).assignments);
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

export async function people(opts: {
  format: 'csv' | 'xlsx';
  out: string;
  status?: 'active' | 'leaver';
  force?: boolean;
}): Promise<void> {
  if (fs.existsSync(opts.out) && !opts.force) throw new CliError(`${opts.out} exists; use --force to overwrite it`);
  const file = await withRuntime(({ deps }) =>
    createPersonService(deps).export({ kind: 'system', label: 'cli' }, { format: opts.format, status: opts.status }),
  );
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, file);
  process.stdout.write(`Wrote ${opts.out} (${file.length} bytes)\n`);
}

export async function policies(opts: { format: 'csv' | 'xlsx'; out: string; force?: boolean }): Promise<void> {
  refuseOverwrite(opts);
  const file = await withRuntime(({ deps }) => policyServices(deps).policies.exportRegister(CLI, opts.format));
  write(opts.out, file.body);
}

export async function policyAcks(opts: {
  policy: string;
  version?: number;
  format: 'csv' | 'xlsx';
  out: string;
  force?: boolean;
}): Promise<void> {
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
}

export async function risks(opts: { format: 'csv' | 'xlsx'; out: string; force?: boolean }): Promise<void> {
  refuseOverwrite(opts);
  const file = await withRuntime(({ deps }) =>
    createRiskServices(deps, createResponsibilityServices(deps).assignments).risks.exportRegister(
      CLI,
      { sort: 'reference' },
      opts.format,
    ),
  );
  write(opts.out, file.body);
}

export async function assets(opts: { format: 'csv' | 'xlsx'; out?: string; force?: boolean }): Promise<void> {
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
}

export async function soa(opts: {
  format: 'xlsx' | 'csv' | 'pdf';
  out?: string;
  version?: number;
  force?: boolean;
}): Promise<void> {
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
}

export async function nonconformities(opts: {
  format: 'csv' | 'xlsx';
  status?: (typeof NC_STATUSES)[number] | 'unclosed';
  out?: string;
  force?: boolean;
}): Promise<void> {
  refuseBinaryOnTerminal(opts);
  const file = await withRuntime(({ deps }) =>
    auditServices(deps).nonconformities.export(CLI, { format: opts.format, status: opts.status }),
  );
  output(opts.out, file.body);
}

export async function auditCoverage(opts: { format: 'csv' | 'xlsx'; out?: string; force?: boolean }): Promise<void> {
  refuseBinaryOnTerminal(opts);
  const file = await withRuntime(({ deps }) => auditServices(deps).programme.exportCoverage(CLI, opts.format));
  output(opts.out, file.body);
}

export async function incidents(opts: {
  format: 'csv' | 'xlsx';
  status?: 'reported' | 'open' | 'resolved' | 'closed' | 'unclosed';
  out?: string;
  force?: boolean;
}): Promise<void> {
  refuseBinaryOnTerminal(opts);
  const file = await withRuntime(({ deps }) =>
    incidentServices(deps).export(CLI, { format: opts.format, status: opts.status }),
  );
  output(opts.out, file.body);
}

export async function incidentReport(opts: { incident: string; out?: string; force?: boolean }): Promise<void> {
  refuseBinaryOnTerminal({ format: 'pdf', ...opts });
  const { file, incident } = await withRuntime(async ({ deps }) => {
    const svc = incidentServices(deps);
    const found = await svc.incidents.getByReference(CLI, opts.incident);
    return { file: await svc.report(CLI, found.id), incident: found };
  });
  output(opts.out, file.body);
  if (incident.status !== 'closed')
    process.stderr.write(`${incident.reference} is not closed: the report is not final and may still change\n`);
}

export async function auditReport(opts: { audit: string; out?: string; force?: boolean }): Promise<void> {
  refuseBinaryOnTerminal({ format: 'pdf', ...opts });
  const { file, audit } = await withRuntime(async ({ deps }) => {
    const svc = auditServices(deps);
    const found = await svc.audits.getByReference(CLI, opts.audit);
    return { file: await svc.report(CLI, found.id), audit: found };
  });
  output(opts.out, file.body);
  if (!audit.signedOff)
    process.stderr.write(`${audit.reference} is not signed off: the report is a draft and may still change\n`);
}
