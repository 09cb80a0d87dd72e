import { Button, Card, Group, Select, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useSignedIn } from '../../session';
import { AssignModal } from './assignment-dialogs';
import { AssignmentsTable } from './assignments-table';
import { LEADERSHIP_ROLES } from './pickers';

/** A person's ISMS roles over time, with "assign a role" for those who may. */
export function PersonRoles({ personId, active }: { personId: string; active: boolean }) {
  const session = useSignedIn();
  const p = session.permissions;
  const roles = useQuery({ queryKey: ['roles'], queryFn: () => call(api.GET('/api/roles')) });
  const [roleKey, setRoleKey] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const assignable = (roles.data?.items ?? []).filter(
    (r) =>
      r.key !== 'employee' &&
      !r.retiredAt &&
      (LEADERSHIP_ROLES.includes(r.key) ? p.manageLeadership : p.manageAssignments) &&
      personId !== session.person.id,
  );
  const role = roles.data?.items.find((r) => r.key === roleKey);
  return (
    <Card withBorder padding="lg" data-testid="person-roles">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          ISMS roles
        </Title>
        {active && assignable.length > 0 && (
          <Group gap="xs">
            <Select
              placeholder="Choose a role"
              aria-label="Role to assign"
              data={assignable.map((r) => ({ value: r.key, label: r.name }))}
              value={roleKey}
              onChange={setRoleKey}
              w={260}
              data-testid="person-assign-role"
            />
            <Button
              leftSection={<IconUserPlus size={16} />}
              disabled={!role}
              onClick={() => setOpen(true)}
              data-testid="person-assign"
            >
              Assign
            </Button>
          </Group>
        )}
      </Group>
      <AssignmentsTable filter={{ personId }} show="person" testId="person-assignments" />
      {role && open && <AssignModal role={role} personId={personId} opened={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
