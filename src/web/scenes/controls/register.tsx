import { Anchor, Button, Card, Code, Group, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { ProblemAlert } from '../../components/problem';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSignedIn } from '../../session';
import { plural } from '../policies/shared';
import { NewControlModal } from './control-new';
import { ControlsPage } from './controls-nav';
import { controlsApi } from './controls-api';
import { ControlFilterBar } from './filters';
import { ProgressHeader } from './progress';
import { filtersFrom, hasFilters, sortFrom } from './query';
import {
  ApplicabilityBadge,
  THEME_SHORT,
  HealthBadge,
  OwnerText,
  StatusBadge,
  controlPath,
  type ControlSummary,
} from './shared';

/** The control register: Annex A and custom controls, their implementation, owner and health. */
export function ControlRegisterScene() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const filters = filtersFrom(params);
  const query = { ...filters, ...sortFrom(params) };
  const list = useCursorPages<ControlSummary>(['controls', 'list', query], (cursor) =>
    controlsApi.list({ ...query, limit: 50, cursor }),
  );
  const total = (list.data?.pages[0] as { total?: number } | undefined)?.total;
  return (
    <ControlsPage
      tab="register"
      title="Controls"
      description="The Annex A controls and your own: whether each applies, how far it is implemented, who owns it and whether it is working."
      actions={
        <Group gap="xs">
          <Button
            component={Link}
            to="/soa"
            variant="default"
            leftSection={<IconClipboardCheck size={16} />}
            data-testid="controls-soa-link"
          >
            Statement of Applicability
          </Button>
          {session.permissions.manageControls && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="control-new">
              New custom control
            </Button>
          )}
        </Group>
      }
    >
      <ProgressHeader />
      <Card withBorder padding="lg">
        <Stack>
          <ControlFilterBar />
          <Text fz="sm" c="dimmed" data-testid="controls-total">
            {total === undefined
              ? list.isPending
                ? 'Loading…'
                : `${plural(list.items.length, 'control')} shown`
              : hasFilters(filters)
                ? `${plural(total, 'control')} ${total === 1 ? 'matches' : 'match'} these filters`
                : `${plural(total, 'control')} in the register`}
          </Text>
          <ProblemAlert error={list.error} />
          <Table.ScrollContainer minWidth={920}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="controls-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Theme</Table.Th>
                  <Table.Th>Applicable</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Health</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((c) => (
                  <Table.Tr
                    key={c.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(controlPath(c.id))}
                    data-testid={`control-row-${c.reference}`}
                  >
                    <Table.Td>
                      <Code style={{ whiteSpace: 'nowrap' }}>{c.reference}</Code>
                    </Table.Td>
                    <Table.Td maw={380} miw={220}>
                      <Anchor
                        component={Link}
                        to={controlPath(c.id)}
                        fw={500}
                        fz="sm"
                        onClick={(e) => e.stopPropagation()}
                        data-testid="control-row-title"
                      >
                        {c.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {THEME_SHORT[c.theme]}
                    </Table.Td>
                    <Table.Td>
                      <ApplicabilityBadge value={c.applicability} size="sm" testId="control-row-applicability" />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={c.status} size="sm" testId="control-row-status" />
                    </Table.Td>
                    <Table.Td fz="sm">
                      <OwnerText owner={c.owner} needed={c.applicability === 'applicable'} testId="control-row-owner" />
                    </Table.Td>
                    <Table.Td>
                      <HealthBadge health={c.health} size="sm" testId="control-row-health" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!list.isPending && !list.error && list.items.length === 0 && (
            <Text c="dimmed" ta="center" py="md" data-testid="controls-empty">
              {hasFilters(filters) ? 'No control matches these filters.' : 'No controls in the register yet.'}
            </Text>
          )}
          <LoadMore list={list} total={total} />
        </Stack>
      </Card>
      {creating && <NewControlModal onClose={() => setCreating(false)} />}
    </ControlsPage>
  );
}
