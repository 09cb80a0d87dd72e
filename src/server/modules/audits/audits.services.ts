import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { readSettings } from '../settings/settings.service.js';
import { createChecklistService } from './audits.checklist.service.js';
import { createNonconformityService, nonconformitiesOfAudit } from './audits.nonconformities.service.js';
import { createProgrammeService } from './audits.programme.service.js';
import { renderAuditReport } from './audits.report.js';
import { createAuditService } from './audits.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createAuditServices(deps: Deps, assignments: AssignmentService) {
  const audits = createAuditService(deps, assignments);
  const checklist = createChecklistService(deps);
  return {
    audits,
    checklist,
    programme: createProgrammeService(deps),
    nonconformities: createNonconformityService(deps, assignments),
    /** The audit report as PDF: a draft until the lead auditor signs it off. */
    async report(actor: Actor, auditId: string): Promise<{ body: Buffer; fileName: string }> {
      const audit = await audits.get(actor, auditId);
      const [items, ncs, settings] = await Promise.all([
        checklist.all(auditId),
        nonconformitiesOfAudit(deps.db, auditId),
        readSettings(deps.db),
      ]);
      const body = await renderAuditReport(audit, items, ncs, { organisation: settings.organisationName });
      return { body, fileName: `${audit.reference}-audit-report${audit.signedOff ? '' : '-draft'}.pdf` };
    },
  };
}

export type AuditServices = ReturnType<typeof createAuditServices>;
