import { useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { fileBody, SpreadsheetImport } from '../../components/spreadsheet-import';
import { plural } from '../policies/shared';
import { invalidateRisks, type RiskImportResult } from './shared';

/** Imports a risk register from CSV or XLSX: preview first, then apply exactly the previewed file. */
export function RiskImportScene() {
  const qc = useQueryClient();
  return (
    <SpreadsheetImport<RiskImportResult>
      prefix="risk"
      title="Import risks"
      back={{ to: '/risks', label: 'Risk register' }}
      openLabel="Open the register"
      templateHref="/api/risks/import/template"
      fileLabel="Risk register file"
      noun="risk"
      intro={
        <>
          Bring an existing risk register into Remit from a CSV or Excel file laid out like the template: one risk per
          row with its title, category, org unit code, threat, vulnerability and owner&apos;s email and, optionally, its
          inherent and residual likelihood and impact on the current method&apos;s scales, a treatment option and the
          rationale. Nothing is written until you apply the preview.
        </>
      }
      send={(file, mode, sha256) =>
        call(api.POST('/api/risks/import', { params: { query: { mode, sha256 } }, ...fileBody(file) }))
      }
      stats={(r) => [
        { key: 'created', label: r.applied ? 'Created' : 'To create', value: r.created, color: 'teal' },
        { key: 'assessed', label: r.applied ? 'Assessed' : 'With an assessment', value: r.assessed, color: 'blue' },
      ]}
      done={(r) => `${plural(r.created, 'risk')} created, ${r.assessed} with an assessment.`}
      onApplied={() => invalidateRisks(qc)}
    />
  );
}
