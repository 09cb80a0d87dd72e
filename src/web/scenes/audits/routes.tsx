import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Allowed } from '../../components/allowed';
import { AgeingScene } from './ageing';
import { AuditScene } from './audit';
import { NewAuditScene } from './audit-new';
import { CorrectiveActionScene } from './corrective-action';
import { NcScene } from './nc';
import { NcRegisterScene } from './nc-register';
import { ProgrammeScene } from './programme';
import { AuditRegisterScene } from './register';

type Permissions = Parameters<Parameters<typeof Allowed>[0]['when']>[0];

const guarded = (path: string, when: (p: Permissions) => boolean, element: ReactNode): RouteObject => ({
  path,
  element: <Allowed when={when}>{element}</Allowed>,
});

/** Internal audits, the audit programme, nonconformities and corrective actions (children of the signed-in frame). */
export const auditRoutes: RouteObject[] = [
  guarded('audits', (p) => p.readAudits, <AuditRegisterScene />),
  guarded('audits/programme', (p) => p.readAudits, <ProgrammeScene />),
  guarded('audits/new', (p) => p.manageAudits, <NewAuditScene />),
  guarded('audits/:id', (p) => p.readAudits, <AuditScene />),
  guarded('nonconformities', (p) => p.readNonconformities, <NcRegisterScene />),
  guarded('nonconformities/ageing', (p) => p.readNonconformities, <AgeingScene />),
  guarded('nonconformities/:id', (p) => p.readNonconformities, <NcScene />),
  guarded('corrective-actions/:id', (p) => p.readNonconformities, <CorrectiveActionScene />),
];
