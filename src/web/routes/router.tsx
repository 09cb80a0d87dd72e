import { Button, Center, Loader, Stack, Title } from '@mantine/core';
import { createBrowserRouter, Link, Navigate, useLocation } from 'react-router';
import { AppFrame } from '../components/app-frame';
import { AccountsScene } from '../scenes/admin/accounts';
import { SettingsScene } from '../scenes/admin/settings';
import { WebhooksScene } from '../scenes/admin/webhooks';
import { HomeScene } from '../scenes/home/home';
import { AccountScene } from '../scenes/identity/account';
import { LoginScene } from '../scenes/identity/login';
import { OrgChartScene } from '../scenes/org-chart/org-chart';
import { ImportScene } from '../scenes/people/import';
import { OrgUnitsScene } from '../scenes/people/org-units';
import { PeopleScene } from '../scenes/people/people';
import { PersonScene } from '../scenes/people/person';
import { InboxScene } from '../scenes/inbox/inbox';
import { CampaignScene } from '../scenes/policies/campaign';
import { DiffScene } from '../scenes/policies/diff';
import { MyPoliciesScene } from '../scenes/policies/my-policies';
import { PoliciesScene } from '../scenes/policies/policies';
import { PolicyScene } from '../scenes/policies/policy';
import { NewPolicyScene } from '../scenes/policies/policy-new';
import { ReadPolicyScene } from '../scenes/policies/read-policy';
import { VersionScene } from '../scenes/policies/version';
import { VersionEditorScene } from '../scenes/policies/version-editor';
import { RaciScene } from '../scenes/raci/raci';
import { RiskHeatmapScene } from '../scenes/risks/heatmap';
import { RiskImportScene } from '../scenes/risks/import';
import { RiskMethodScene } from '../scenes/risks/method';
import { RiskOverviewScene } from '../scenes/risks/overview';
import { RiskRegisterScene } from '../scenes/risks/register';
import { RiskScene } from '../scenes/risks/risk';
import { RiskUpdatesFeedScene } from '../scenes/risks/updates-feed';
import { CoverageScene } from '../scenes/responsibilities/coverage';
import { HandoverScene, HandoversScene } from '../scenes/responsibilities/handovers';
import { MyResponsibilitiesScene } from '../scenes/responsibilities/my-responsibilities';
import { RoleScene } from '../scenes/responsibilities/role';
import { RolesScene } from '../scenes/responsibilities/roles';
import { SetupScene } from '../scenes/identity/setup';
import { SodScene } from '../scenes/sod/sod';
import { TrailScene } from '../scenes/trail/trail';
import { useSession } from '../session';
import { Allowed } from '../components/allowed';
import { assetRoutes } from '../scenes/assets/routes';
import { accessReviewRoutes } from '../scenes/access-reviews/routes';
import { controlRoutes } from '../scenes/controls/routes';
import { auditRoutes } from '../scenes/audits/routes';
import { incidentRoutes } from '../scenes/incidents/routes';

/** Renders the app frame only for a signed-in person; otherwise sends them to sign in and back. */
function RequireSession() {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <AppFrame />;
}

function NotFound() {
  return (
    <Center h="60vh">
      <Stack align="center">
        <Title order={1}>Page not found</Title>
        <Button component={Link} to="/">
          Go to the overview
        </Button>
      </Stack>
    </Center>
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginScene /> },
  { path: '/setup', element: <SetupScene /> },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <HomeScene /> },
      { path: 'account', element: <AccountScene /> },
      { path: 'inbox', element: <InboxScene /> },
      { path: 'my/responsibilities', element: <MyResponsibilitiesScene /> },
      { path: 'my/policies', element: <MyPoliciesScene /> },
      { path: 'my/policies/:policyId/:versionId', element: <ReadPolicyScene /> },
      { path: 'people', element: <PeopleScene /> },
      { path: 'people/:id', element: <PersonScene /> },
      { path: 'org-units', element: <OrgUnitsScene /> },
      { path: 'org-chart', element: <OrgChartScene /> },
      {
        path: 'import/people',
        element: (
          <Allowed when={(p) => p.managePeople}>
            <ImportScene />
          </Allowed>
        ),
      },
      { path: 'roles', element: <RolesScene /> },
      { path: 'roles/:key', element: <RoleScene /> },
      {
        path: 'coverage',
        element: (
          <Allowed when={(p) => p.readCoverage}>
            <CoverageScene />
          </Allowed>
        ),
      },
      {
        path: 'handovers',
        element: (
          <Allowed when={(p) => p.readCoverage}>
            <HandoversScene />
          </Allowed>
        ),
      },
      {
        path: 'handovers/:id',
        element: (
          <Allowed when={(p) => p.readCoverage}>
            <HandoverScene />
          </Allowed>
        ),
      },
      { path: 'raci', element: <RaciScene /> },
      {
        path: 'sod',
        element: (
          <Allowed when={(p) => p.readSod}>
            <SodScene />
          </Allowed>
        ),
      },
      { path: 'policies', element: <PoliciesScene /> },
      {
        path: 'policies/new',
        element: (
          <Allowed when={(p) => p.managePolicies}>
            <NewPolicyScene />
          </Allowed>
        ),
      },
      { path: 'policies/:id', element: <PolicyScene /> },
      { path: 'policies/:id/diff', element: <DiffScene /> },
      { path: 'policies/:id/versions/:versionId', element: <VersionScene /> },
      { path: 'policies/:id/versions/:versionId/edit', element: <VersionEditorScene /> },
      { path: 'policies/:id/versions/:versionId/campaign', element: <CampaignScene /> },
      {
        path: 'risks',
        element: (
          <Allowed when={(p) => p.readRisks}>
            <RiskRegisterScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/heatmap',
        element: (
          <Allowed when={(p) => p.readRisks}>
            <RiskHeatmapScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/overview',
        element: (
          <Allowed when={(p) => p.readRisks}>
            <RiskOverviewScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/updates',
        element: (
          <Allowed when={(p) => p.readRiskFeed}>
            <RiskUpdatesFeedScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/method',
        element: (
          <Allowed when={(p) => p.readRisks}>
            <RiskMethodScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/import',
        element: (
          <Allowed when={(p) => p.manageRisks}>
            <RiskImportScene />
          </Allowed>
        ),
      },
      {
        path: 'risks/:id',
        element: (
          <Allowed when={(p) => p.readRisks}>
            <RiskScene />
          </Allowed>
        ),
      },
      {
        path: 'trail',
        element: (
          <Allowed when={(p) => p.readTrail}>
            <TrailScene />
          </Allowed>
        ),
      },
      {
        path: 'admin/accounts',
        element: (
          <Allowed when={(p) => p.manageAccounts}>
            <AccountsScene />
          </Allowed>
        ),
      },
      {
        path: 'admin/webhooks',
        element: (
          <Allowed when={(p) => p.manageWebhooks}>
            <WebhooksScene />
          </Allowed>
        ),
      },
      {
        path: 'admin/settings',
        element: (
          <Allowed when={(p) => p.manageSettings}>
            <SettingsScene />
          </Allowed>
        ),
      },
      ...assetRoutes,
      ...accessReviewRoutes,
      ...controlRoutes,
      ...auditRoutes,
      ...incidentRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
