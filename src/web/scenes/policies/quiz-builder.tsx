import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import type { Schemas } from '../../api/client';
import { POLICY_LIMITS, type QuizInput } from './shared';

export type QuizQuestionDraft = { key: string; id?: string; question: string; options: string[]; answer: number };
export type QuizDraft = { passMark: number; questions: QuizQuestionDraft[] };

let seq = 0;
const newKey = () => `q${Date.now().toString(36)}${(seq++).toString(36)}`;

export const blankQuestion = (): QuizQuestionDraft => ({ key: newKey(), question: '', options: ['', ''], answer: 0 });

/** The quiz as the editor holds it, from the version (answers are shown to those who may edit). */
export const quizDraftOf = (quiz: Schemas['Quiz'] | null): QuizDraft =>
  quiz
    ? {
        passMark: quiz.passMark,
        questions: quiz.questions.map((q) => ({
          key: q.id,
          id: q.id,
          question: q.question,
          options: [...q.options],
          answer: q.answer ?? 0,
        })),
      }
    : { passMark: 80, questions: [blankQuestion()] };

/** The quiz as the API takes it. */
export const quizInputOf = (draft: QuizDraft): QuizInput => ({
  passMark: draft.passMark,
  questions: draft.questions.map((q) => ({ id: q.id, question: q.question, options: q.options, answer: q.answer })),
});

/** Questions with two to six options and one right answer each, and the pass mark. */
export function QuizBuilder({ value, onChange }: { value: QuizDraft; onChange: (v: QuizDraft) => void }) {
  const setQuestion = (key: string, change: (q: QuizQuestionDraft) => QuizQuestionDraft) =>
    onChange({ ...value, questions: value.questions.map((q) => (q.key === key ? change(q) : q)) });
  return (
    <Stack data-testid="quiz-builder">
      <NumberInput
        label="Pass mark"
        description="Percentage of right answers needed to acknowledge"
        min={1}
        max={100}
        suffix="%"
        allowDecimal={false}
        value={value.passMark}
        onChange={(v) => onChange({ ...value, passMark: typeof v === 'number' ? v : Number(v) || 0 })}
        maw={320}
        data-testid="quiz-pass-mark"
      />
      {value.questions.map((q, qi) => (
        <Card key={q.key} withBorder padding="md" data-testid="quiz-question">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Textarea
                label={`Question ${qi + 1}`}
                required
                autosize
                minRows={1}
                maxLength={500}
                value={q.question}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setQuestion(q.key, (x) => ({ ...x, question: text }));
                }}
                style={{ flex: 1 }}
                data-testid="quiz-question-text"
              />
              <Tooltip label="Remove question">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove question ${qi + 1}`}
                  disabled={value.questions.length <= 1}
                  onClick={() => onChange({ ...value, questions: value.questions.filter((x) => x.key !== q.key) })}
                  data-testid="quiz-question-remove"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Radio.Group
              label="Options"
              description="Choose the right answer with the radio button"
              value={String(q.answer)}
              onChange={(v) => setQuestion(q.key, (x) => ({ ...x, answer: Number(v) }))}
            >
              <Stack gap={6} mt={6}>
                {q.options.map((o, oi) => (
                  <Group key={oi} gap="xs" wrap="nowrap">
                    <Radio
                      value={String(oi)}
                      aria-label={`Option ${oi + 1} is the right answer`}
                      data-testid="quiz-option-correct"
                    />
                    <TextInput
                      placeholder={`Option ${oi + 1}`}
                      required
                      maxLength={300}
                      value={o}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setQuestion(q.key, (x) => ({
                          ...x,
                          options: x.options.map((y, i) => (i === oi ? text : y)),
                        }));
                      }}
                      style={{ flex: 1 }}
                      aria-label={`Option ${oi + 1}`}
                      data-testid="quiz-option-text"
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove option ${oi + 1}`}
                      disabled={q.options.length <= POLICY_LIMITS.optionsMin}
                      onClick={() =>
                        setQuestion(q.key, (x) => ({
                          ...x,
                          options: x.options.filter((_, i) => i !== oi),
                          // Keep the right answer on the same option when one above it goes.
                          answer: x.answer === oi ? 0 : x.answer > oi ? x.answer - 1 : x.answer,
                        }))
                      }
                      data-testid="quiz-option-remove"
                    >
                      <IconX size={14} />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            </Radio.Group>
            {q.options.length < POLICY_LIMITS.optionsMax && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setQuestion(q.key, (x) => ({ ...x, options: [...x.options, ''] }))}
                  data-testid="quiz-option-add"
                >
                  Add option
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={value.questions.length >= POLICY_LIMITS.questionsMax}
          onClick={() => onChange({ ...value, questions: [...value.questions, blankQuestion()] })}
          data-testid="quiz-question-add"
        >
          Add question
        </Button>
        <Text fz="xs" c="dimmed">
          {value.questions.length} of at most {POLICY_LIMITS.questionsMax} questions
        </Text>
      </Group>
    </Stack>
  );
}
