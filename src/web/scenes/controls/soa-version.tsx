import { Alert, Badge, Card, Center, Code, Group, Loader, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useParams } from 'react-router';
import { formatDateTime } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { BackLink, Field, WHOLE } from '../policies/shared';
import { controlsApi, soaVersionExportHref, type SoaVersion } from './controls-api';
import { ControlsPage } from './controls-nav';
import { ExportMenu } from './soa';
import { ApplicabilityBadge, CONTROL_THEME_LABELS, HashText, SOA_REASON_LABELS, StatusBadge, THEMES } from './shared';

type Row = SoaVersion['rows'][number];

const list = (xs: string[]) => (xs.length ? xs.join(', ') : '—');

/** One approved version of the SoA exactly as it was approved: read-only, with its hash. */
export function SoaVersionScene() {
  const n = Number(useParams().number);
  const q = useQuery({ queryKey: ['soa', 'version', n], queryFn: () => controlsApi.soaVersion(n) });
  const v = q.data;
  return (
    <ControlsPage
      tab="soa"
      title={`Statement of Applicability, version ${Number.isInteger(n) ? n : '?'}`}
      description={<BackLink to="/soa">Statement of Applicability</BackLink>}
      actions={
        v && (
          <ExportMenu
            href={(f) => soaVersionExportHref(v.number, f)}
            label="Export"
            testId={`soa-version-export-${v.number}`}
          />
        )
      }
    >
      <ProblemAlert error={q.error} />
      {q.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {v && (
        <>
          <Card withBorder padding="lg" data-testid="soa-version-header">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
              <Field label="Approved by">
                {v.approvedBy.fullName}
                <Text fz="xs" c="dimmed">
                  as {v.approvedAs}
                </Text>
              </Field>
              <Field label="Approved">{formatDateTime(v.approvedAt)}</Field>
              <Field label="Applicable">
                {v.applicableCount} of {v.controlCount} controls
              </Field>
              <Field label="SHA-256 of the snapshot">
                <HashText hash={v.sha256} testId="soa-version-hash" />
              </Field>
            </SimpleGrid>
            {v.note && (
              <Alert variant="light" color="gray" mt="md" title="Note" style={{ whiteSpace: 'pre-wrap' }}>
                {v.note}
              </Alert>
            )}
          </Card>
          <Card withBorder padding="lg" data-testid="soa-version-rows">
            <Title order={2} fz="lg" mb="sm">
              Controls as approved
            </Title>
            <Table.ScrollContainer minWidth={960}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Control</Table.Th>
                    <Table.Th>Title</Table.Th>
                    <Table.Th>Applicability</Table.Th>
                    <Table.Th>Reasons / justification</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Owner and implementers</Table.Th>
                    <Table.Th>Risks</Table.Th>
                    <Table.Th>Evidence</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {THEMES.map((theme) => {
                    const rows = v.rows.filter((r) => r.theme === theme);
                    if (rows.length === 0) return null;
                    return (
                      <Fragment key={theme}>
                        <Table.Tr bg="var(--mantine-color-default-hover)">
                          <Table.Td colSpan={8} fw={600} fz="sm">
                            {CONTROL_THEME_LABELS[theme]}
                          </Table.Td>
                        </Table.Tr>
                        {rows.map((r) => (
                          <VersionRow key={r.reference} r={r} />
                        ))}
                      </Fragment>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      )}
    </ControlsPage>
  );
}

function VersionRow({ r }: { r: Row }) {
  return (
    <Table.Tr data-testid={`soa-version-row-${r.reference}`}>
      <Table.Td>
        <Code>{r.reference}</Code>
      </Table.Td>
      <Table.Td fz="sm" miw={200}>
        {r.title}
      </Table.Td>
      <Table.Td>
        <ApplicabilityBadge value={r.applicability} size="sm" testId="soa-version-applicability" />
      </Table.Td>
      <Table.Td maw={320}>
        <Group gap={4} mb={r.justification ? 4 : 0}>
          {r.reasons.map((x) => (
            <Badge key={x} variant="light" color="indigo" size="xs" styles={WHOLE}>
              {SOA_REASON_LABELS[x]}
            </Badge>
          ))}
        </Group>
        {r.justification && (
          <Text fz="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {r.justification}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={r.status} size="sm" testId="soa-version-status" />
      </Table.Td>
      <Table.Td fz="sm" miw={160}>
        {r.owner ?? '—'}
        {r.implementers.length > 0 && (
          <Text fz="xs" c="dimmed">
            {list(r.implementers)}
          </Text>
        )}
      </Table.Td>
      <Table.Td fz="sm">{list(r.risks)}</Table.Td>
      <Table.Td fz="sm">{list(r.evidence)}</Table.Td>
    </Table.Tr>
  );
}
