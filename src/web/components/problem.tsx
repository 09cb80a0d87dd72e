import { Alert, List } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError } from '../api/client';

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

/** The server's message for one form field (`email` matches `body.email`), if it named that field. */
export const fieldErrorOf =
  (error: unknown) =>
  (field: string): string | undefined =>
    error instanceof ApiError ? error.fieldError(field) : undefined;

/**
 * Shows an API problem in place, with each field the server named. `inlineFields` are shown next
 * to their inputs already; when the problem names one of them, the alert stays away.
 */
export function ProblemAlert({
  error,
  title,
  inlineFields = [],
}: {
  error: unknown;
  title?: string;
  inlineFields?: string[];
}) {
  if (!error) return null;
  if (inlineFields.some((f) => fieldErrorOf(error)(f) !== undefined)) return null;
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title ?? (error instanceof ApiError ? error.problem.title : 'Error')}
      role="alert"
      data-testid="problem"
    >
      {messageOf(error)}
      {fields.length > 1 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={f.field}>
              {f.field.replace(/^body\./, '')}: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

export const notifyError = (error: unknown) =>
  notifications.show({ color: 'red', title: 'Not done', message: messageOf(error) });
export const notifyDone = (message: string) => notifications.show({ color: 'teal', title: 'Done', message });
