import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { PersonSelect } from '../people/pickers';
import { controlsApi } from './controls-api';
import {
  CONTROL_LIMITS,
  ControlProblem,
  EVIDENCE_RULE_LABELS,
  FREQUENCY_LABELS,
  invalidateControls,
  taskPath,
  today,
  type Control,
  type ControlTask,
  type TaskFrequency,
} from './shared';

type EvidenceRule = ControlTask['evidenceRule'];
const frequencyOptions = (Object.keys(FREQUENCY_LABELS) as TaskFrequency[]).map((f) => ({
  value: f,
  label: FREQUENCY_LABELS[f],
}));
const ruleOptions = (Object.keys(EVIDENCE_RULE_LABELS) as EvidenceRule[]).map((r) => ({
  value: r,
  label: EVIDENCE_RULE_LABELS[r],
}));
const num = (v: string | number, fallback: number) => (typeof v === 'number' ? v : Number(v) || fallback);

const ASSIGNEE_HINT =
  'A System Administrator of this control or of the whole ISMS. Leave empty: every implementer of the control gets it.';

/** The fields every task has and may change later: instructions, grace and lead days, evidence rule, assignee. */
function CommonFields({
  v,
  set,
  fieldError,
  assigneeLabel,
}: {
  v: { instructions: string; graceDays: number; leadDays: number; evidenceRule: EvidenceRule; assignee: string | null };
  set: (patch: Partial<typeof v>) => void;
  fieldError: (f: string) => string | undefined;
  assigneeLabel?: string | null;
}) {
  return (
    <>
      <Textarea
        label="Instructions"
        description="What to do and what to keep as evidence"
        autosize
        minRows={3}
        maxRows={10}
        maxLength={CONTROL_LIMITS.textMax}
        value={v.instructions}
        onChange={(e) => set({ instructions: e.currentTarget.value })}
        error={fieldError('instructions')}
        data-testid="task-instructions"
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberInput
          label="Grace days"
          description="After due, before missed"
          min={0}
          max={60}
          clampBehavior="strict"
          allowDecimal={false}
          value={v.graceDays}
          onChange={(x) => set({ graceDays: num(x, 0) })}
          error={fieldError('graceDays')}
          data-testid="task-grace-days"
        />
        <NumberInput
          label="Lead days"
          description="In the inbox before due"
          min={0}
          max={60}
          clampBehavior="strict"
          allowDecimal={false}
          value={v.leadDays}
          onChange={(x) => set({ leadDays: num(x, 0) })}
          error={fieldError('leadDays')}
          data-testid="task-lead-days"
        />
        <Select
          label="Evidence required"
          description="To complete it"
          data={ruleOptions}
          value={v.evidenceRule}
          onChange={(x) => x && set({ evidenceRule: x })}
          allowDeselect={false}
          error={fieldError('evidenceRule')}
          comboboxProps={{ withinPortal: true }}
          data-testid="task-evidence-rule"
        />
      </SimpleGrid>
      <PersonSelect
        label="Assignee"
        description={ASSIGNEE_HINT}
        placeholder="Every implementer"
        value={v.assignee}
        initialLabel={assigneeLabel}
        onChange={(id) => set({ assignee: id })}
        error={fieldError('assigneePersonId')}
        comboboxProps={{ withinPortal: true }}
        data-testid="task-assignee"
      />
    </>
  );
}

const FIELDS = [
  'title',
  'instructions',
  'frequency',
  'interval',
  'firstDue',
  'graceDays',
  'leadDays',
  'evidenceRule',
  'assigneePersonId',
];

/** Schedules a recurring operational task for the control; each occurrence lands in the assignees' inbox. */
export function ScheduleTaskModal({ control, onClose }: { control: Control; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [frequency, setFrequency] = useState<TaskFrequency>('monthly');
  const [interval, setEvery] = useState(1);
  const [firstDue, setFirstDue] = useState(today());
  const [v, setV] = useState({
    instructions: '',
    graceDays: 7,
    leadDays: 7,
    evidenceRule: 'note_or_file' as EvidenceRule,
    assignee: null as string | null,
  });
  const save = useMutation({
    mutationFn: () =>
      controlsApi.createTask(control.id, {
        title: title.trim(),
        instructions: v.instructions.trim(),
        frequency,
        interval,
        firstDue,
        graceDays: v.graceDays,
        leadDays: v.leadDays,
        evidenceRule: v.evidenceRule,
        assigneePersonId: v.assignee,
      }),
    onSuccess: (t) => {
      notifyDone(`${t.reference} scheduled`);
      invalidateControls(qc);
      onClose();
      void navigate(taskPath(t.id));
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const ready = title.trim() !== '' && firstDue !== '';
  return (
    <Modal opened onClose={onClose} title={`Schedule a task for ${control.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) save.mutate();
        }}
        data-testid="schedule-task-dialog"
      >
        <Stack>
          <TextInput
            label="Title"
            required
            placeholder="e.g. Restore test of the nightly backup"
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="task-title"
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Select
              label="Frequency"
              description="How often it comes round"
              data={frequencyOptions}
              value={frequency}
              onChange={(x) => x && setFrequency(x)}
              allowDeselect={false}
              error={fieldError('frequency')}
              comboboxProps={{ withinPortal: true }}
              data-testid="task-frequency"
            />
            <NumberInput
              label="Every"
              description="Periods between occurrences"
              min={1}
              max={12}
              clampBehavior="strict"
              allowDecimal={false}
              value={interval}
              onChange={(x) => setEvery(num(x, 1))}
              error={fieldError('interval')}
              data-testid="task-interval"
            />
            <TextInput
              type="date"
              label="First due"
              description="The first occurrence"
              required
              value={firstDue}
              onChange={(e) => setFirstDue(e.currentTarget.value)}
              error={fieldError('firstDue')}
              data-testid="task-first-due"
            />
          </SimpleGrid>
          <CommonFields v={v} set={(p) => setV((x) => ({ ...x, ...p }))} fieldError={fieldError} />
          <ControlProblem error={save.error} inlineFields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="schedule-task-save">
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Changes what a task asks and who does it; the schedule itself stays (end the task and schedule a new one). */
export function EditTaskModal({ task, onClose }: { task: ControlTask; onClose: () => void }) {
  const qc = useQueryClient();
  const [title, setTitle] = useState(task.title);
  const [v, setV] = useState({
    instructions: task.instructions,
    graceDays: task.graceDays,
    leadDays: task.leadDays,
    evidenceRule: task.evidenceRule,
    assignee: task.assignee?.id ?? null,
  });
  const save = useMutation({
    mutationFn: () =>
      controlsApi.updateTask(task.id, {
        version: task.version,
        title: title.trim(),
        instructions: v.instructions.trim(),
        graceDays: v.graceDays,
        leadDays: v.leadDays,
        evidenceRule: v.evidenceRule,
        assigneePersonId: v.assignee,
      }),
    onSuccess: (t) => {
      notifyDone(`${t.reference} saved`);
      invalidateControls(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Edit ${task.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) save.mutate();
        }}
        data-testid="task-edit-dialog"
      >
        <Stack>
          <TextInput
            label="Title"
            required
            maxLength={CONTROL_LIMITS.titleMax}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            data-testid="task-title"
          />
          <CommonFields
            v={v}
            set={(p) => setV((x) => ({ ...x, ...p }))}
            fieldError={fieldError}
            assigneeLabel={task.assignee?.fullName}
          />
          <ControlProblem error={save.error} inlineFields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!title.trim()} data-testid="task-edit-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Ends a task: no further occurrences; the completed ones and their evidence stay. */
export function EndTaskModal({ task, onClose }: { task: ControlTask; onClose: () => void }) {
  const qc = useQueryClient();
  const end = useMutation({
    mutationFn: () => controlsApi.endTask(task.id),
    onSuccess: (t) => {
      notifyDone(`${t.reference} ended`);
      invalidateControls(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`End ${task.reference}?`}>
      <Stack>
        <Text fz="sm">
          {task.title} gets no further occurrences and leaves the assignees&apos; inbox. Completed occurrences and their
          evidence are kept.
        </Text>
        <ControlProblem error={end.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={end.isPending} onClick={() => end.mutate()} data-testid="task-end-confirm">
            End task
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
