import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { OrgUnitSelect } from '../people/pickers';
import {
  ASSET_LIMITS,
  AssetPicker,
  CIA_OPTIONS,
  labelOptions,
  statusOptions,
  typeOptions,
  type Asset,
  type AssetStatus,
  type AssetType,
  type ClassificationLabel,
} from './shared';

export type AssetFormValues = {
  name: string;
  description: string;
  type: AssetType | null;
  status: AssetStatus;
  orgUnitId: string | null;
  parentId: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  label: ClassificationLabel | null;
  location: string;
  externalId: string;
};

export const EMPTY_ASSET: AssetFormValues = {
  name: '',
  description: '',
  type: null,
  status: 'in_use',
  orgUnitId: null,
  parentId: null,
  confidentiality: null,
  integrity: null,
  availability: null,
  label: null,
  location: '',
  externalId: '',
};

export const valuesOf = (a: Asset): AssetFormValues => ({
  name: a.name,
  description: a.description,
  type: a.type,
  status: a.status,
  orgUnitId: a.orgUnit?.id ?? null,
  parentId: a.parent?.id ?? null,
  confidentiality: a.confidentiality,
  integrity: a.integrity,
  availability: a.availability,
  label: a.label,
  location: a.location,
  externalId: a.externalId ?? '',
});

/** Every field the form asks for is filled (the server checks the rest). */
export const isComplete = (v: AssetFormValues) =>
  v.name.trim() !== '' &&
  v.type !== null &&
  v.label !== null &&
  v.confidentiality !== null &&
  v.integrity !== null &&
  v.availability !== null;

/** The body fields of a create or update, from the form. */
export const bodyOf = (v: AssetFormValues) => ({
  name: v.name.trim(),
  description: v.description,
  type: v.type!,
  status: v.status,
  orgUnitId: v.orgUnitId,
  parentId: v.parentId,
  confidentiality: v.confidentiality!,
  integrity: v.integrity!,
  availability: v.availability!,
  label: v.label!,
  location: v.location.trim(),
  externalId: v.externalId.trim() || null,
});

const CIA: [key: 'confidentiality' | 'integrity' | 'availability', label: string, description: string][] = [
  ['confidentiality', 'Confidentiality', 'Harm if disclosed to the wrong people'],
  ['integrity', 'Integrity', 'Harm if changed or corrupted'],
  ['availability', 'Availability', 'Harm if unavailable'],
];

/** The details and classification of an asset: used by the new asset page and the edit dialog. */
export function AssetFields({
  value,
  onChange,
  fieldError,
  assetId,
  parentLabel,
}: {
  value: AssetFormValues;
  onChange: (patch: Partial<AssetFormValues>) => void;
  fieldError: (field: string) => string | undefined;
  /** The asset being edited: it cannot run on itself. */
  assetId?: string;
  parentLabel?: string | null;
}) {
  return (
    <Stack>
      <TextInput
        label="Name"
        required
        maxLength={ASSET_LIMITS.nameMax}
        value={value.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={fieldError('name')}
        placeholder="e.g. Payroll system"
        data-autofocus
        data-testid="asset-name-input"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Type"
          required
          data={typeOptions}
          value={value.type}
          onChange={(v) => onChange({ type: v })}
          error={fieldError('type')}
          placeholder="Choose a type"
          data-testid="asset-type-input"
        />
        <Select
          label="Status"
          required
          allowDeselect={false}
          data={statusOptions}
          value={value.status}
          onChange={(v) => onChange({ status: v ?? 'in_use' })}
          error={fieldError('status')}
          data-testid="asset-status-input"
        />
        <Select
          label="Classification label"
          required
          data={labelOptions}
          value={value.label}
          onChange={(v) => onChange({ label: v })}
          error={fieldError('label')}
          placeholder="Choose a label"
          data-testid="asset-label-input"
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        description="What it is, what it holds, what it is used for"
        autosize
        minRows={2}
        maxLength={ASSET_LIMITS.textMax}
        value={value.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        error={fieldError('description')}
        data-testid="asset-description-input"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {CIA.map(([key, label, description]) => (
          <Select
            key={key}
            label={label}
            description={description}
            required
            data={CIA_OPTIONS}
            value={value[key] === null ? null : String(value[key])}
            onChange={(v) => onChange({ [key]: v ? Number(v) : null })}
            error={fieldError(key)}
            placeholder="Choose a level"
            data-testid={`asset-${key}-input`}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OrgUnitSelect
          label="Org unit"
          description="Its owner may be inherited from here"
          placeholder="Choose an org unit"
          value={value.orgUnitId}
          onChange={(v) => onChange({ orgUnitId: v })}
          error={fieldError('orgUnitId')}
          data-testid="asset-org-unit-input"
        />
        <AssetPicker
          label="Runs on"
          description="The parent asset, e.g. the server an application runs on"
          value={value.parentId}
          initialLabel={parentLabel}
          excludeId={assetId}
          onChange={(v) => onChange({ parentId: v })}
          error={fieldError('parentId')}
          data-testid="asset-parent-input"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Location"
          maxLength={ASSET_LIMITS.locationMax}
          value={value.location}
          onChange={(e) => onChange({ location: e.currentTarget.value })}
          error={fieldError('location')}
          placeholder="e.g. Frankfurt data centre, rack 12"
          data-testid="asset-location-input"
        />
        <TextInput
          label="CMDB id"
          description="The asset's id in your CMDB, matched on import"
          maxLength={ASSET_LIMITS.externalIdMax}
          value={value.externalId}
          onChange={(e) => onChange({ externalId: e.currentTarget.value })}
          error={fieldError('externalId')}
          data-testid="asset-external-id-input"
        />
      </SimpleGrid>
    </Stack>
  );
}
