import { Anchor, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApplicabilityBadge, StatusBadge, controlPath } from '../controls/shared';
import type { Risk } from './shared';

/**
 * The controls that treat this risk (6.1.3 b): linked to it, or to one of its treatment actions,
 * from the control's page. Shows how far each is implemented, so the risk owner sees whether the
 * treatment is real.
 */
export function RiskControlsCard({ risk }: { risk: Risk }) {
  return (
    <Card withBorder padding="lg" data-testid="risk-controls">
      <Title order={2} fz="lg" mb="sm">
        Controls
      </Title>
      {risk.controls.length === 0 ? (
        <Text c="dimmed" fz="sm" data-testid="risk-controls-empty">
          No control is linked to this risk yet. The ISM links controls to risks and their actions from the control’s
          page.
        </Text>
      ) : (
        <Stack gap="xs">
          {risk.controls.map((c) => (
            <Group key={c.id} justify="space-between" wrap="wrap" gap="xs" data-testid={`risk-control-${c.reference}`}>
              <Group gap="xs" wrap="nowrap" miw={0}>
                <Code>{c.reference}</Code>
                <Anchor component={Link} to={controlPath(c.id)} fz="sm" lineClamp={2}>
                  {c.title}
                </Anchor>
              </Group>
              <Group gap={6}>
                <ApplicabilityBadge value={c.applicability} size="sm" testId="risk-control-applicability" />
                <StatusBadge status={c.status} size="sm" testId="risk-control-status" />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
