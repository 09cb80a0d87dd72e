import { ZAssetImportQuery, ZAssetImportResult } from '../../../contracts/assets.js';
import {
  spreadsheetImportRoutes,
  type SpreadsheetImporter,
  type SpreadsheetImportQuery,
} from '../../http/spreadsheet-import.js';
import { bufferFile, type AssetImportService } from './assets.import.service.js';

/** Import of a CMDB export: the file is the raw body, CSV or XLSX. */
export const assetImportRoutes = spreadsheetImportRoutes({
  base: '/api/assets',
  tag: 'assets',
  noun: 'asset',
  importOperationId: 'importAssets',
  templateOperationId: 'getAssetImportTemplate',
  summary:
    'Import assets from a CMDB export (CSV or XLSX): preview every row’s problems, then apply the previewed file; rows whose CMDB id is in the inventory update it (ISM)',
  templateSummary: 'A CSV template for importing assets from a CMDB, with two example rows',
  query: ZAssetImportQuery,
  result: ZAssetImportResult,
});

/** The CMDB import reads its file as a stream; the route hands it the buffered body. */
export const bufferedAssetImports = (
  imports: AssetImportService,
): SpreadsheetImporter<SpreadsheetImportQuery, unknown> => ({
  templateFor: (actor) => imports.templateFor(actor),
  template: () => imports.template(),
  run: (actor, file, query, meta) => imports.run(actor, bufferFile(file.data, file.kind), query, meta),
});
