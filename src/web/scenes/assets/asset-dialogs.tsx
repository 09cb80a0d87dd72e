import { ActionIcon, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { PersonSelect } from '../people/pickers';
import { ANNEX_A_OPTIONS } from './annex-a';
import { AssetFields, bodyOf, isComplete, valuesOf, type AssetFormValues } from './asset-form';
import { ASSET_LIMITS, AccessProblem, invalidateAssets, type Asset } from './shared';

const DETAIL_FIELDS = [
  'name',
  'description',
  'type',
  'status',
  'orgUnitId',
  'parentId',
  'confidentiality',
  'integrity',
  'availability',
  'label',
  'location',
  'externalId',
];

/** Edits the details and classification; a stale version is refused and asks to reload. */
export function EditAssetModal({ asset, onClose }: { asset: Asset; onClose: () => void }) {
  const qc = useQueryClient();
  const [values, setValues] = useState<AssetFormValues>(() => valuesOf(asset));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/assets/{id}', {
          params: { path: { id: asset.id } },
          body: { version: asset.version, ...bodyOf(values) },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.reference} saved`);
      invalidateAssets(qc);
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  return (
    <Modal opened onClose={onClose} title={`Edit ${asset.reference}`} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (isComplete(values)) save.mutate();
        }}
      >
        <Stack>
          <AssetFields
            value={values}
            onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            fieldError={fieldError}
            assetId={asset.id}
            parentLabel={asset.parent ? `${asset.parent.reference} ${asset.parent.name}` : null}
          />
          {!DETAIL_FIELDS.some((f) => fieldError(f)) && <AccessProblem error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!isComplete(values)} data-testid="asset-save">
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Sets the owner and the custodian in the responsibility ledger, with the reason kept there (ISM). */
export function OwnerModal({ asset, onClose }: { asset: Asset; onClose: () => void }) {
  const qc = useQueryClient();
  const heldOwner = asset.owner?.via === 'asset' ? asset.owner.person : null;
  const [ownerId, setOwnerId] = useState<string | null>(heldOwner?.id ?? null);
  const [custodianId, setCustodianId] = useState<string | null>(asset.custodian?.id ?? null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/assets/{id}', {
          params: { path: { id: asset.id } },
          body: {
            version: asset.version,
            ...(ownerId !== (heldOwner?.id ?? null) ? { ownerPersonId: ownerId } : {}),
            ...(custodianId !== (asset.custodian?.id ?? null) ? { custodianPersonId: custodianId } : {}),
            reason: reason.trim(),
          },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`Owner and custodian of ${a.reference} saved`);
      invalidateAssets(qc);
      void qc.invalidateQueries({ queryKey: ['my-responsibilities'] });
      onClose();
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const changed = ownerId !== (heldOwner?.id ?? null) || custodianId !== (asset.custodian?.id ?? null);
  return (
    <Modal opened onClose={onClose} title={`Owner and custodian of ${asset.reference}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (changed && reason.trim()) save.mutate();
        }}
      >
        <Stack>
          <Text fz="sm" c="dimmed">
            A change ends the current holder&apos;s assignment in the responsibility ledger and opens a new one; the
            history stays. Clear the owner to let the owner of the org unit own it.
          </Text>
          <PersonSelect
            label="Asset Owner"
            placeholder={asset.owner?.via === 'org_unit' ? `${asset.owner.person.fullName} (via org unit)` : 'Nobody'}
            value={ownerId}
            initialLabel={heldOwner?.fullName}
            onChange={setOwnerId}
            error={fieldError('ownerPersonId')}
            data-testid="asset-owner-change-input"
          />
          <PersonSelect
            label="Custodian (System Administrator)"
            placeholder="Nobody"
            value={custodianId}
            initialLabel={asset.custodian?.fullName}
            onChange={setCustodianId}
            error={fieldError('custodianPersonId')}
            data-testid="asset-custodian-change-input"
          />
          <TextInput
            label="Reason"
            description="Kept in the ledger with the change"
            required
            maxLength={ASSET_LIMITS.ownerReasonMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            placeholder="e.g. Moved to the platform team"
            data-testid="asset-owner-reason-input"
          />
          <AccessProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!changed || !reason.trim()}
              data-testid="asset-owner-save"
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Searches the risk register as you type; a chosen risk is handed over and the field clears. */
function RiskSearch({ onPick }: { onPick: (id: string, label: string) => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['risks', 'pick', q],
    queryFn: () => call(api.GET('/api/risks', { params: { query: { q: q || undefined, limit: 20 } } })),
  });
  const data = (found.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.reference} ${r.title}` }));
  return (
    <Select
      mt="xs"
      searchable
      aria-label="Link a risk"
      placeholder="Search risks by reference or title to link one"
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No risk matches'}
      data={data}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id, option) => {
        if (id && option) onPick(id, option.label);
        setSearch('');
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid="asset-links-risk-input"
    />
  );
}

/** Links the risks to this asset and the Annex A controls that protect it. */
export function LinksModal({ asset, onClose }: { asset: Asset; onClose: () => void }) {
  const qc = useQueryClient();
  const readRisks = useSignedIn().permissions.readRisks;
  const [risks, setRisks] = useState(asset.risks.map((r) => ({ id: r.id, label: `${r.reference} ${r.title}` })));
  const [controls, setControls] = useState(asset.controls.map((c) => c.id));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/assets/{id}/links', {
          params: { path: { id: asset.id } },
          body: { version: asset.version, riskIds: risks.map((r) => r.id), controlIds: controls },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`Links of ${a.reference} saved`);
      invalidateAssets(qc);
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Risks and controls of ${asset.reference}`} size="lg">
      <Stack>
        <div>
          <Text fz="sm" fw={500} mb={4}>
            Risks
          </Text>
          <Stack gap={4} data-testid="asset-links-risks">
            {risks.length === 0 && (
              <Text fz="sm" c="dimmed">
                No risk linked.
              </Text>
            )}
            {risks.map((r) => (
              <Group key={r.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text fz="sm" lineClamp={1}>
                  {r.label}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Unlink ${r.label}`}
                  onClick={() => setRisks((l) => l.filter((x) => x.id !== r.id))}
                  data-testid="asset-links-risk-remove"
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
          {readRisks && (
            <RiskSearch
              onPick={(id, label) => setRisks((l) => (l.some((x) => x.id === id) ? l : [...l, { id, label }]))}
            />
          )}
        </div>
        <MultiSelect
          label="Annex A controls"
          description="The controls that protect this asset"
          searchable
          data={ANNEX_A_OPTIONS}
          value={controls}
          onChange={setControls}
          maxValues={ASSET_LIMITS.linksMax}
          nothingFoundMessage="No control matches"
          comboboxProps={{ withinPortal: true }}
          data-testid="asset-links-controls-input"
        />
        <AccessProblem error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="asset-links-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
