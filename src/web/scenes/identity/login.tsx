import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { useSession } from '../../session';
import { PublicShell } from './public-shell';

export const usePublicInfo = () => useQuery({ queryKey: ['public-info'], queryFn: () => call(api.GET('/api/setup')) });

/** A safe in-app path to return to after sign-in (never another origin). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginScene() {
  const { session, adopt } = useSession();
  const info = usePublicInfo();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  const login = useMutation({
    mutationFn: () => call(api.POST('/api/auth/login', { body: { email, password } })),
    onSuccess: (s) => {
      adopt(s);
      void navigate(next, { replace: true });
    },
  });

  useEffect(() => {
    document.title = 'Sign in · Remit';
  }, []);
  if (session) return <Navigate to={next} replace />;

  return (
    <PublicShell>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          login.mutate();
        }}
      >
        <Stack gap="md">
          <div>
            <Title order={1} fz={22}>
              Sign in
            </Title>
            <Text c="dimmed" fz="sm" data-testid="login-org">
              {info.data?.organisationName ?? ' '}
            </Text>
          </div>
          {info.data?.needsSetup && (
            <Alert
              color="yellow"
              icon={<IconInfoCircle size={18} />}
              title="Remit is not set up yet"
              data-testid="setup-pending"
            >
              The administrator opens the one-time setup link printed in the server log to create the organisation and
              the first account.
            </Alert>
          )}
          {info.data?.sessionBanner && (
            <Alert color="gray" variant="light" data-testid="session-banner">
              {info.data.sessionBanner}
            </Alert>
          )}
          <ProblemAlert error={login.error} title="Sign-in failed" />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-testid="login-email"
            autoFocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="login-password"
          />
          <Button type="submit" loading={login.isPending} fullWidth data-testid="login-submit">
            Sign in
          </Button>
        </Stack>
      </form>
    </PublicShell>
  );
}
