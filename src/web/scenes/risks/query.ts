import type { paths } from '../../api/schema';
import type { RiskStatus } from './shared';

export type RiskListQuery = NonNullable<paths['/api/risks']['get']['parameters']['query']>;
export type RiskSort = NonNullable<RiskListQuery['sort']>;
export type RiskFilters = Omit<RiskListQuery, 'limit' | 'cursor' | 'sort'>;

/** The register's query-string keys: a view is these pairs (a URL, or a saved view). */
export const FILTER_KEYS = [
  'q',
  'status',
  'category',
  'orgUnitId',
  'ownerPersonId',
  'aboveAppetite',
  'assessmentOverdue',
  'level',
  'cell',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const VIEW_KEYS = [...FILTER_KEYS, 'sort'] as const;

export const SORTS: { value: RiskSort; label: string }[] = [
  { value: 'reference', label: 'Reference' },
  { value: '-reference', label: 'Reference, newest first' },
  { value: 'title', label: 'Title' },
  { value: '-residual', label: 'Residual score, highest first' },
  { value: 'residual', label: 'Residual score, lowest first' },
  { value: '-inherent', label: 'Inherent score, highest first' },
  { value: 'inherent', label: 'Inherent score, lowest first' },
  { value: 'next_assessment', label: 'Next assessment, soonest first' },
];

const STATUSES: RiskStatus[] = ['identified', 'assessed', 'treatment', 'accepted', 'closed'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CELL = /^(inherent|residual):[1-5]:[1-5]$/;
const bool = (v: string | null) => (v === 'true' || v === 'false' ? v : undefined);

/** The filters in a query string, dropping values the server would refuse (a hand-edited URL). */
export function filtersFrom(params: URLSearchParams): RiskFilters {
  const text = (k: string, max: number) => {
    const v = params.get(k)?.trim();
    return v ? v.slice(0, max) : undefined;
  };
  const status = params.get('status') as RiskStatus | null;
  const orgUnitId = params.get('orgUnitId');
  const ownerPersonId = params.get('ownerPersonId');
  const cell = params.get('cell');
  return {
    q: text('q', 200),
    status: status && STATUSES.includes(status) ? status : undefined,
    category: text('category', 80),
    orgUnitId: orgUnitId && UUID.test(orgUnitId) ? orgUnitId : undefined,
    ownerPersonId: ownerPersonId && UUID.test(ownerPersonId) ? ownerPersonId : undefined,
    aboveAppetite: bool(params.get('aboveAppetite')),
    assessmentOverdue: bool(params.get('assessmentOverdue')),
    level: text('level', 30),
    cell: cell && CELL.test(cell) ? cell : undefined,
  };
}

export function sortFrom(params: URLSearchParams): RiskSort {
  const s = params.get('sort');
  return SORTS.some((x) => x.value === s) ? (s as RiskSort) : 'reference';
}

/** Only the keys with a value, as a query string (no leading "?"). */
export function toQueryString(values: Record<string, string | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) p.set(k, v);
  return p.toString();
}

/** The register's view pairs in a query string: filters and a sort other than the default. */
export function viewPairs(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of VIEW_KEYS) {
    const v = params.get(k);
    if (v && !(k === 'sort' && v === 'reference')) out[k] = v;
  }
  return out;
}

/** Filters that carry over between the register, the heat map and the overview (not the cell). */
export function sharedFilterString(params: URLSearchParams): string {
  const f = filtersFrom(params);
  return toQueryString({ ...f, cell: undefined });
}

export const hasFilters = (f: RiskFilters) => Object.values(f).some((v) => v !== undefined);

/** "residual:4:5" → its parts. */
export function parseCell(cell: string | undefined) {
  if (!cell) return null;
  const [basis, l, i] = cell.split(':');
  return { basis: basis as 'inherent' | 'residual', likelihood: Number(l), impact: Number(i) };
}
