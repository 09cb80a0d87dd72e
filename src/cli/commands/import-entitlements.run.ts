import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { TEntitlementImport } from '../../contracts/assets.js';
import { systemActor } from '../../server/core/actor.js';
import { createEntitlementService } from '../../server/modules/assets/assets.entitlements.service.js';
import { withRuntime } from '../context.js';
import { CliError } from '../errors.js';
import { createProgress } from '../progress.js';

/** Refused rows printed; the count is always complete and the import keeps the first 200. */
const SHOWN = 20;

export async function entitlements(file: string, opts: { json?: boolean }): Promise<void> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CliError(`${file}: no such file`);
  const summary = await withRuntime(async ({ deps }) => {
    const bar = createProgress('Importing (bytes)');
    let bytes = 0;
    const counted = fs.createReadStream(file).pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      }),
    );
    try {
      return await createEntitlementService(deps).importCsv(
        systemActor('cli'),
        { stream: counted, fileName: path.basename(file) },
        {},
        () => bar.update(bytes, stat.size),
      );
    } finally {
      bar.update(stat.size, stat.size);
      bar.stop();
    }
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(describe(summary));
  if (summary.rowsImported === 0 && summary.rowsFailed > 0)
    throw new CliError(`No row of ${path.basename(file)} could be imported`);
}

function describe(s: TEntitlementImport): string {
  const lines = [
    `${s.fileName}: ${s.rowsRead} rows read, ${s.rowsImported} imported, ${s.rowsFailed} refused.`,
    `  ${s.systems.length} system(s); ${s.removed} entitlement(s) no longer listed were marked removed.`,
    `  ${s.accountsUnmatched} account(s) matched to nobody (orphaned accounts are a finding: GET /api/entitlements/unmatched-accounts).`,
  ];
  for (const e of s.errors.slice(0, SHOWN)) lines.push(`  line ${e.line}: ${e.message}`);
  if (s.rowsFailed > SHOWN) lines.push(`  … and ${s.rowsFailed - SHOWN} more refused rows`);
  return `${lines.join('\n')}\n`;
}
