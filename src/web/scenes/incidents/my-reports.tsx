import { Anchor, Button, Card, Code, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime, Page } from '../../components/page';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { incidentsApi } from './incidents-api';
import { IncidentsNav } from './incidents-nav';
import { ClassificationBadge, StatusBadge, myReportPath, type MyIncidentReport } from './shared';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** What the reporter is told once a report is closed (or that it is still being looked at). */
export function Outcome({ report }: { report: MyIncidentReport }) {
  if (report.status !== 'closed')
    return (
      <Text fz="sm" c="dimmed" data-testid="my-report-outcome" data-closed="false">
        {report.status === 'reported'
          ? 'Waiting to be looked at by the information security team.'
          : 'Being handled. You will see the outcome here when it is closed.'}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="my-report-outcome" data-closed="true">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        Outcome{report.closedAt ? ` · ${formatDateTime(report.closedAt)}` : ''}
      </Text>
      <Text fz="sm" style={pre}>
        {report.outcome || '—'}
      </Text>
    </Stack>
  );
}

function ReportRow({ report: r }: { report: MyIncidentReport }) {
  return (
    <Card withBorder padding="md" data-testid={`my-report-${r.reference}`} data-status={r.status}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Code style={{ whiteSpace: 'nowrap' }} data-testid="my-report-reference">
            {r.reference}
          </Code>
          <Group gap={6}>
            {r.classification && (
              <ClassificationBadge classification={r.classification} size="sm" testId="my-report-classification" />
            )}
            <StatusBadge status={r.status} size="sm" testId="my-report-status" />
          </Group>
        </Group>
        <div>
          <Anchor
            component={Link}
            to={myReportPath(r.id)}
            fw={500}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="my-report-title"
          >
            {r.title}
          </Anchor>
          <Text fz="xs" c="dimmed" mt={2}>
            Reported {formatDateTime(r.reportedAt)}
            {r.confidential && (
              <>
                {' · '}
                <IconLock size={11} style={{ verticalAlign: -1 }} /> confidential
              </>
            )}
            {r.attachments.length > 0 && ` · ${r.attachments.length} file${r.attachments.length === 1 ? '' : 's'}`}
          </Text>
        </div>
        <Outcome report={r} />
      </Stack>
    </Card>
  );
}

/** The reports a person made and what became of them; the outcome they are told once closed. */
export function MyReportsScene() {
  const readIncidents = useSignedIn().permissions.readIncidents;
  const list = useCursorPages<MyIncidentReport>(['incidents', 'mine'], (cursor) => incidentsApi.mine(cursor));
  const page = (
    <Page
      title="My incident reports"
      description="What you reported, where it stands, and the answer once it is closed."
      actions={
        <Button
          component={Link}
          to="/incidents/report"
          color="red"
          leftSection={<IconAlertTriangle size={16} />}
          data-testid="my-reports-report"
        >
          Report an incident
        </Button>
      }
    >
      <ProblemAlert error={list.error} />
      {list.isPending && <Skeleton h={120} radius="md" />}
      <Stack gap="sm" data-testid="my-reports">
        {list.items.map((r) => (
          <ReportRow key={r.id} report={r} />
        ))}
      </Stack>
      {!list.isPending && !list.error && list.items.length === 0 && (
        <Card withBorder padding="xl">
          <Text c="dimmed" ta="center" data-testid="my-reports-empty">
            You have not reported anything yet. If something looks wrong, report it — it takes a minute.
          </Text>
        </Card>
      )}
      <LoadMore list={list} />
    </Page>
  );
  if (!readIncidents) return page;
  return (
    <Stack gap="md">
      <IncidentsNav active="mine" />
      {page}
    </Stack>
  );
}
