import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { MarkdownEditor } from '../../components/markdown-editor';
import { formatDateTime, Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { QuizBuilder, quizDraftOf, quizInputOf, type QuizDraft } from './quiz-builder';
import {
  BackLink,
  DecisionProblem,
  POLICY_LIMITS,
  VERSION_STATUS,
  invalidatePolicies,
  versionPath,
  type PolicyVersion,
} from './shared';

type Draft = { title: string; body: string; changeSummary: string; quizOn: boolean; quiz: QuizDraft };

const draftOf = (v: PolicyVersion): Draft => ({
  title: v.title,
  body: v.body,
  changeSummary: v.changeSummary,
  quizOn: v.quiz !== null,
  quiz: quizDraftOf(v.quiz),
});

/** What is saved, for comparing: the quiz counts only while it is switched on. */
const snapshot = (d: Draft) =>
  JSON.stringify([d.title, d.body, d.changeSummary, d.quizOn ? quizInputOf(d.quiz) : null]);

function Editor({ initial }: { initial: PolicyVersion }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [base, setBase] = useState(initial.version);
  const [saved, setSaved] = useState(() => snapshot(draftOf(initial)));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const closeAfterSave = useRef(false);
  const dirty = snapshot(draft) !== saved;
  // Read by the navigation blocker, which may run before the render that follows a save.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const set = <K extends keyof Draft>(k: K, value: Draft[K]) => setDraft((d) => ({ ...d, [k]: value }));

  const save = useMutation({
    mutationFn: (d: Draft) =>
      call(
        api.PUT('/api/policies/{id}/versions/{versionId}', {
          params: { path: { id: initial.policyId, versionId: initial.id } },
          body: {
            version: base,
            title: d.title,
            body: d.body,
            changeSummary: d.changeSummary,
            quiz: d.quizOn ? quizInputOf(d.quiz) : null,
          },
        }),
      ),
    onSuccess: (v, d) => {
      setBase(v.version);
      setSaved(snapshot(d));
      setSavedAt(v.updatedAt);
      qc.setQueryData(['policies', initial.policyId, 'version', initial.id], v);
      invalidatePolicies(qc);
      notifyDone(`Version ${v.number} saved`);
      if (snapshot(d) === snapshot(draftRef.current)) dirtyRef.current = false;
      if (closeAfterSave.current) void navigate(versionPath(initial.policyId, initial.id));
    },
    onSettled: () => {
      closeAfterSave.current = false;
    },
  });
  const conflict = save.error instanceof ApiError && save.error.problem.code === 'version_conflict';

  const reload = useMutation({
    mutationFn: () =>
      call(
        api.GET('/api/policies/{id}/versions/{versionId}', {
          params: { path: { id: initial.policyId, versionId: initial.id } },
        }),
      ),
    onSuccess: (v) => {
      const d = draftOf(v);
      setDraft(d);
      setBase(v.version);
      setSaved(snapshot(d));
      save.reset();
      qc.setQueryData(['policies', initial.policyId, 'version', initial.id], v);
    },
  });

  const submit = (close: boolean) => {
    closeAfterSave.current = close;
    save.mutate(draft);
  };

  // Ctrl/Cmd+S saves, as in every editor.
  const saveRef = useRef(submit);
  saveRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveRef.current(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Unsaved text is not lost to a stray click or a closed tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  const fieldError = fieldErrorOf(save.error);
  return (
    <Page
      title={`Edit version ${initial.number}`}
      description={
        <Stack gap={4} component="span">
          <BackLink to={versionPath(initial.policyId, initial.id)}>
            {initial.policyReference} version {initial.number}
          </BackLink>
          <Text span fz="sm" c="dimmed" data-testid="editor-save-state">
            {dirty ? 'Unsaved changes' : savedAt ? `Saved ${formatDateTime(savedAt)}` : 'No changes yet'}
          </Text>
        </Stack>
      }
      actions={
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => submit(true)}
            loading={save.isPending && closeAfterSave.current}
            disabled={save.isPending}
            data-testid="editor-save-close"
          >
            Save and close
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => submit(false)}
            loading={save.isPending && !closeAfterSave.current}
            disabled={save.isPending}
            data-testid="editor-save"
          >
            Save
          </Button>
        </Group>
      }
    >
      {conflict && (
        <Alert color="orange" title="Someone else saved this version meanwhile" data-testid="editor-conflict">
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">
              Your changes were not saved, so nothing of theirs was overwritten. Copy what you need, then reload to get
              their version and make your change again.
            </Text>
            <Button
              size="xs"
              color="orange"
              loading={reload.isPending}
              onClick={() => reload.mutate()}
              data-testid="editor-reload"
            >
              Reload (discards my changes)
            </Button>
          </Stack>
        </Alert>
      )}
      {!conflict && <DecisionProblem error={save.error} />}
      <ProblemAlert error={reload.error} />
      <Card withBorder padding="lg">
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={POLICY_LIMITS.titleMax}
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="editor-title"
          />
          <MarkdownEditor
            label="Policy text"
            value={draft.body}
            onChange={(b) => set('body', b)}
            maxLength={POLICY_LIMITS.bodyMax}
            error={fieldError('body')}
            minRows={18}
            testId="editor-body"
          />
          <Textarea
            label="What changed"
            description="Readers see this when they are asked to read the new version"
            autosize
            minRows={2}
            maxLength={POLICY_LIMITS.changeSummaryMax}
            value={draft.changeSummary}
            onChange={(e) => set('changeSummary', e.currentTarget.value)}
            error={fieldError('changeSummary')}
            data-testid="editor-change-summary"
          />
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <div>
              <Title order={3} fz="md">
                Quiz
              </Title>
              <Text fz="sm" c="dimmed">
                Optional: readers must answer enough questions right before their acknowledgement is recorded.
              </Text>
            </div>
            <Switch
              label="Readers take a quiz"
              checked={draft.quizOn}
              onChange={(e) => set('quizOn', e.currentTarget.checked)}
              data-testid="editor-quiz-toggle"
            />
          </Group>
          {draft.quizOn && <QuizBuilder value={draft.quiz} onChange={(q) => set('quiz', q)} />}
        </Stack>
      </Card>
      <Group justify="flex-end">
        <Button component={Link} to={versionPath(initial.policyId, initial.id)} variant="default">
          {dirty ? 'Cancel' : 'Back'}
        </Button>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => submit(false)}
          loading={save.isPending}
          data-testid="editor-save-bottom"
        >
          Save
        </Button>
      </Group>
      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Leave without saving?">
        <Stack>
          <Text fz="sm">Your changes to version {initial.number} are not saved yet.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()} data-testid="editor-stay">
              Stay
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()} data-testid="editor-leave">
              Leave without saving
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}

/** Edits a draft version: title, Markdown text, what changed, and the optional quiz. */
export function VersionEditorScene() {
  const { id = '', versionId = '' } = useParams();
  const q = useQuery({
    queryKey: ['policies', id, 'version', versionId],
    queryFn: () => call(api.GET('/api/policies/{id}/versions/{versionId}', { params: { path: { id, versionId } } })),
    // The editor keeps its own copy; a background refetch must not replace what is being typed.
    staleTime: Infinity,
  });
  if (q.isPending)
    return (
      <Center h="40vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (!q.data) return <ProblemAlert error={q.error} />;
  const v = q.data;
  if (!v.can.edit)
    return (
      <Page
        title={`Version ${v.number}`}
        description={<BackLink to={versionPath(id, versionId)}>Back to the version</BackLink>}
      >
        <Alert color="gray" title="This version cannot be edited" data-testid="editor-locked">
          It is {VERSION_STATUS[v.status].label.toLowerCase()}, or you are not one of the people who may edit it. Only a
          draft is edited; a version in review goes back to draft when the approver returns it.
        </Alert>
      </Page>
    );
  return <Editor key={v.id} initial={v} />;
}
