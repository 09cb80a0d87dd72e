import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { OrgUnitSelect, PersonSelect } from './pickers';

type PersonDetail = Schemas['PersonDetail'];

type Draft = {
  fullName: string;
  email: string;
  employeeId: string;
  jobTitle: string;
  orgUnitId: string | null;
  managerId: string | null;
  startDate: string;
};

const draftOf = (p?: PersonDetail): Draft => ({
  fullName: p?.fullName ?? '',
  email: p?.email ?? '',
  employeeId: p?.employeeId ?? '',
  jobTitle: p?.jobTitle ?? '',
  orgUnitId: p?.orgUnitId ?? null,
  managerId: p?.managerId ?? null,
  startDate: p?.startDate ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Create a person, or edit one (with the version loaded, so a concurrent edit is refused). */
export function PersonFormModal({
  opened,
  onClose,
  person,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  person?: PersonDetail;
  onSaved?: (p: PersonDetail) => void;
}) {
  const qc = useQueryClient();
  const [d, setD] = useState<Draft>(draftOf(person));
  useEffect(() => {
    if (opened) setD(draftOf(person));
  }, [opened, person]);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        fullName: d.fullName,
        email: d.email,
        employeeId: orNull(d.employeeId),
        jobTitle: orNull(d.jobTitle),
        orgUnitId: d.orgUnitId,
        managerId: d.managerId,
        startDate: orNull(d.startDate),
      };
      return person
        ? call(
            api.PATCH('/api/people/{id}', {
              params: { path: { id: person.id } },
              body: { ...body, version: person.version },
            }),
          )
        : call(api.POST('/api/people', { body }));
    },
    onSuccess: (p) => {
      notifyDone(person ? `${p.fullName} saved` : `${p.fullName} added`);
      void qc.invalidateQueries({ queryKey: ['people'] });
      void qc.invalidateQueries({ queryKey: ['org-units'] });
      onSaved?.(p);
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.code === 'version_conflict')
        void qc.invalidateQueries({ queryKey: ['people'] });
    },
  });
  const fe = fieldErrorOf(save.error);
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setD({ ...d, [k]: e.currentTarget.value });
  return (
    <Modal opened={opened} onClose={onClose} title={person ? `Edit ${person.fullName}` : 'Add a person'} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Full name"
              required
              value={d.fullName}
              onChange={set('fullName')}
              error={fe('fullName')}
              data-testid="person-form-name"
              data-autofocus
            />
            <TextInput
              label="Email"
              type="email"
              required
              value={d.email}
              onChange={set('email')}
              error={fe('email')}
              data-testid="person-form-email"
            />
            <TextInput
              label="Employee id"
              description="The key the HR import matches on"
              value={d.employeeId}
              onChange={set('employeeId')}
              error={fe('employeeId')}
              data-testid="person-form-employee-id"
            />
            <TextInput
              label="Job title"
              value={d.jobTitle}
              onChange={set('jobTitle')}
              error={fe('jobTitle')}
              data-testid="person-form-job-title"
            />
            <OrgUnitSelect
              label="Org unit"
              placeholder="None"
              value={d.orgUnitId}
              onChange={(orgUnitId) => setD({ ...d, orgUnitId })}
              error={fe('orgUnitId')}
              data-testid="person-form-org-unit"
            />
            <PersonSelect
              label="Manager"
              placeholder="Search people"
              value={d.managerId}
              initialLabel={person?.manager?.fullName}
              excludeId={person?.id}
              onChange={(managerId) => setD({ ...d, managerId })}
              error={fe('managerId')}
              data-testid="person-form-manager"
            />
            <TextInput
              label="Start date"
              type="date"
              value={d.startDate}
              onChange={set('startDate')}
              error={fe('startDate')}
              data-testid="person-form-start"
            />
          </SimpleGrid>
          <ProblemAlert
            error={save.error}
            inlineFields={['fullName', 'email', 'employeeId', 'jobTitle', 'orgUnitId', 'managerId', 'startDate']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="person-form-submit">
              {person ? 'Save' : 'Add person'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
