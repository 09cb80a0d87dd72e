import { Tabs } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconGhost2, IconListDetails } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { EntitlementsTab } from './entitlements-list';
import { ImportsTab } from './imports';
import { OrphanedTab } from './orphaned';
import { ToxicTab } from './toxic';

const TABS = ['entitlements', 'orphaned', 'imports', 'toxic'] as const;
type Tab = (typeof TABS)[number];

/**
 * Accounts and entitlements on the systems (A.5.18, A.8.2): what each account may do, the accounts
 * nobody owns, the imports that bring them in, and the combinations nobody may hold together.
 * The tab and its filters live in the URL, so /entitlements?assetId=… opens one system's entitlements.
 */
export function EntitlementsScene() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : 'entitlements';
  const go = (next: string | null) =>
    setParams(
      (p) => {
        const keep = new URLSearchParams();
        // The system filter travels between tabs; the rest belongs to the tab it was set on.
        const assetId = p.get('assetId');
        if (assetId && next !== 'imports' && next !== 'toxic') keep.set('assetId', assetId);
        if (next && next !== 'entitlements') keep.set('tab', next);
        return keep;
      },
      { replace: true },
    );
  return (
    <Page
      title="Entitlements"
      description="Who holds which access on each system, the accounts nobody owns, and the combinations nobody may hold together."
    >
      <Tabs value={tab} onChange={go} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="entitlements"
            leftSection={<IconListDetails size={16} />}
            data-testid="entitlements-tab-list"
          >
            Entitlements
          </Tabs.Tab>
          <Tabs.Tab value="orphaned" leftSection={<IconGhost2 size={16} />} data-testid="entitlements-tab-orphaned">
            Orphaned accounts
          </Tabs.Tab>
          <Tabs.Tab value="imports" leftSection={<IconFileImport size={16} />} data-testid="entitlements-tab-imports">
            Imports
          </Tabs.Tab>
          <Tabs.Tab value="toxic" leftSection={<IconAlertTriangle size={16} />} data-testid="entitlements-tab-toxic">
            Toxic combinations
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="entitlements" pt="md">
          <EntitlementsTab />
        </Tabs.Panel>
        <Tabs.Panel value="orphaned" pt="md">
          <OrphanedTab />
        </Tabs.Panel>
        <Tabs.Panel value="imports" pt="md">
          <ImportsTab />
        </Tabs.Panel>
        <Tabs.Panel value="toxic" pt="md">
          <ToxicTab />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
