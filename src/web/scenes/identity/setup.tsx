import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  PasswordInput,
  Progress,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf } from '../../components/problem';
import { useSession } from '../../session';
import { usePublicInfo } from './login';
import { PublicShell } from './public-shell';

/** A rough strength hint (length and variety); the server's rule is 12+ characters. */
export function passwordStrength(pw: string): { score: number; label: string; color: string } {
  let score = Math.min(pw.length / 20, 1) * 60;
  if (/[a-z]/.test(pw) && /[A-Z]/.test(pw)) score += 10;
  if (/\d/.test(pw)) score += 10;
  if (/[^A-Za-z0-9]/.test(pw)) score += 10;
  if (/\s/.test(pw) && pw.length >= 16) score += 10;
  if (pw.length < 12) score = Math.min(score, 30);
  const s = Math.round(Math.min(score, 100));
  return s >= 80
    ? { score: s, label: 'Strong', color: 'teal' }
    : s >= 50
      ? { score: s, label: 'Fair', color: 'yellow' }
      : { score: s, label: 'Too weak', color: 'red' };
}

export function PasswordFields({
  value,
  onChange,
  confirm,
  onConfirm,
  label = 'Password',
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  confirm: string;
  onConfirm: (v: string) => void;
  label?: string;
  error?: string;
}) {
  const strength = passwordStrength(value);
  return (
    <Stack gap={6}>
      <PasswordInput
        label={label}
        description="At least 12 characters; a passphrase of several words is best"
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        data-testid="new-password"
      />
      {value && (
        <Group gap="xs" aria-live="polite">
          <Progress
            value={strength.score}
            color={strength.color}
            size="sm"
            style={{ flex: 1 }}
            aria-label="Password strength"
          />
          <Text fz="xs" c={strength.color}>
            {strength.label}
          </Text>
        </Group>
      )}
      <PasswordInput
        label="Confirm password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={confirm && confirm !== value ? 'The passwords differ' : undefined}
        data-testid="confirm-password"
      />
    </Stack>
  );
}

export function SetupScene() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const info = usePublicInfo();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [organisationName, setOrg] = useState('');
  const [fullName, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [loadDemo, setLoadDemo] = useState(false);
  const finish = useMutation({
    mutationFn: () =>
      call(api.POST('/api/setup', { body: { token, organisationName, fullName, email, password, loadDemo } })),
    onSuccess: (s) => {
      adopt(s);
      void navigate('/', { replace: true });
    },
  });
  useEffect(() => {
    document.title = 'Set up Remit';
  }, []);

  if (info.data && !info.data.needsSetup) {
    return (
      <PublicShell>
        <Stack data-testid="setup-done">
          <Title order={1} fz={22}>
            Remit is already set up
          </Title>
          <Text c="dimmed">{info.data.organisationName} has its administrator. Sign in with your account.</Text>
          <Button component={Link} to="/login">
            Go to sign-in
          </Button>
        </Stack>
      </PublicShell>
    );
  }
  if (!token) {
    return (
      <PublicShell>
        <Alert color="yellow" title="The setup link is incomplete">
          Open the full link printed in the server log; it ends with <code>?token=…</code>.
        </Alert>
      </PublicShell>
    );
  }
  const fieldError = fieldErrorOf(finish.error);
  const adminValid = fullName.trim() !== '' && /.+@.+\..+/.test(email) && password.length >= 12 && password === confirm;

  return (
    <PublicShell width={560}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={22}>
            Set up Remit
          </Title>
          <Text c="dimmed" fz="sm">
            Three short steps: your organisation, its first administrator, and whether to start with demo data.
          </Text>
        </div>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label="Organisation">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (organisationName.trim()) setStep(1);
              }}
            >
              <Stack mt="md">
                <TextInput
                  label="Organisation name"
                  description="Shown on every page and on the sign-in page"
                  required
                  value={organisationName}
                  onChange={(e) => setOrg(e.currentTarget.value)}
                  data-testid="setup-org"
                  autoFocus
                />
                <Group justify="flex-end">
                  <Button type="submit" disabled={!organisationName.trim()} data-testid="setup-next">
                    Next
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label="Administrator">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (adminValid) setStep(2);
              }}
            >
              <Stack mt="md">
                <Text fz="sm" c="dimmed">
                  The platform administrator manages accounts and settings. ISMS decisions (approvals, acceptances)
                  belong to the ISMS roles, assigned later.
                </Text>
                <TextInput
                  label="Full name"
                  required
                  value={fullName}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={fieldError('fullName')}
                  data-testid="setup-name"
                />
                <TextInput
                  label="Email"
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={fieldError('email')}
                  data-testid="setup-email"
                />
                <PasswordFields
                  value={password}
                  onChange={setPassword}
                  confirm={confirm}
                  onConfirm={setConfirm}
                  error={fieldError('password')}
                />
                <Group justify="space-between">
                  <Button variant="default" onClick={() => setStep(0)}>
                    Back
                  </Button>
                  <Button type="submit" disabled={!adminValid} data-testid="setup-next">
                    Next
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label="Finish">
            <Stack mt="md">
              <Checkbox
                label="Load demo data"
                description="Adds a sample organisation's people so you can explore Remit; keep it off for production"
                checked={loadDemo}
                onChange={(e) => setLoadDemo(e.currentTarget.checked)}
                data-testid="setup-demo"
              />
              <Alert variant="light" icon={<IconCircleCheck size={18} />}>
                {organisationName} · {fullName} ({email})
              </Alert>
              <ProblemAlert error={finish.error} title="Setup failed" />
              {finish.error instanceof ApiError && finish.error.status === 403 && (
                <Text fz="sm">
                  Restart the server to print a new link, or{' '}
                  <Anchor component={Link} to="/login">
                    sign in
                  </Anchor>{' '}
                  if someone finished setup already.
                </Text>
              )}
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(1)}>
                  Back
                </Button>
                <Button onClick={() => finish.mutate()} loading={finish.isPending} data-testid="setup-finish">
                  Create organisation
                </Button>
              </Group>
            </Stack>
          </Stepper.Step>
        </Stepper>
      </Stack>
    </PublicShell>
  );
}
