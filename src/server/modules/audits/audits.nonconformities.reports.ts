import { NC_STATUS_LABELS, type TNcStatus } from '../../../contracts/audits.js';
import { CONTENT_TYPES, downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import type { CorrectiveActionRow, NcVerificationRow } from '../../db/schema.js';
import { dayOf } from './audits.nonconformities.core.js';
import type { NcFacts } from './audits.nonconformities.facts.js';
import { ageDaysOf, whysOf } from './audits.nonconformities.presenters.js';
import type { NcView } from './audits.nonconformities.repository.js';

type LogRow = { nc: NcView; action: CorrectiveActionRow | null; verified: NcVerificationRow | null };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (iso: string | null | undefined) => (iso ? dayOf(iso) : '');
const ACTION_STATUS: Record<string, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };

function rootCauseText(nc: NcView): string {
  const whys = whysOf(nc)
    .filter((w) => w.trim() !== '')
    .map((w, i) => `Why ${i + 1}: ${w}`);
  return [nc.root_cause, ...whys].filter((s) => s.trim() !== '').join('\n');
}

function columns(f: NcFacts): Column<LogRow>[] {
  const name = (id: string | null | undefined) => (id ? (f.names.get(id) ?? 'Unknown person') : '');
  return [
    { header: 'NC', width: 10, value: (r) => r.nc.reference },
    { header: 'Title', width: 40, value: (r) => r.nc.title },
    { header: 'Severity', width: 10, value: (r) => capital(r.nc.severity) },
    { header: 'Source', width: 10, value: (r) => capital(r.nc.source) },
    { header: 'Audit', width: 10, value: (r) => r.nc.audit_reference ?? '' },
    { header: 'Raised', width: 12, value: (r) => day(r.nc.raised_at) },
    { header: 'Raised by', width: 20, value: (r) => name(r.nc.raised_by) },
    { header: 'Owner', width: 20, value: (r) => name(f.ncOwners.get(r.nc.id)?.personId) },
    { header: 'Status', width: 22, value: (r) => NC_STATUS_LABELS[r.nc.status as TNcStatus] ?? r.nc.status },
    { header: 'Age (days)', width: 10, value: (r) => ageDaysOf(r.nc, f.now) },
    { header: 'Correction', width: 40, value: (r) => r.nc.correction },
    { header: 'Root cause', width: 40, value: (r) => rootCauseText(r.nc) },
    { header: 'Corrective action', width: 12, value: (r) => r.action?.reference ?? '' },
    { header: 'Action', width: 40, value: (r) => r.action?.title ?? '' },
    {
      header: 'Action owner',
      width: 20,
      value: (r) => (r.action ? name(f.actionOwners.get(r.action.id)?.personId) : ''),
    },
    { header: 'Due', width: 12, value: (r) => r.action?.due_date ?? '' },
    {
      header: 'Action status',
      width: 12,
      value: (r) => (r.action ? (ACTION_STATUS[r.action.status] ?? r.action.status) : ''),
    },
    { header: 'Done', width: 12, value: (r) => day(r.action?.done_at) },
    { header: 'Done by', width: 20, value: (r) => name(r.action?.done_by) },
    { header: 'Verified', width: 12, value: (r) => day(r.verified?.verified_at) },
    { header: 'Verified by', width: 20, value: (r) => name(r.verified?.verified_by) },
    { header: 'Effective', width: 10, value: (r) => (r.verified ? r.verified.effective === 1 : null) },
    { header: 'Closed', width: 12, value: (r) => day(r.nc.closed_at) },
  ];
}

/**
 * The nonconformity and corrective action log (10.2 f, g: documented information of the nature
 * of the nonconformities, the actions taken and their results): one row per corrective action,
 * one for an NC without any; the latest verification on each row of its NC.
 */
export async function renderNcLog(
  format: TabularFormat,
  rows: NcView[],
  f: NcFacts,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const lines = rows.flatMap((nc): LogRow[] => {
    const verified = (f.verifications.get(nc.id) ?? []).at(-1) ?? null;
    const actions = f.actions.get(nc.id) ?? [];
    return actions.length === 0
      ? [{ nc, action: null, verified }]
      : actions.map((action) => ({ nc, action, verified }));
  });
  const body = await renderTabular(format, 'Nonconformities', columns(f), lines);
  return { body, fileName: downloadName('nonconformities', format), contentType: CONTENT_TYPES[format] };
}
