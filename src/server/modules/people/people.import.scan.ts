import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { TImportRowError } from '../../../contracts/people.js';
import { mapHeader, validateRow, type HeaderMap, type ImportRow } from './people.import.rules.js';
import { today } from './people.rules.js';

/** Opens the file afresh: the import reads it twice (check, then apply) instead of holding it. */
export type ImportSource = { open: () => Readable; size?: number };

/** Lists in a summary are capped; counts never are. */
export const MAX_ERRORS = 1000;

/** What the first pass keeps: a few short strings per row, never the rows themselves. */
export type Scan = {
  sha256: string;
  rows: number;
  map: HeaderMap | null;
  errors: TImportRowError[];
  errorCount: number;
  /** email → where it is and whom it names as manager. */
  byEmail: Map<
    string,
    { line: number; employeeId: string | null; managerEmployeeId: string | null; managerEmail: string | null }
  >;
  emailByEmployeeId: Map<string, string>;
  /** Every org unit code rows put people in: the first name and parent given for it. */
  units: Map<string, { line: number; name: string | null; parentCode: string | null }>;
  /** Parent codes, with the first line naming each. */
  parentRefs: Map<string, number>;
  /** Disagreements about a unit; they matter only for units the import would create. */
  unitConflicts: { code: string; error: TImportRowError }[];
};

/** Streams the CSV through csv-parse and hands each valid row (with its line) to `onRow`. */
export async function readRows(
  source: ImportSource,
  handlers: {
    onHeader: (map: HeaderMap, errors: TImportRowError[]) => void;
    onRow: (row: ImportRow) => void | Promise<void>;
    onError: (e: TImportRowError) => void;
    onBytes?: (bytes: number) => void;
  },
): Promise<{ sha256: string; rows: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      handlers.onBytes?.(bytes);
      done(null, chunk);
    },
  });
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: 65_536,
  });
  const input = source.open();
  input.on('error', (e) => parser.destroy(e));
  input.pipe(tap).pipe(parser);
  let map: HeaderMap | null = null;
  let prevEnd = 0;
  let rows = 0;
  const day = today();
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = prevEnd + 1;
      prevEnd = item.info.lines;
      if (item.record.length === 1 && item.record[0]?.trim() === '') continue; // blank line
      if (!map) {
        const header = mapHeader(item.record);
        map = header.map;
        handlers.onHeader(map, header.errors);
        if (header.errors.length > 0) break;
        continue;
      }
      rows += 1;
      const { row, errors } = validateRow(item.record, line, map, day);
      if (row) await handlers.onRow(row);
      for (const e of errors) handlers.onError(e);
    }
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = (e as CsvError & { lines?: number }).lines ?? prevEnd + 1;
    handlers.onError({ line: at, field: 'row', message: `The file is not valid CSV here: ${e.message}` });
  } finally {
    input.unpipe();
    input.destroy();
  }
  if (!map) handlers.onError({ line: 1, field: 'row', message: 'The file is empty: it needs a header row' });
  return { sha256: hash.digest('hex'), rows };
}

/** First pass: validates every row and collects what resolving managers and units needs. */
export async function scanImport(source: ImportSource, onBytes?: (bytes: number) => void): Promise<Scan> {
  const scan: Scan = {
    sha256: '',
    rows: 0,
    map: null,
    errors: [],
    errorCount: 0,
    byEmail: new Map(),
    emailByEmployeeId: new Map(),
    units: new Map(),
    parentRefs: new Map(),
    unitConflicts: [],
  };
  const error = (e: TImportRowError) => {
    scan.errorCount += 1;
    if (scan.errors.length < MAX_ERRORS) scan.errors.push(e);
  };
  const { sha256, rows } = await readRows(source, {
    onBytes,
    onHeader: (map, errors) => {
      scan.map = map;
      errors.forEach(error);
    },
    onError: error,
    onRow: (row) => {
      const sameEmail = scan.byEmail.get(row.email);
      if (sameEmail) {
        error({ line: row.line, field: 'email', message: `${row.email} is also on line ${sameEmail.line}` });
        return;
      }
      if (row.employeeId !== null) {
        const other = scan.emailByEmployeeId.get(row.employeeId);
        if (other !== undefined) {
          const otherLine = scan.byEmail.get(other)?.line;
          error({
            line: row.line,
            field: 'employee_id',
            message: `Employee id ${row.employeeId} is also on line ${otherLine}`,
          });
          return;
        }
        scan.emailByEmployeeId.set(row.employeeId, row.email);
      }
      scan.byEmail.set(row.email, {
        line: row.line,
        employeeId: row.employeeId,
        managerEmployeeId: row.managerEmployeeId,
        managerEmail: row.managerEmail,
      });
      if (row.orgUnitCode !== null) noteUnit(scan, row);
    },
  });
  scan.sha256 = sha256;
  scan.rows = rows;
  return scan;
}

function noteUnit(scan: Scan, row: ImportRow): void {
  const code = row.orgUnitCode as string;
  const known = scan.units.get(code);
  if (!known) {
    scan.units.set(code, { line: row.line, name: row.orgUnitName, parentCode: row.parentOrgUnitCode });
  } else {
    if (row.orgUnitName !== null) {
      if (known.name === null) known.name = row.orgUnitName;
      else if (known.name !== row.orgUnitName)
        scan.unitConflicts.push({
          code,
          error: {
            line: row.line,
            field: 'org_unit_name',
            message: `Unit ${code} is named "${known.name}" on line ${known.line}`,
          },
        });
    }
    if (row.parentOrgUnitCode !== null) {
      if (known.parentCode === null) known.parentCode = row.parentOrgUnitCode;
      else if (known.parentCode !== row.parentOrgUnitCode)
        scan.unitConflicts.push({
          code,
          error: {
            line: row.line,
            field: 'parent_org_unit_code',
            message: `Unit ${code} has parent ${known.parentCode} on line ${known.line}`,
          },
        });
    }
  }
  if (row.parentOrgUnitCode !== null && !scan.parentRefs.has(row.parentOrgUnitCode))
    scan.parentRefs.set(row.parentOrgUnitCode, row.line);
}
