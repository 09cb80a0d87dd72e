/** JSON is stored as text on both dialects so queries stay dialect-neutral. */
export const toJson = (value: unknown): string => JSON.stringify(value ?? null);

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** Current time as an ISO 8601 UTC string; the only clock services read. */
export const nowIso = (): string => new Date().toISOString();
