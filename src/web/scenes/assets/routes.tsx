import type { RouteObject } from 'react-router';
import { Allowed } from '../../components/allowed';
import { AccessRequestsScene } from './access';
import { AccessRequestScene } from './access-request';
import { AssetScene } from './asset';
import { NewAssetScene } from './asset-new';
import { AssetImportScene } from './import';
import { AssetInventoryScene } from './inventory';

/** The inventory and access requests pages (children of the signed-in frame). */
export const assetRoutes: RouteObject[] = [
  { path: 'assets', element: <AssetInventoryScene /> },
  {
    path: 'assets/new',
    element: (
      <Allowed when={(p) => p.manageAssets}>
        <NewAssetScene />
      </Allowed>
    ),
  },
  {
    path: 'assets/import',
    element: (
      <Allowed when={(p) => p.manageAssets}>
        <AssetImportScene />
      </Allowed>
    ),
  },
  { path: 'assets/:id', element: <AssetScene /> },
  { path: 'access', element: <AccessRequestsScene /> },
  { path: 'access/:id', element: <AccessRequestScene /> },
];
