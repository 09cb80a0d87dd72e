import { AppError } from './app-error.js';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<K extends Record<string, string | number>>(
  cursor: string | undefined,
  shape: { [P in keyof K]: 'string' | 'number' },
): K | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const obj = parsed as Record<string, unknown>;
  for (const [k, t] of Object.entries(shape)) {
    if (typeof obj[k] !== t) throw invalid();
  }
  return obj as K;
}

const invalid = () =>
  new AppError('validation_failed', 'The cursor is not valid for this list', {
    errors: [{ field: 'cursor', message: 'Use nextCursor from the previous page' }],
  });
