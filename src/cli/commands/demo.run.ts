import { loadDemoData } from '../../server/modules/demo/demo.service.js';
import { withRuntime } from '../context.js';
import { createProgress } from '../progress.js';

export async function demo(opts: { size: 'small' | 'medium' | 'enterprise'; seed: number }): Promise<void> {
  const result = await withRuntime(async ({ deps }) => {
    const progress = createProgress('People');
    const r = await loadDemoData(deps, { size: opts.size, seed: opts.seed, onProgress: progress.update });
    progress.stop();
    return r;
  });
  process.stdout.write(
    `Demo data loaded: ${result.peopleCreated} people created, ${result.orgUnitsCreated} org units created, ` +
      `${result.assignments} role assignments, ${result.acknowledgements} acknowledgements, ` +
      `${result.policies} policies with ${result.policyAcknowledgements} policy acknowledgements, ${result.risks} risks, ${result.assets} assets, ${result.entitlements} entitlements, ${result.controls} controls in the SoA with ${result.operationalTasks} operational tasks, ${result.audits} internal audits, ${result.nonconformities} nonconformities and ${result.incidents} incidents.\n`,
  );
}
