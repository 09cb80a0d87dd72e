import { Button, Card, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { Page } from '../../components/page';
import { ProblemAlert, fieldErrorOf, notifyDone } from '../../components/problem';
import { BackLink } from '../policies/shared';
import { PersonPicker } from '../responsibilities/pickers';
import { AssetFields, EMPTY_ASSET, bodyOf, isComplete, type AssetFormValues } from './asset-form';
import { assetPath, invalidateAssets } from './shared';

const INLINE = [
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
  'ownerPersonId',
  'custodianPersonId',
];

/** Adds an asset to the inventory; the ISM names its owner and custodian in the ledger at once. */
export function NewAssetScene() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<AssetFormValues>(EMPTY_ASSET);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [custodianId, setCustodianId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/assets', {
          body: { ...bodyOf(values), ownerPersonId: ownerId, custodianPersonId: custodianId },
        }),
      ),
    onSuccess: (a) => {
      notifyDone(`${a.reference} added to the inventory`);
      invalidateAssets(qc);
      void navigate(assetPath(a.id));
    },
  });
  const fieldError = fieldErrorOf(create.error);
  return (
    <Page title="New asset" description={<BackLink to="/assets">Assets</BackLink>}>
      <Card withBorder padding="lg" maw={900}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (isComplete(values)) create.mutate();
          }}
        >
          <Stack>
            <AssetFields
              value={values}
              onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
              fieldError={fieldError}
            />
            <Divider label="Responsibility" labelPosition="left" />
            <Text fz="sm" c="dimmed">
              The owner decides who gets access and accepts its risks; the custodian (its system administrator) gives
              and takes away access. Both are recorded in the responsibility ledger. Without an owner, the owner of its
              org unit owns it.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PersonPicker
                label="Asset Owner"
                value={ownerId}
                onChange={setOwnerId}
                error={fieldError('ownerPersonId')}
                data-testid="asset-owner-input"
              />
              <PersonPicker
                label="Custodian (System Administrator)"
                value={custodianId}
                onChange={setCustodianId}
                error={fieldError('custodianPersonId')}
                data-testid="asset-custodian-input"
              />
            </SimpleGrid>
            <ProblemAlert error={create.error} inlineFields={INLINE} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/assets">
                Cancel
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!isComplete(values)}
                data-testid="asset-create-submit"
              >
                Add asset
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
