import {
  ASSET_LIMITS,
  ASSET_STATUSES,
  ASSET_TYPES,
  CLASSIFICATION_LABELS,
  type TAssetType,
} from '../../../contracts/assets.js';
import ANNEX_A from './data/annex-a-2022.json' with { type: 'json' };

/**
 * Pure rules of the asset inventory: references, the Annex A catalogue links point to, parent
 * cycles, and reading a CMDB export (column names, values, one row at a time). No I/O.
 */

export type AssetStatus = (typeof ASSET_STATUSES)[number];
export type ClassificationLabel = (typeof CLASSIFICATION_LABELS)[number];

export const assetReference = (n: number): string => `AST-${String(n).padStart(4, '0')}`;

/** Annex A controls of ISO/IEC 27001:2022 by number (5.1 … 8.34). */
export const ANNEX_A_CONTROLS: ReadonlyMap<string, string> = new Map(
  (ANNEX_A as { id: string; title: string }[]).map((c) => [c.id, c.title]),
);

/** Sorts control numbers as numbers (5.2 before 5.10). */
export function compareControlIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return (a1 ?? 0) - (b1 ?? 0) || (a2 ?? 0) - (b2 ?? 0);
}

/**
 * Whether making `parentId` the parent of `id` closes a loop: walking up from the new parent
 * reaches the asset itself. `parentOf` answers with the current parent of an asset.
 */
export function makesCycle(id: string, parentId: string | null, parentOf: (id: string) => string | null | undefined) {
  const seen = new Set<string>();
  for (let p: string | null | undefined = parentId; p; p = parentOf(p)) {
    if (p === id) return true;
    if (seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

/** Assets that no longer exist need no owner; every other one does (A.5.9). */
export const needsOwner = (status: string): boolean => status !== 'disposed';

// CMDB import ---------------------------------------------------------------------------------

/** The import's columns; the template writes exactly these. */
export const ASSET_IMPORT_COLUMNS = [
  'external_id',
  'name',
  'type',
  'status',
  'owner_email',
  'custodian_email',
  'org_unit_code',
  'parent_external_id',
  'c',
  'i',
  'a',
  'label',
  'location',
  'description',
] as const;
export type ImportColumn = (typeof ASSET_IMPORT_COLUMNS)[number];

/** Header spellings CMDB exports use, after normalising (lower case, other characters → _). */
const SYNONYMS: Partial<Record<ImportColumn, string[]>> = {
  external_id: ['id', 'ci_id', 'sys_id', 'cmdb_id', 'asset_id', 'asset_tag', 'configuration_item_id', 'ci'],
  name: ['asset', 'asset_name', 'ci_name', 'display_name', 'hostname'],
  type: ['asset_type', 'class', 'ci_class', 'category', 'kind'],
  status: ['lifecycle', 'lifecycle_status', 'operational_status', 'install_status', 'state'],
  owner_email: ['owner', 'asset_owner', 'owned_by', 'owner_mail', 'business_owner'],
  custodian_email: ['custodian', 'sysadmin', 'system_administrator', 'managed_by', 'supported_by', 'admin_email'],
  org_unit_code: ['org_unit', 'department', 'department_code', 'unit_code', 'business_unit'],
  parent_external_id: ['parent', 'parent_id', 'runs_on', 'parent_ci', 'depends_on'],
  c: ['confidentiality'],
  i: ['integrity'],
  a: ['availability'],
  label: ['classification', 'classification_label', 'data_classification'],
  location: ['site', 'place'],
  description: ['details', 'short_description', 'comments', 'notes'],
};
const REQUIRED: ImportColumn[] = ['name', 'type'];

export const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export type ImportHeader = { map: Map<number, ImportColumn>; missing: ImportColumn[] };

/** Which column of the file feeds which field; the first matching header wins. */
export function mapImportHeader(headers: string[]): ImportHeader {
  const map = new Map<number, ImportColumn>();
  const taken = new Set<ImportColumn>();
  headers.forEach((h, i) => {
    const n = normaliseHeader(h);
    const col = ASSET_IMPORT_COLUMNS.find((c) => c === n || SYNONYMS[c]?.includes(n));
    if (col && !taken.has(col)) {
      map.set(i, col);
      taken.add(col);
    }
  });
  return { map, missing: REQUIRED.filter((c) => !taken.has(c)) };
}

const TYPE_WORDS: Record<string, TAssetType> = {
  data: 'information',
  dataset: 'information',
  database: 'information',
  document: 'information',
  records: 'information',
  app: 'application',
  software: 'application',
  saas: 'application',
  server: 'system',
  host: 'system',
  vm: 'system',
  virtual_machine: 'system',
  computer: 'system',
  cluster: 'system',
  business_service: 'service',
  it_service: 'service',
  laptop: 'hardware',
  device: 'hardware',
  network_device: 'hardware',
  router: 'hardware',
  switch: 'hardware',
  firewall: 'hardware',
  mobile: 'hardware',
  office: 'site',
  building: 'site',
  data_centre: 'site',
  data_center: 'site',
  vendor: 'supplier',
  third_party: 'supplier',
};
const STATUS_WORDS: Record<string, AssetStatus> = {
  planned: 'planned',
  pipeline: 'planned',
  ordered: 'planned',
  on_order: 'planned',
  in_use: 'in_use',
  installed: 'in_use',
  active: 'in_use',
  operational: 'in_use',
  live: 'in_use',
  production: 'in_use',
  in_production: 'in_use',
  retired: 'retired',
  decommissioned: 'retired',
  inactive: 'retired',
  disposed: 'disposed',
  destroyed: 'disposed',
  scrapped: 'disposed',
};
const LABEL_WORDS: Record<string, ClassificationLabel> = {
  public: 'public',
  internal: 'internal',
  internal_use: 'internal',
  confidential: 'confidential',
  restricted: 'restricted',
  secret: 'restricted',
  strictly_confidential: 'restricted',
};
const LEVEL_WORDS: Record<string, number> = { low: 1, medium: 2, high: 3, very_high: 4 };

const word = (v: string) => normaliseHeader(v);

export const importType = (v: string): TAssetType | null =>
  (ASSET_TYPES as readonly string[]).includes(word(v)) ? (word(v) as TAssetType) : (TYPE_WORDS[word(v)] ?? null);
export const importStatus = (v: string): AssetStatus | null => STATUS_WORDS[word(v)] ?? null;
export const importLabel = (v: string): ClassificationLabel | null => LABEL_WORDS[word(v)] ?? null;
export function importLevel(v: string): number | null {
  const n = Number(v);
  if (Number.isInteger(n) && n >= 1 && n <= 4) return n;
  return LEVEL_WORDS[word(v)] ?? null;
}

/**
 * One row of a CMDB file as read: blank cells are null (a new asset takes the default, an asset
 * already in the inventory keeps its value).
 */
export type ImportRow = {
  line: number;
  externalId: string | null;
  name: string | null;
  type: TAssetType | null;
  status: AssetStatus | null;
  ownerEmail: string | null;
  custodianEmail: string | null;
  orgUnitCode: string | null;
  parentExternalId: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  label: ClassificationLabel | null;
  location: string | null;
  description: string | null;
};
export type RowError = { line: number; field: string; message: string };

/** Defaults of a new asset for what the file leaves blank. */
export const IMPORT_DEFAULTS = {
  status: 'in_use' as AssetStatus,
  level: 2,
  label: 'internal' as ClassificationLabel,
};

/** Reads and checks one row on its own; what needs the database (emails, codes, ids) is checked later. */
export function readImportRow(cells: string[], line: number, map: Map<number, ImportColumn>) {
  const c: Partial<Record<ImportColumn, string>> = {};
  map.forEach((col, i) => (c[col] = (cells[i] ?? '').trim()));
  const errors: RowError[] = [];
  const err = (field: string, message: string) => errors.push({ line, field, message });
  const text = (k: ImportColumn, max: number): string | null => {
    const v = c[k] ?? '';
    if (v.length > max) err(k, `At most ${max} characters`);
    return v === '' ? null : v;
  };
  const pick = <T>(k: ImportColumn, read: (v: string) => T | null, hint: string): T | null => {
    const v = c[k] ?? '';
    if (v === '') return null;
    const got = read(v);
    if (got === null) err(k, `"${v}" is not ${hint}`);
    return got;
  };
  const email = (k: ImportColumn): string | null => {
    const v = (c[k] ?? '').toLowerCase();
    if (v === '') return null;
    if (!/^[^\s@]+@[^\s@]+$/.test(v)) err(k, `"${c[k]}" is not an email address`);
    return v;
  };
  const row: ImportRow = {
    line,
    externalId: text('external_id', ASSET_LIMITS.externalIdMax),
    name: text('name', ASSET_LIMITS.nameMax),
    type: pick('type', importType, `an asset type (${ASSET_TYPES.join(', ')})`),
    status: pick('status', importStatus, `a lifecycle status (${ASSET_STATUSES.join(', ')})`),
    ownerEmail: email('owner_email'),
    custodianEmail: email('custodian_email'),
    orgUnitCode: text('org_unit_code', 64),
    parentExternalId: text('parent_external_id', ASSET_LIMITS.externalIdMax),
    confidentiality: pick('c', importLevel, 'a level from 1 to 4 (or low, medium, high, very high)'),
    integrity: pick('i', importLevel, 'a level from 1 to 4 (or low, medium, high, very high)'),
    availability: pick('a', importLevel, 'a level from 1 to 4 (or low, medium, high, very high)'),
    label: pick('label', importLabel, `a classification label (${CLASSIFICATION_LABELS.join(', ')})`),
    location: text('location', ASSET_LIMITS.locationMax),
    description: text('description', ASSET_LIMITS.textMax),
  };
  if (row.parentExternalId !== null && row.parentExternalId === row.externalId)
    err('parent_external_id', 'An asset cannot run on itself');
  return { row, errors };
}

/** A blank row (every cell empty) is skipped, not an error. */
export const isBlankRow = (cells: string[]) => cells.every((v) => (v ?? '').trim() === '');
