import { Button, Group, Modal, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { useSignedIn } from '../../session';
import { PersonSelect } from '../people/pickers';
import { ASSET_LIMITS, AssetPicker, accessPath, invalidateAssets } from './shared';

const INLINE = ['assetId', 'beneficiaryId', 'entitlement', 'privileged', 'reason', 'until'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Asks for access to an asset, for yourself or someone else; the asset owner decides. `asset`
 * prefills the asset when asked from its page.
 */
export function RequestAccessModal({ asset, onClose }: { asset?: { id: string; label: string }; onClose: () => void }) {
  const session = useSignedIn();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 36em)');
  const [assetId, setAssetId] = useState<string | null>(asset?.id ?? null);
  const [beneficiaryId, setBeneficiaryId] = useState<string | null>(session.person.id);
  const [entitlement, setEntitlement] = useState('');
  const [privileged, setPrivileged] = useState(false);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/access-requests', {
          body: {
            assetId: assetId!,
            beneficiaryId: beneficiaryId && beneficiaryId !== session.person.id ? beneficiaryId : undefined,
            entitlement: entitlement.trim(),
            privileged,
            reason: reason.trim(),
            until: until || null,
          },
        }),
      ),
    onSuccess: (r) => {
      notifyDone(`${r.reference} sent to the owner of ${r.asset.reference}`);
      invalidateAssets(qc);
      onClose();
      void navigate(accessPath(r.id));
    },
  });
  const fieldError = fieldErrorOf(create.error);
  const ready = assetId !== null && entitlement.trim() !== '' && reason.trim() !== '';
  return (
    <Modal opened onClose={onClose} title="Request access" size="lg" fullScreen={phone}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) create.mutate();
        }}
      >
        <Stack>
          <AssetPicker
            label="Asset"
            required
            value={assetId}
            initialLabel={asset?.label}
            onChange={setAssetId}
            error={fieldError('assetId')}
            comboboxProps={{ withinPortal: true }}
            data-testid="access-asset-input"
          />
          <PersonSelect
            label="For"
            description="Who gets the access; yourself unless you ask for someone else"
            value={beneficiaryId}
            initialLabel={session.person.fullName}
            onChange={(id) => setBeneficiaryId(id ?? session.person.id)}
            clearable={false}
            error={fieldError('beneficiaryId')}
            data-testid="access-beneficiary-input"
          />
          <TextInput
            label="Entitlement"
            description="The role, group or permission asked for"
            required
            maxLength={ASSET_LIMITS.entitlementMax}
            value={entitlement}
            onChange={(e) => setEntitlement(e.currentTarget.value)}
            error={fieldError('entitlement')}
            placeholder="e.g. payroll-readonly"
            data-testid="access-entitlement-input"
          />
          <Switch
            label="Privileged access"
            description="Administrator rights or access that bypasses normal controls (A.8.2): the person who approves may not also provision it"
            checked={privileged}
            onChange={(e) => setPrivileged(e.currentTarget.checked)}
            data-testid="access-privileged-input"
          />
          <Textarea
            label="Reason"
            description="Why the access is needed"
            required
            autosize
            minRows={2}
            maxLength={ASSET_LIMITS.reasonMax}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            data-testid="access-reason-input"
          />
          <TextInput
            label="Until"
            description="The last day access is needed; leave empty while it is needed"
            type="date"
            min={today()}
            value={until}
            onChange={(e) => setUntil(e.currentTarget.value)}
            error={fieldError('until')}
            styles={{ input: { maxWidth: 220 } }}
            data-testid="access-until-input"
          />
          <ProblemAlert error={create.error} inlineFields={INLINE} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!ready} data-testid="access-request-submit">
              Send request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
