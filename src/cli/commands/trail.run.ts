import { verifyChain } from '../../server/modules/trail/trail.service.js';
import { withRuntime } from '../context.js';
import { createProgress } from '../progress.js';

export async function verify(opts: { json?: boolean }): Promise<void> {
  const result = await withRuntime(async ({ deps }) => {
    const progress = createProgress('Verifying trail');
    const r = await verifyChain(deps.db, progress.update);
    progress.stop();
    return r;
  });
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (result.ok) process.stdout.write(`Trail intact: ${result.checked} events verified.\n`);
  else
    process.stdout.write(
      `Trail BROKEN at sequence ${result.firstBrokenSeq}: ${result.reason}. ${result.checked} events before it verified.\n`,
    );
  if (!result.ok) process.exitCode = 1;
}
