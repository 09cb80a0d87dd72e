import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Allowed } from '../../components/allowed';
import { IncidentScene } from './incident';
import { IncidentMetricsScene } from './metrics';
import { MyReportScene } from './my-report';
import { MyReportsScene } from './my-reports';
import { IncidentRegisterScene } from './register';
import { ReportIncidentScene } from './report';

type Permissions = Parameters<Parameters<typeof Allowed>[0]['when']>[0];

const guarded = (path: string, when: (p: Permissions) => boolean, element: ReactNode): RouteObject => ({
  path,
  element: <Allowed when={when}>{element}</Allowed>,
});

/**
 * Incident reporting (everyone), the register and metrics (readIncidents), and one incident: open
 * to any signed-in person because a handler reaches it from their inbox; the server decides.
 */
export const incidentRoutes: RouteObject[] = [
  { path: 'incidents/report', element: <ReportIncidentScene /> },
  { path: 'incidents/mine', element: <MyReportsScene /> },
  { path: 'incidents/mine/:id', element: <MyReportScene /> },
  guarded('incidents', (p) => p.readIncidents, <IncidentRegisterScene />),
  guarded('incidents/metrics', (p) => p.readIncidents, <IncidentMetricsScene />),
  { path: 'incidents/:id', element: <IncidentScene /> },
];
