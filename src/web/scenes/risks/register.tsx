import { Anchor, Button, Card, Code, Group, Menu, Stack, Table, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconDownload,
  IconFileImport,
  IconFileTypePdf,
  IconPlus,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { plural } from '../policies/shared';
import { RiskFilterBar } from './filters';
import { filtersFrom, hasFilters, sortFrom, toQueryString } from './query';
import { NewRiskModal } from './risk-new';
import { RisksPage } from './risks-nav';
import { SavedViewsMenu } from './saved-views';
import {
  NextAssessment,
  OwnerText,
  RiskStatusBadge,
  ScoreBadge,
  riskPath,
  useRiskMethod,
  type RiskSummary,
} from './shared';
import { LoadMore } from '../../components/load-more';

/** The risk register: every risk with its owner, scores and next assessment; filters live in the URL. */
export function RiskRegisterScene() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const method = useRiskMethod().data;
  const filters = filtersFrom(params);
  const sort = sortFrom(params);
  const query = { ...filters, sort };
  const list = useCursorPages<RiskSummary>(['risks', 'list', query], (cursor) =>
    call(api.GET('/api/risks', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  // Every page carries the total of risks matching the filters; the first one is enough.
  const total = (list.data?.pages[0] as { total?: number } | undefined)?.total;
  const categories = useMemo(() => [...new Set(list.items.map((r) => r.category))], [list.items]);
  const exportQs = toQueryString({ ...filters, sort: sort === 'reference' ? undefined : sort });
  const p = session.permissions;
  return (
    <RisksPage
      tab="register"
      title="Risk register"
      description="Information security risks (ISO/IEC 27001 clause 6.1.2 and 8.2): who owns each, how it scores before and after controls, and when it is next assessed."
      actions={
        <Group gap="xs">
          <SavedViewsMenu />
          <Menu position="bottom-end" withArrow shadow="md">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                rightSection={<IconChevronDown size={14} />}
                data-testid="risks-export"
              >
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{hasFilters(filters) ? 'The filtered register' : 'The whole register'}</Menu.Label>
              <Menu.Item
                component="a"
                href={`/api/risks/export?format=csv${exportQs ? `&${exportQs}` : ''}`}
                leftSection={<IconDownload size={16} />}
                data-testid="risks-export-csv"
              >
                CSV
              </Menu.Item>
              <Menu.Item
                component="a"
                href={`/api/risks/export?format=xlsx${exportQs ? `&${exportQs}` : ''}`}
                leftSection={<IconDownload size={16} />}
                data-testid="risks-export-xlsx"
              >
                Excel (XLSX)
              </Menu.Item>
              <Menu.Item
                component="a"
                href={`/api/risks/report.pdf${toQueryString(filters) ? `?${toQueryString(filters)}` : ''}`}
                leftSection={<IconFileTypePdf size={16} />}
                data-testid="risks-report-pdf"
              >
                Risk assessment report (PDF)
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {p.manageRisks && (
            <Button
              component={Link}
              to="/risks/import"
              variant="default"
              leftSection={<IconFileImport size={16} />}
              data-testid="risks-import"
            >
              Import
            </Button>
          )}
          {p.createRisks && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="risk-new">
              New risk
            </Button>
          )}
        </Group>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <RiskFilterBar categories={categories} />
          <Group justify="space-between">
            <Text fz="sm" c="dimmed" data-testid="risks-total">
              {total === undefined
                ? 'Loading…'
                : hasFilters(filters)
                  ? `${plural(total, 'risk')} ${total === 1 ? 'matches' : 'match'} these filters`
                  : `${plural(total, 'risk')} in the register`}
            </Text>
            {method && (
              <Text fz="xs" c="dimmed">
                Method version {method.version} · appetite: residual score up to {method.appetiteScore}
              </Text>
            )}
          </Group>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={1040}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="risks-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Org unit</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Inherent</Table.Th>
                  <Table.Th>Residual</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Next assessment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((r) => (
                  <Table.Tr
                    key={r.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(riskPath(r.id))}
                    data-testid={`risk-row-${r.reference}`}
                  >
                    <Table.Td>
                      <Code>{r.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={320} miw={170}>
                      <Anchor
                        component={Link}
                        to={riskPath(r.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="risk-row-title"
                      >
                        {r.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{r.category}</Table.Td>
                    <Table.Td fz="sm">{r.orgUnit?.name ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td fz="sm">
                      <OwnerText owner={r.owner} />
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={r.inherent} method={method} size="sm" testId="risk-row-inherent" empty="—" />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ScoreBadge score={r.residual} method={method} size="sm" testId="risk-row-residual" empty="—" />
                        {r.aboveAppetite && (
                          <Tooltip label="Above the risk appetite">
                            <ThemeIcon
                              size="sm"
                              variant="light"
                              color="red"
                              aria-label="Above appetite"
                              data-testid="risk-row-above-appetite"
                            >
                              <IconAlertTriangle size={14} />
                            </ThemeIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <RiskStatusBadge status={r.status} testId="risk-row-status" />
                    </Table.Td>
                    <Table.Td>
                      <NextAssessment
                        at={r.status === 'closed' ? null : r.nextAssessmentAt}
                        overdue={r.assessmentOverdue}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="risks-empty">
              {hasFilters(filters) ? 'No risk matches these filters.' : 'No risks yet.'}
            </Text>
          )}
          <LoadMore list={list} total={total} />
        </Stack>
      </Card>
      {creating && <NewRiskModal onClose={() => setCreating(false)} categories={categories} />}
    </RisksPage>
  );
}
