import type { ControlQuery } from './controls-api';
import { APPLICABILITY, HEALTH, STATUSES, THEMES, type Applicability, type HealthLevel } from './shared';

/** The register's query-string keys: a view is these pairs. */
export const FILTER_KEYS = ['q', 'theme', 'applicability', 'status', 'health', 'owner', 'custom'] as const;

export type ControlFilters = Omit<ControlQuery, 'sort' | 'dir' | 'limit' | 'cursor'>;
export type ControlSort = NonNullable<ControlQuery['sort']>;

/** Sort and direction in one choice, written as `sort` (and `dir=desc`) in the URL. */
export const SORTS: { value: string; label: string }[] = [
  { value: 'reference', label: 'Reference' },
  { value: 'title', label: 'Title' },
  { value: 'status', label: 'Status, least done first' },
  { value: 'status:desc', label: 'Status, most done first' },
  { value: 'health', label: 'Health, worst first' },
  { value: 'health:desc', label: 'Health, best first' },
];

const APPLICABILITIES = Object.keys(APPLICABILITY) as Applicability[];
const HEALTH_LEVELS = Object.keys(HEALTH) as HealthLevel[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The filters in a query string, dropping values the server would refuse (a hand-edited URL). */
export function filtersFrom(params: URLSearchParams): ControlFilters {
  const q = params.get('q')?.trim();
  const owner = params.get('owner');
  const custom = params.get('custom');
  return {
    q: q ? q.slice(0, 200) : undefined,
    theme: oneOf(THEMES, params.get('theme')),
    applicability: oneOf(APPLICABILITIES, params.get('applicability')),
    status: oneOf(STATUSES, params.get('status')),
    health: oneOf(HEALTH_LEVELS, params.get('health')),
    owner: owner === 'me' || owner === 'none' || (owner && UUID.test(owner)) ? owner : undefined,
    custom: custom === 'true' || custom === 'false' ? custom : undefined,
  };
}

/** The sort choice in the URL ("title", "health:desc"), or the default. */
export function sortChoiceFrom(params: URLSearchParams): string {
  const s = `${params.get('sort') ?? 'reference'}${params.get('dir') === 'desc' ? ':desc' : ''}`;
  return SORTS.some((x) => x.value === s) ? s : 'reference';
}

export function sortFrom(params: URLSearchParams): { sort: ControlSort; dir: 'asc' | 'desc' } {
  const [sort, dir] = sortChoiceFrom(params).split(':');
  return { sort: sort as ControlSort, dir: dir === 'desc' ? 'desc' : 'asc' };
}

export const hasFilters = (f: ControlFilters) => Object.values(f).some((v) => v !== undefined);
