import type { paths } from '../../api/schema';
import type { AssetStatus, AssetType, ClassificationLabel } from './shared';

export type AssetListQuery = NonNullable<paths['/api/assets']['get']['parameters']['query']>;
export type AssetSort = NonNullable<AssetListQuery['sort']>;
export type AssetFilters = Omit<AssetListQuery, 'limit' | 'cursor' | 'sort' | 'dir'>;

/** The inventory's query-string keys: a view is these pairs. */
export const FILTER_KEYS = ['q', 'type', 'status', 'label', 'orgUnitId', 'parentId', 'owner', 'unowned'] as const;

/** Sort and direction in one choice, written as `sort` (and `dir=desc`) in the URL. */
export const SORTS: { value: string; label: string }[] = [
  { value: 'reference', label: 'Reference' },
  { value: 'reference:desc', label: 'Reference, newest first' },
  { value: 'name', label: 'Name' },
  { value: 'type', label: 'Type' },
  { value: 'status', label: 'Status' },
  { value: 'label:desc', label: 'Classification, highest first' },
  { value: 'label', label: 'Classification, lowest first' },
];

const TYPES: AssetType[] = ['information', 'application', 'system', 'service', 'hardware', 'site', 'supplier'];
const STATUSES: AssetStatus[] = ['planned', 'in_use', 'retired', 'disposed'];
const LABELS: ClassificationLabel[] = ['public', 'internal', 'confidential', 'restricted'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
const uuid = (v: string | null) => (v && UUID.test(v) ? v : undefined);

/** The filters in a query string, dropping values the server would refuse (a hand-edited URL). */
export function filtersFrom(params: URLSearchParams): AssetFilters {
  const q = params.get('q')?.trim();
  const owner = params.get('owner');
  return {
    q: q ? q.slice(0, 200) : undefined,
    type: oneOf(TYPES, params.get('type')),
    status: oneOf(STATUSES, params.get('status')),
    label: oneOf(LABELS, params.get('label')),
    orgUnitId: uuid(params.get('orgUnitId')),
    parentId: uuid(params.get('parentId')),
    owner: owner === 'me' ? 'me' : uuid(owner),
    unowned: params.get('unowned') === 'true' ? 'true' : undefined,
  };
}

/** The sort choice in the URL ("name", "label:desc"), or the default. */
export function sortChoiceFrom(params: URLSearchParams): string {
  const s = `${params.get('sort') ?? 'reference'}${params.get('dir') === 'desc' ? ':desc' : ''}`;
  return SORTS.some((x) => x.value === s) ? s : 'reference';
}

export function sortFrom(params: URLSearchParams): { sort: AssetSort; dir: 'asc' | 'desc' } {
  const [sort, dir] = sortChoiceFrom(params).split(':');
  return { sort: sort as AssetSort, dir: dir === 'desc' ? 'desc' : 'asc' };
}

/** Only the keys with a value, as a query string (no leading "?"). */
export function toQueryString(values: Record<string, string | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) p.set(k, v);
  return p.toString();
}

export const hasFilters = (f: AssetFilters) => Object.values(f).some((v) => v !== undefined);
