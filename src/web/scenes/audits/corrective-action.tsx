import { Center, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { ProblemAlert } from '../../components/problem';
import { BackLink } from '../policies/shared';
import { auditsApi } from './audits-api';
import { ncPath } from './shared';

/** A corrective action's address (inbox duties link here) opens its nonconformity. */
export function CorrectiveActionScene() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['nonconformities', 'action', id], queryFn: () => auditsApi.correctiveAction(id) });
  if (q.data) return <Navigate to={ncPath(q.data.ncId)} replace />;
  if (q.error)
    return (
      <Stack maw={1200}>
        <BackLink to="/nonconformities">Nonconformities</BackLink>
        <ProblemAlert error={q.error} />
      </Stack>
    );
  return (
    <Center h="40vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}
