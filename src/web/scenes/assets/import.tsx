import { useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { fileBody, SpreadsheetImport } from '../../components/spreadsheet-import';
import { plural } from '../policies/shared';
import { invalidateAssets, type AssetImportResult } from './shared';

/** Imports assets from a CMDB export (CSV or XLSX): preview first, then apply exactly the previewed file. */
export function AssetImportScene() {
  const qc = useQueryClient();
  return (
    <SpreadsheetImport<AssetImportResult>
      prefix="asset"
      title="Import assets"
      back={{ to: '/assets', label: 'Assets' }}
      openLabel="Open the inventory"
      templateHref="/api/assets/import/template"
      fileLabel="Inventory file"
      noun="asset"
      intro={
        <>
          Bring an asset inventory or a CMDB export into Remit from a CSV or Excel file laid out like the template: one
          asset per row with its CMDB id, name, type, status, the emails of its owner and custodian, org unit code, the
          CMDB id of the asset it runs on, confidentiality, integrity and availability (1–4), classification label,
          location and description. Common CMDB column names are recognised. A row whose CMDB id is already in the
          inventory updates that asset. Nothing is written until you apply the preview.
        </>
      }
      send={(file, mode, sha256) =>
        call(api.POST('/api/assets/import', { params: { query: { mode, sha256 } }, ...fileBody(file) }))
      }
      stats={(r) => [
        { key: 'created', label: r.applied ? 'Created' : 'To create', value: r.created, color: 'teal' },
        { key: 'updated', label: r.applied ? 'Updated' : 'To update', value: r.updated, color: 'blue' },
      ]}
      done={(r) => `${plural(r.created, 'asset')} created, ${plural(r.updated, 'asset')} updated.`}
      onApplied={() => invalidateAssets(qc)}
    />
  );
}
