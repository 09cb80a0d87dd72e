import fs from 'node:fs';
import path from 'node:path';
import type { TImportPersonChange, TImportSummary } from '../../contracts/people.js';
import { createAssetServices } from '../../server/modules/assets/assets.services.js';
import { runPeopleImport } from '../../server/modules/people/people.import.service.js';
import { createResponsibilityServices } from '../../server/modules/responsibilities/responsibilities.services.js';
import { createRiskServices } from '../../server/modules/risks/risks.services.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';
import { createProgress, type Progress } from '../progress.js';

const SYSTEM = { actor: { kind: 'system' as const, label: 'cli' }, grant: { kind: 'system' as const, label: 'cli' } };
/** Lists printed per section; the counts above them are always complete. */
const SHOWN = 20;
/** Files this big get progress lines (smaller ones finish before a bar would draw). */
const PROGRESS_BYTES = 256 * 1024;

export async function people(
  file: string,
  opts: { apply?: boolean; missingAreLeavers?: boolean; json?: boolean },
): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CliError(`${file}: no such file`);
  const summary = await withRuntime(async ({ deps }) => {
    const bars: Partial<Record<'check' | 'apply', Progress>> = {};
    const big = stat.size >= PROGRESS_BYTES;
    try {
      return await runPeopleImport(
        deps.db,
        SYSTEM,
        { open: () => fs.createReadStream(file), size: stat.size },
        {
          mode: opts.apply ? 'apply' : 'preview',
          missingAreLeavers: Boolean(opts.missingAreLeavers),
          onProgress: big
            ? (phase, done, total) => {
                if (phase === 'apply') bars.check?.stop();
                const bar = (bars[phase] ??= createProgress(
                  phase === 'check' ? 'Checking (bytes)' : 'Importing (rows)',
                ));
                bar.update(done, total);
              }
            : undefined,
        },
      );
    } finally {
      bars.check?.stop();
      bars.apply?.stop();
    }
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(describe(summary, path.basename(file)));
  if (summary.counts.errors > 0) {
    throw new CliError(`${summary.counts.errors} row error(s) in ${path.basename(file)}; nothing was applied`);
  }
}

export async function risks(file: string, opts: { apply?: boolean; json?: boolean }): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CliError(`${file}: no such file`);
  const data = fs.readFileSync(file);
  const kind = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const result = await withRuntime(async ({ deps }) => {
    const imports = createRiskServices(deps, createResponsibilityServices(deps).assignments).imports;
    const preview = await imports.run(SYSTEM.actor, { data, kind }, { mode: 'preview' }, {});
    if (!opts.apply || preview.errors.length > 0) return preview;
    return imports.run(SYSTEM.actor, { data, kind }, { mode: 'apply', sha256: preview.sha256 }, {});
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const lines = [
      `${result.applied ? 'Applied' : 'Dry run'}: ${path.basename(file)}, ${result.rows} rows (${result.assessed} with scores), sha256 ${result.sha256}`,
      ...result.errors.slice(0, SHOWN).map((e) => `  line ${e.line}  ${e.field}: ${e.message}`),
      ...more(result.errors.length, SHOWN),
      ...(result.errors.length === 0 && !result.applied
        ? ['  No problems; run again with --apply to create the risks.']
        : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (result.errors.length > 0)
    throw new CliError(`${result.errors.length} row error(s) in ${path.basename(file)}; nothing was applied`);
}

export async function assets(file: string, opts: { apply?: boolean; json?: boolean }): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CliError(`${file}: no such file`);
  const source = {
    kind: file.toLowerCase().endsWith('.xlsx') ? ('xlsx' as const) : ('csv' as const),
    open: () => fs.createReadStream(file),
    size: stat.size,
  };
  const result = await withRuntime(async ({ deps }) => {
    const imports = createAssetServices(deps, createResponsibilityServices(deps).assignments).imports;
    const bars: Partial<Record<'read' | 'apply', Progress>> = {};
    const big = stat.size >= PROGRESS_BYTES;
    const onProgress = big
      ? (phase: 'read' | 'apply', done: number, total: number) => {
          if (phase === 'apply') bars.read?.stop();
          const bar = (bars[phase] ??= createProgress(phase === 'read' ? 'Checking (bytes)' : 'Importing (rows)'));
          bar.update(done, total);
        }
      : undefined;
    try {
      const preview = await imports.run(SYSTEM.actor, source, { mode: 'preview' }, {}, onProgress);
      if (!opts.apply || preview.errors.length > 0) return preview;
      bars.read?.stop();
      delete bars.read;
      return await imports.run(SYSTEM.actor, source, { mode: 'apply', sha256: preview.sha256 }, {}, onProgress);
    } finally {
      bars.read?.stop();
      bars.apply?.stop();
    }
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const lines = [
      `${result.applied ? 'Applied' : 'Dry run'}: ${path.basename(file)}, ${result.rows} rows (${result.created} new, ${result.updated} updated), sha256 ${result.sha256}`,
      ...result.errors.slice(0, SHOWN).map((e) => `  line ${e.line}  ${e.field}: ${e.message}`),
      ...more(result.errors.length, SHOWN),
      ...(result.errors.length === 0 && !result.applied
        ? ['  No problems; run again with --apply to import the assets.']
        : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (result.errors.length > 0)
    throw new CliError(`${result.errors.length} row error(s) in ${path.basename(file)}; nothing was applied`);
}

const more = (n: number, shown: number) => (n > shown ? [`  … and ${n - shown} more`] : []);

const changeText = (c: TImportPersonChange['changes'][number]) => `${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`;

const who = (p: TImportPersonChange) =>
  `${p.line === null ? 'not in file' : `line ${p.line}`}  ${p.employeeId ?? '(no employee id)'}  ${p.fullName} <${p.email}>`;

/** The dry-run diff (or the applied summary) as plain text. */
export function describe(s: TImportSummary, name: string): string {
  const c = s.counts;
  const out = [
    `${s.mode === 'apply' ? (s.applied ? 'Applied' : 'Not applied') : 'Dry run'}: ${name}, ${s.rows} rows, sha256 ${s.sha256}`,
    `  created ${c.created} · updated ${c.updated} · unchanged ${c.unchanged} · leavers ${c.leavers} · org units created ${c.orgUnitsCreated} · errors ${c.errors}`,
  ];
  const section = (title: string, items: string[], total: number) => {
    if (total === 0) return;
    out.push(
      '',
      `${title} (${total}):`,
      ...items.slice(0, SHOWN).map((i) => `  ${i}`),
      ...more(total, Math.min(SHOWN, items.length)),
    );
  };
  section(
    'Row errors',
    s.errors.map((e) => `line ${e.line}, ${e.field}: ${e.message}`),
    c.errors,
  );
  section(
    'Org units to create',
    s.orgUnitsCreated.map((u) => `${u.code}  ${u.name}${u.parentCode ? ` (under ${u.parentCode})` : ''}`),
    c.orgUnitsCreated,
  );
  section('Created', s.created.map(who), c.created);
  section(
    'Updated',
    s.updated.map((p) => `${who(p)}: ${p.changes.map(changeText).join('; ')}`),
    c.updated,
  );
  section('Becoming leavers', s.leavers.map(who), c.leavers);
  out.push('');
  if (c.errors === 0 && s.mode === 'preview')
    out.push(
      c.created + c.updated + c.leavers + c.orgUnitsCreated === 0
        ? 'Nothing to change.'
        : 'Nothing was changed: run again with --apply to apply.',
      '',
    );
  return `${out.join('\n')}\n`;
}
