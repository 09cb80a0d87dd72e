import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Code,
  Grid,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconKey, IconLink, IconPencil, IconUserPlus, IconUserShield } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { formatDay, Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { BackLink, Field, WHOLE, plural } from '../policies/shared';
import { RequestAccessModal } from './access-new';
import { EditAssetModal, LinksModal, OwnerModal } from './asset-dialogs';
import {
  ASSET_TYPE,
  AccessStatusBadge,
  AssetOwnerText,
  AssetStatusBadge,
  CIA_LEVELS,
  LABEL,
  LabelBadge,
  accessPath,
  assetPath,
  type AccessRequest,
  type Asset,
} from './shared';

const CIA_COLOR = ['gray', 'gray', 'blue', 'orange', 'red'];

function CardTitle({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Group justify="space-between" mb="sm" wrap="nowrap">
      <Title order={2} fz="lg">
        {children}
      </Title>
      {action}
    </Group>
  );
}

function ClassificationCard({ asset }: { asset: Asset }) {
  const levels: [string, 'confidentiality' | 'integrity' | 'availability'][] = [
    ['Confidentiality', 'confidentiality'],
    ['Integrity', 'integrity'],
    ['Availability', 'availability'],
  ];
  return (
    <Card withBorder padding="lg" h="100%" data-testid="asset-classification">
      <CardTitle>Classification</CardTitle>
      <Stack gap="sm">
        <Group gap="sm">
          <LabelBadge label={asset.label} size="lg" testId="asset-classification-label" />
          <Text fz="sm" c="dimmed">
            {LABEL[asset.label].hint}
          </Text>
        </Group>
        <SimpleGrid cols={3}>
          {levels.map(([name, key]) => (
            <Field key={key} label={name} testId={`asset-${key}`}>
              <Badge variant="light" color={CIA_COLOR[asset[key]]} styles={WHOLE}>
                {asset[key]} · {CIA_LEVELS[asset[key]]}
              </Badge>
            </Field>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function StructureCard({ asset }: { asset: Asset }) {
  return (
    <Card withBorder padding="lg" h="100%" data-testid="asset-structure">
      <CardTitle>Runs on and used by</CardTitle>
      <Stack gap="sm">
        <Field label="Runs on" testId="asset-parent">
          {asset.parent ? (
            <Anchor component={Link} to={assetPath(asset.parent.id)} fz="sm" data-testid="asset-parent-link">
              {asset.parent.reference} {asset.parent.name}
            </Anchor>
          ) : (
            '—'
          )}
        </Field>
        <Field label={`Runs here (${asset.childCount})`} testId="asset-children">
          {asset.childCount === 0 ? (
            '—'
          ) : (
            <Stack gap={2}>
              {asset.children.slice(0, 10).map((c) => (
                <Anchor key={c.id} component={Link} to={assetPath(c.id)} fz="sm" data-testid="asset-child-link">
                  {c.reference} {c.name}
                </Anchor>
              ))}
              <Anchor
                component={Link}
                to={`/assets?parentId=${asset.id}`}
                fz="sm"
                fw={500}
                data-testid="asset-children-all"
              >
                {asset.childCount > 10 ? `All ${asset.childCount} in the inventory →` : 'Show in the inventory →'}
              </Anchor>
            </Stack>
          )}
        </Field>
      </Stack>
    </Card>
  );
}

function LinksCard({ asset, onEdit }: { asset: Asset; onEdit?: () => void }) {
  const readRisks = useSignedIn().permissions.readRisks;
  return (
    <Card withBorder padding="lg" h="100%" data-testid="asset-links">
      <CardTitle
        action={
          onEdit && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconLink size={14} />}
              onClick={onEdit}
              data-testid="asset-links-edit"
            >
              Edit links
            </Button>
          )
        }
      >
        Risks and controls
      </CardTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Field label={`Risks (${asset.risks.length})`} testId="asset-risks">
          {asset.risks.length === 0 ? (
            <Text fz="sm" c="dimmed">
              No risk linked.
            </Text>
          ) : (
            <Stack gap={2}>
              {asset.risks.map((r) =>
                readRisks ? (
                  <Anchor key={r.id} component={Link} to={`/risks/${r.id}`} fz="sm" data-testid="asset-risk-link">
                    {r.reference} {r.title}
                  </Anchor>
                ) : (
                  <Text key={r.id} fz="sm" data-testid="asset-risk-link">
                    {r.reference} {r.title}
                  </Text>
                ),
              )}
            </Stack>
          )}
        </Field>
        <Field label={`Annex A controls (${asset.controls.length})`} testId="asset-controls">
          {asset.controls.length === 0 ? (
            <Text fz="sm" c="dimmed">
              No control linked.
            </Text>
          ) : (
            <Stack gap={2}>
              {asset.controls.map((c) => (
                <Text key={c.id} fz="sm" data-testid="asset-control">
                  <Code>{c.id}</Code> {c.title}
                </Text>
              ))}
            </Stack>
          )}
        </Field>
      </SimpleGrid>
    </Card>
  );
}

/** The access requests for this asset the reader may see: all of them for the ISM and auditors, else their own. */
function AccessRequestsCard({ asset, onRequest }: { asset: Asset; onRequest?: () => void }) {
  const all = useSignedIn().permissions.readAllAccessRequests;
  const view = all ? 'all' : 'mine';
  const list = useCursorPages<AccessRequest>(['access-requests', 'asset', asset.id, view], (cursor) =>
    call(api.GET('/api/access-requests', { params: { query: { view, assetId: asset.id, limit: 20, cursor } } })),
  );
  return (
    <Card withBorder padding="lg" data-testid="asset-access-requests">
      <CardTitle
        action={
          onRequest && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconKey size={14} />}
              onClick={onRequest}
              data-testid="asset-access-request-new"
            >
              Request access
            </Button>
          )
        }
      >
        {all ? 'Access requests' : 'Your access requests'}
      </CardTitle>
      <ProblemAlert error={list.error} />
      {!list.isPending && !list.error && list.items.length === 0 && (
        <Text fz="sm" c="dimmed" data-testid="asset-access-requests-empty">
          {all ? 'Nobody has asked for access to this asset yet.' : 'You have not asked for access to this asset.'}
        </Text>
      )}
      {list.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reference</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>Entitlement</Table.Th>
                <Table.Th>Until</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((r) => (
                <Table.Tr key={r.id} data-testid={`asset-access-row-${r.reference}`}>
                  <Table.Td>
                    <Anchor component={Link} to={accessPath(r.id)} fz="sm" ff="monospace">
                      {r.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fz="sm">{r.beneficiary.fullName}</Table.Td>
                  <Table.Td fz="sm">
                    {r.entitlement}
                    {r.privileged && (
                      <Badge ml={6} size="xs" color="grape" variant="light" styles={WHOLE}>
                        Privileged
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">{r.until ? formatDay(`${r.until}T12:00:00Z`) : '—'}</Table.Td>
                  <Table.Td>
                    <AccessStatusBadge request={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button
            variant="light"
            size="xs"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
            data-testid="asset-access-load-more"
          >
            Load more
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** One asset: classification, owner and custodian, structure, risks and controls, and access to it. */
export function AssetScene() {
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<'edit' | 'owner' | 'links' | 'request' | null>(null);
  const q = useQuery({
    queryKey: ['assets', id],
    queryFn: () => call(api.GET('/api/assets/{id}', { params: { path: { id } } })),
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data)
    return (
      <Stack maw={1200}>
        <BackLink to="/assets">Assets</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  const a = q.data;
  const actions: ReactNode[] = [];
  if (a.can.readEntitlements)
    actions.push(
      <Button
        key="entitlements"
        component={Link}
        to={`/entitlements?assetId=${a.id}`}
        variant="default"
        leftSection={<IconUserShield size={16} />}
        data-testid="asset-entitlements"
      >
        Entitlements ({a.entitlementCount})
      </Button>,
    );
  if (a.can.edit)
    actions.push(
      <Button
        key="edit"
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={() => setDialog('edit')}
        data-testid="asset-edit"
      >
        Edit
      </Button>,
    );
  if (a.can.requestAccess)
    actions.push(
      <Button
        key="request"
        leftSection={<IconKey size={16} />}
        onClick={() => setDialog('request')}
        data-testid="asset-request-access"
      >
        Request access
      </Button>,
    );
  return (
    <Page
      title={a.name}
      description={
        <Stack gap={6} component="span">
          <BackLink to="/assets">Assets</BackLink>
          <Group gap="xs" component="span">
            <Code data-testid="asset-reference">{a.reference}</Code>
            <LabelBadge label={a.label} />
            <AssetStatusBadge status={a.status} />
            <Badge variant="outline" color="gray" styles={WHOLE} data-testid="asset-type">
              {ASSET_TYPE[a.type]}
            </Badge>
          </Group>
        </Stack>
      }
      actions={<Group gap="xs">{actions}</Group>}
    >
      <Card withBorder padding="lg" data-testid="asset-header">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
          <Field label="Asset Owner">
            <Group gap="xs">
              <AssetOwnerText owner={a.owner} />
              {a.can.changeOwner && (
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconUserPlus size={12} />}
                  onClick={() => setDialog('owner')}
                  data-testid="asset-change-owner"
                >
                  Change
                </Button>
              )}
            </Group>
          </Field>
          <Field label="Custodian" testId="asset-custodian">
            {a.custodian?.fullName ?? '—'}
          </Field>
          <Field label="Org unit" testId="asset-org-unit">
            {a.orgUnit?.name ?? '—'}
          </Field>
          <Field label="Location" testId="asset-location">
            {a.location || '—'}
          </Field>
          <Field label="CMDB id" testId="asset-external-id">
            {a.externalId ?? '—'}
          </Field>
          <Field label="Added">{formatDay(a.createdAt)}</Field>
          <Field label="Last changed">{formatDay(a.updatedAt)}</Field>
          <Field label="Entitlements" testId="asset-entitlement-count">
            {a.can.readEntitlements ? (
              <Anchor component={Link} to={`/entitlements?assetId=${a.id}`} fz="sm">
                {plural(a.entitlementCount, 'entitlement')}
              </Anchor>
            ) : (
              plural(a.entitlementCount, 'entitlement')
            )}
          </Field>
        </SimpleGrid>
        <Text
          fz="sm"
          mt="lg"
          c={a.description ? undefined : 'dimmed'}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="asset-description"
        >
          {a.description || 'Not described yet.'}
        </Text>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ClassificationCard asset={a} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StructureCard asset={a} />
        </Grid.Col>
      </Grid>
      <LinksCard asset={a} onEdit={a.can.edit ? () => setDialog('links') : undefined} />
      <AccessRequestsCard asset={a} onRequest={a.can.requestAccess ? () => setDialog('request') : undefined} />
      {dialog === 'edit' && <EditAssetModal asset={a} onClose={() => setDialog(null)} />}
      {dialog === 'owner' && <OwnerModal asset={a} onClose={() => setDialog(null)} />}
      {dialog === 'links' && <LinksModal asset={a} onClose={() => setDialog(null)} />}
      {dialog === 'request' && (
        <RequestAccessModal asset={{ id: a.id, label: `${a.reference} ${a.name}` }} onClose={() => setDialog(null)} />
      )}
    </Page>
  );
}
