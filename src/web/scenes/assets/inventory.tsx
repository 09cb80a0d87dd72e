import { Anchor, Button, Card, Code, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileImport, IconKey, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { plural } from '../policies/shared';
import { AssetFilterBar } from './filters';
import { filtersFrom, hasFilters, sortFrom, toQueryString } from './query';
import {
  ASSET_TYPE,
  AssetOwnerText,
  AssetStatusBadge,
  CiaText,
  LabelBadge,
  assetPath,
  type AssetSummary,
} from './shared';
import { LoadMore } from '../../components/load-more';

/** The asset inventory (ISO/IEC 27001 A.5.9): every asset with its classification, owner and custodian. */
export function AssetInventoryScene() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const { sort, dir } = sortFrom(params);
  const query = { ...filters, sort, dir };
  const list = useCursorPages<AssetSummary>(['assets', 'list', query], (cursor) =>
    call(api.GET('/api/assets', { params: { query: { limit: 50, cursor, ...query } } })),
  );
  // Every page carries the total of assets matching the filters; the first one is enough.
  const total = (list.data?.pages[0] as { total?: number } | undefined)?.total;
  const exportQs = toQueryString(filters);
  const exportHref = (format: 'csv' | 'xlsx') => `/api/assets/export?format=${format}${exportQs ? `&${exportQs}` : ''}`;
  const p = session.permissions;
  return (
    <Page
      title="Assets"
      description="The inventory of information and other associated assets (ISO/IEC 27001 A.5.9): how each is classified, who owns it and who looks after it."
      actions={
        <Group gap="xs">
          <Button
            component={Link}
            to="/access"
            variant="default"
            leftSection={<IconKey size={16} />}
            data-testid="assets-access-requests"
          >
            Access requests
          </Button>
          <Menu position="bottom-end" withArrow shadow="md">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                rightSection={<IconChevronDown size={14} />}
                data-testid="assets-export"
              >
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{hasFilters(filters) ? 'The filtered inventory' : 'The whole inventory'}</Menu.Label>
              <Menu.Item
                component="a"
                href={exportHref('csv')}
                leftSection={<IconDownload size={16} />}
                data-testid="assets-export-csv"
              >
                CSV
              </Menu.Item>
              <Menu.Item
                component="a"
                href={exportHref('xlsx')}
                leftSection={<IconDownload size={16} />}
                data-testid="assets-export-xlsx"
              >
                Excel (XLSX)
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {p.manageAssets && (
            <Button
              component={Link}
              to="/assets/import"
              variant="default"
              leftSection={<IconFileImport size={16} />}
              data-testid="assets-import"
            >
              Import
            </Button>
          )}
          {p.manageAssets && (
            <Button component={Link} to="/assets/new" leftSection={<IconPlus size={16} />} data-testid="asset-new">
              New asset
            </Button>
          )}
        </Group>
      }
    >
      <Card withBorder padding="lg">
        <Stack>
          <AssetFilterBar />
          <Text fz="sm" c="dimmed" data-testid="assets-total">
            {total === undefined
              ? list.isPending
                ? 'Loading…'
                : `${plural(list.items.length, 'asset')} shown`
              : hasFilters(filters)
                ? `${plural(total, 'asset')} ${total === 1 ? 'matches' : 'match'} these filters`
                : `${plural(total, 'asset')} in the inventory`}
          </Text>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="assets-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Classification</Table.Th>
                  <Table.Th>C / I / A</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Custodian</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((a) => (
                  <Table.Tr
                    key={a.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(assetPath(a.id))}
                    data-testid={`asset-row-${a.reference}`}
                  >
                    <Table.Td>
                      <Code>{a.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={300} miw={170}>
                      <Anchor
                        component={Link}
                        to={assetPath(a.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="asset-row-name"
                      >
                        {a.name}
                      </Anchor>
                      {(a.parent || a.orgUnit) && (
                        <Text fz="xs" c="dimmed" lineClamp={1}>
                          {[a.orgUnit?.name, a.parent ? `on ${a.parent.reference} ${a.parent.name}` : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm" data-testid="asset-row-type">
                      {ASSET_TYPE[a.type]}
                    </Table.Td>
                    <Table.Td>
                      <LabelBadge label={a.label} size="sm" testId="asset-row-label" />
                    </Table.Td>
                    <Table.Td>
                      <CiaText asset={a} />
                    </Table.Td>
                    <Table.Td>
                      <AssetStatusBadge status={a.status} testId="asset-row-status" />
                    </Table.Td>
                    <Table.Td fz="sm">
                      <AssetOwnerText owner={a.owner} testId="asset-row-owner" />
                    </Table.Td>
                    <Table.Td fz="sm" data-testid="asset-row-custodian">
                      {a.custodian?.fullName ?? <Text c="dimmed">—</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="assets-empty">
              {hasFilters(filters) ? 'No asset matches these filters.' : 'No assets in the inventory yet.'}
            </Text>
          )}
          <LoadMore list={list} total={total} />
        </Stack>
      </Card>
    </Page>
  );
}
