/**
 * HR import benchmark: a 20,000-person HR CSV (from the demo generator) imported into a fresh
 * SQLite database, timed and with peak RSS, each size in its own child process so memory is its own.
 *
 * Baselines measured in the same run on the same machine:
 * - the dry run (preview) of the same file: parsing, validating, resolving and diffing every row
 *   with all the reads but no writes; apply/preview says what writing costs on top;
 * - the same import at 2,000 rows: per-row time 20k/2k near 1 means it scales linearly, and peak
 *   RSS above the starting RSS at 20k vs 2k shows whether memory grows with the file (the import
 *   streams the file twice and keeps a few short strings per row, never the rows). Peak RSS also
 *   holds garbage V8 has not collected yet, so the child samples the live heap after a forced GC
 *   every 5,000 rows too: that is the memory the import really keeps.
 *
 *   npm run bench:import -- [--rows 20000] [--write]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateOrganisation, hrCsvLines } from './generator/people.js';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

type Result = {
  rows: number;
  previewMs: number;
  applyMs: number;
  reapplyMs: number;
  startRssMb: number;
  peakRssMb: number;
  /** Live heap (heapUsed right after a forced GC) sampled every 5,000 rows and after each phase. */
  liveHeapMb: number;
  startHeapMb: number;
  created: number;
  orgUnits: number;
  reapplyChanges: number;
};

const mb = (bytes: number) => bytes / 1_048_576;

/** Child: import one file into a fresh SQLite database and print the measurements as JSON. */
async function child(file: string): Promise<void> {
  const { loadConfig } = await import('../src/server/config.js');
  const { createLogger } = await import('../src/server/logger.js');
  const { openRuntime } = await import('../src/server/runtime.js');
  const { runPeopleImport } = await import('../src/server/modules/people/people.import.service.js');
  const { createProgress } = await import('../src/cli/progress.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-import-'));
  const { deps, handle } = await openRuntime(
    loadConfig({ REMIT_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const startRss = process.memoryUsage().rss;
  const gc = (globalThis as { gc?: () => void }).gc;
  const liveHeap = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const startHeap = liveHeap();
  let maxHeap = startHeap;
  let sampledAt = 0;
  const who = {
    actor: { kind: 'system' as const, label: 'bench' },
    grant: { kind: 'system' as const, label: 'bench' },
  };
  const source = { open: () => fs.createReadStream(file), size: fs.statSync(file).size };
  const run = async (mode: 'preview' | 'apply', label: string) => {
    const progress = createProgress(label);
    const t0 = performance.now();
    const summary = await runPeopleImport(deps.db, who, source, {
      mode,
      missingAreLeavers: false,
      onProgress: (phase, done, total) => {
        if (phase !== 'apply') return;
        progress.update(done, total);
        if (done - sampledAt >= 5000 || done < sampledAt) {
          sampledAt = done;
          maxHeap = Math.max(maxHeap, liveHeap());
        }
      },
    });
    progress.stop();
    sampledAt = 0;
    maxHeap = Math.max(maxHeap, liveHeap());
    if (summary.counts.errors > 0)
      throw new Error(`the generated file has errors: ${JSON.stringify(summary.errors[0])}`);
    return { ms: performance.now() - t0, summary };
  };
  try {
    const preview = await run('preview', 'Dry run');
    const apply = await run('apply', 'Apply');
    const reapply = await run('apply', 'Re-import');
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    const result: Result = {
      rows: apply.summary.rows,
      previewMs: preview.ms,
      applyMs: apply.ms,
      reapplyMs: reapply.ms,
      startRssMb: mb(startRss),
      peakRssMb: mb(peak),
      liveHeapMb: mb(maxHeap),
      startHeapMb: mb(startHeap),
      created: apply.summary.counts.created,
      orgUnits: apply.summary.counts.orgUnitsCreated,
      reapplyChanges: reapply.summary.counts.created + reapply.summary.counts.updated,
    };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(rows: number, dir: string): Promise<Result> {
  const file = path.join(dir, `hr-${rows}.csv`);
  process.stderr.write(`[bench] generating a ${rows.toLocaleString('en')}-person HR CSV…\n`);
  fs.writeFileSync(file, [...hrCsvLines(generateOrganisation(rows, 1, 'bench.example'))].join(''));
  process.stderr.write(
    `[bench] importing ${rows.toLocaleString('en')} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) into a fresh SQLite database…\n`,
  );
  const proc = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(root, 'bench/import-people.ts'), '--child', file],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const line = /^RESULT (.*)$/m.exec(out)?.[1];
  if (code !== 0 || !line) throw new Error(`import child failed (${code}):\n${out}`);
  return JSON.parse(line) as Result;
}

async function main(): Promise<void> {
  const big = arg('rows', 20_000);
  const small = Math.max(200, Math.round(big / 10));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-hr-'));
  try {
    const s = await measure(small, dir);
    const b = await measure(big, dir);
    const perRow = (r: Result) => r.applyMs / r.rows;
    const growth = (r: Result) => r.peakRssMb - r.startRssMb;
    const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
    const summary = [
      `| Run | ${new Date().toISOString().slice(0, 16)}Z · ${os.cpus().length} cores (${cpu}) · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · sqlite |`,
      '|---|---|',
      `| apply ${b.rows.toLocaleString('en')} people (${b.orgUnits} org units, managers, Employee roles, trail) | **${sec(b.applyMs)}** (${Math.round(b.rows / (b.applyMs / 1000)).toLocaleString('en')} rows/s) |`,
      `| baseline: dry run of the same file (parse, validate, resolve, diff; no writes) | ${sec(b.previewMs)} |`,
      `| **ratio apply / dry run** | **${(b.applyMs / b.previewMs).toFixed(2)}** |`,
      `| re-import of the same file (${b.reapplyChanges} changes) | ${sec(b.reapplyMs)} |`,
      `| scaling: time per row at ${b.rows.toLocaleString('en')} / at ${s.rows.toLocaleString('en')} (${sec(s.applyMs)}) | ${(perRow(b) / perRow(s)).toFixed(2)} |`,
      `| peak RSS ${b.rows.toLocaleString('en')} rows (start ${b.startRssMb.toFixed(0)} MB) | ${b.peakRssMb.toFixed(0)} MB (+${growth(b).toFixed(0)} MB) |`,
      `| peak RSS ${s.rows.toLocaleString('en')} rows (start ${s.startRssMb.toFixed(0)} MB) | ${s.peakRssMb.toFixed(0)} MB (+${growth(s).toFixed(0)} MB) |`,
      `| live heap after GC, largest sample: ${b.rows.toLocaleString('en')} / ${s.rows.toLocaleString('en')} rows (start ${b.startHeapMb.toFixed(0)} MB) | ${b.liveHeapMb.toFixed(0)} MB / ${s.liveHeapMb.toFixed(0)} MB |`,
    ].join('\n');
    process.stdout.write(`${summary}\n`);
    if (b.reapplyChanges !== 0) throw new Error(`re-import changed ${b.reapplyChanges} people; it must change none`);
    if (process.argv.includes('--write')) {
      const file = path.join(root, 'docs/PERFORMANCE.md');
      const doc = fs.readFileSync(file, 'utf8');
      const begin = '<!-- bench:import-people -->';
      const end = '<!-- /bench:import-people -->';
      if (!doc.includes(begin)) throw new Error(`${file} has no ${begin} section`);
      fs.writeFileSync(file, doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), `${begin}\n${summary}\n${end}`));
      process.stdout.write(`Updated ${path.relative(root, file)}\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) await child(process.argv[childAt + 1] as string);
else await main();
