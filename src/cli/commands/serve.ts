import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';

const WEB_INPUTS = ['src/web', 'src/contracts', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds the web app when any of its inputs is newer than the last build. */
export function buildWebIfStale(root: string, log: (line: string) => void): void {
  if (process.env.REMIT_WEB_DIR) return; // an operator-provided build is used as is
  const stamp = path.join(root, 'dist/web/index.html');
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const inputs = Math.max(...WEB_INPUTS.map((p) => newestMtime(path.join(root, p))));
  if (built >= inputs) return;
  log('Building the web app (first start or sources changed)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Build the web app if stale, migrate the database and serve Remit (HOST, PORT, DATABASE_URL)')
    .option('--no-build', 'serve the existing web build without checking it')
    .action(async (opts: { build: boolean }) => {
      if (opts.build) buildWebIfStale(process.cwd(), (l) => process.stderr.write(`${l}\n`));
      // Loaded here, not at the top: the browser tests import buildWebIfStale from this file and
      // would otherwise load the whole server into every test worker just to check the build.
      const { serve } = await import('../../server/main.js');
      await serve();
    });
}
