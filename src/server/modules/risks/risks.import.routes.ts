import { ZRiskImportQuery, ZRiskImportResult } from '../../../contracts/risks.js';
import { spreadsheetImportRoutes } from '../../http/spreadsheet-import.js';

/** Import of an existing risk register: the file is the raw body, CSV or XLSX. */
export const riskImportRoutes = spreadsheetImportRoutes({
  base: '/api/risks',
  tag: 'risks',
  noun: 'risk',
  importOperationId: 'importRisks',
  templateOperationId: 'getRiskImportTemplate',
  summary:
    'Import risks from a CSV or XLSX register: preview every row’s problems, then apply the previewed file (ISM)',
  templateSummary: 'A CSV template for importing risks, with one example row',
  query: ZRiskImportQuery,
  result: ZRiskImportResult,
});
