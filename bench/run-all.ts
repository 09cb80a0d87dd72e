/**
 * `npm run bench`: every benchmark in turn (HTTP, the HR import, policy acknowledgements, the risk
 * register, access reviews), each with the same arguments (`--write` records each one's section in
 * docs/PERFORMANCE.md).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
for (const bench of [
  'bench/http.ts',
  'bench/import-people.ts',
  'bench/policy-acks.ts',
  'bench/risk-register.ts',
  'bench/access-reviews.ts',
]) {
  process.stderr.write(`\n[bench] ${bench}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, bench), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
