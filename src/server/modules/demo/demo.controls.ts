import { createRandom } from '../../../../bench/generator/random.js';
import type { SOA_REASONS, TImplementationStatus } from '../../../contracts/controls.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createControlServices } from '../controls/controls.services.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';

const DEMO = systemActor('demo');
const META = {};
const DAY = 86_400_000;
const dayIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Controls the demo organisation excludes from its SoA, with the justification an auditor reads. */
const EXCLUDED: Record<string, string> = {
  '7.6':
    'No secure areas of our own: every server runs in cloud regions whose providers operate the data centres (covered by 5.19-5.23).',
  '8.30': 'No software development is outsourced; all development is done by employees under 8.25-8.29.',
};

/** Reasons for inclusion by control number, beside risk treatment that every control has. */
const LEGAL = ['5.31', '5.32', '5.33', '5.34', '6.1', '6.2'];
const CONTRACTUAL = ['5.19', '5.20', '5.21', '5.22', '5.23', '6.6'];

/** Operational tasks the demo schedules, relative to today (one started months ago and fell behind). */
const TASKS: {
  control: string;
  title: string;
  instructions: string;
  frequency: 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  firstDueInDays: number;
  evidenceRule: 'note_or_file' | 'file';
}[] = [
  {
    control: '8.13',
    title: 'Restore test of backups',
    instructions:
      'Restore one production database and one file share from last night’s backup to the test environment; record the time it took and attach the restore log.',
    frequency: 'monthly',
    firstDueInDays: -45,
    evidenceRule: 'file',
  },
  {
    control: '8.15',
    title: 'Review of security logs',
    instructions:
      'Go through the week’s alerts of failed sign-ins, privilege changes and firewall denials; open an incident for anything unexplained.',
    frequency: 'weekly',
    firstDueInDays: 3,
    evidenceRule: 'note_or_file',
  },
  {
    control: '8.8',
    title: 'Patch compliance review',
    instructions:
      'Export the patch status of every server and laptop; anything missing a critical patch for more than 14 days gets a ticket.',
    frequency: 'monthly',
    firstDueInDays: 6,
    evidenceRule: 'file',
  },
  {
    control: '8.2',
    title: 'Review of privileged accounts',
    instructions: 'List every administrator account of production systems and confirm each is still needed.',
    frequency: 'quarterly',
    firstDueInDays: 20,
    evidenceRule: 'note_or_file',
  },
  {
    control: '5.30',
    title: 'Disaster recovery exercise',
    instructions: 'Fail over the main application to the second region and back; write down what went wrong.',
    frequency: 'yearly',
    firstDueInDays: 60,
    evidenceRule: 'file',
  },
];

/**
 * The demo organisation's Statement of Applicability: every Annex A control decided (two
 * excluded with a justification), implementation under way, the ISM as Control Owner for the
 * whole ISMS, the system administrators implementing the technological controls they run, and
 * recurring operational tasks — one of which started weeks ago and has been missed, so health
 * shows it. Evidence and the SoA approval are left to people (both need a person). Runs once.
 */
export async function loadDemoControls(deps: Deps, seed: number): Promise<{ controls: number; tasks: number }> {
  const resp = createResponsibilityServices(deps);
  const svc = createControlServices(deps, resp.assignments);
  const all: { id: string; code: string; applicability: string; version: number }[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await svc.controls.list(DEMO, { limit: 200, sort: 'reference', dir: 'asc', cursor });
    for (const c of page.items) all.push({ id: c.id, code: c.code, applicability: c.applicability, version: 0 });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (all.some((c) => c.applicability !== 'undecided')) return { controls: 0, tasks: 0 };
  const rnd = createRandom(seed + 27_001);
  const holders = async (roleKey: string) =>
    (await resp.assignments.list(DEMO, { roleKey, kind: 'holder', limit: 200, history: false })).items.filter(
      (a) => a.scope.type === 'isms',
    );
  const [ism] = await holders('isms_manager');
  const admins = await holders('sysadmin');

  if (ism)
    await resp.assignments.assign(
      DEMO,
      {
        personId: ism.person.id,
        roleKey: 'control_owner',
        scopeType: 'isms',
        scopeId: null,
        kind: 'holder',
        reason: 'Owns every control of the Statement of Applicability until each gets its own owner',
        replaceCurrent: false,
      },
      META,
    );

  const statuses: TImplementationStatus[] = ['implemented', 'implemented', 'implemented', 'partially', 'planned'];
  for (const c of all) {
    const excluded = EXCLUDED[c.code];
    const control = await svc.controls.get(DEMO, c.id);
    const reasons: (typeof SOA_REASONS)[number][] = ['risk_treatment'];
    if (LEGAL.includes(c.code)) reasons.push('legal');
    if (CONTRACTUAL.includes(c.code)) reasons.push('contractual');
    let after = await svc.controls.setApplicability(
      DEMO,
      c.id,
      excluded
        ? { version: control.version, applicable: false, reasons: [], justification: excluded }
        : { version: control.version, applicable: true, reasons, justification: '' },
      META,
    );
    if (excluded) continue;
    // Technological controls a little behind the others, as in most organisations.
    const status =
      c.code.startsWith('8.') && rnd.next() < 0.3
        ? rnd.pick(['planned', 'partially', 'not_started'] as const)
        : rnd.pick(statuses);
    after = await svc.controls.update(DEMO, c.id, { version: after.version, status }, META);
    const admin = admins.length > 0 ? admins[Math.floor(rnd.next() * admins.length)] : undefined;
    if (admin && (c.code.startsWith('8.') || TASKS.some((t) => t.control === c.code)))
      await svc.controls.addImplementer(
        DEMO,
        c.id,
        { personId: admin.person.id, reason: 'Runs the systems this control is implemented on' },
        META,
      );
  }

  let tasks = 0;
  for (const t of TASKS) {
    const control = all.find((c) => c.code === t.control);
    if (!control) continue;
    await svc.tasks.create(
      DEMO,
      control.id,
      {
        title: t.title,
        instructions: t.instructions,
        frequency: t.frequency,
        interval: 1,
        firstDue: dayIn(t.firstDueInDays),
        graceDays: t.frequency === 'weekly' ? 2 : 7,
        leadDays: t.frequency === 'weekly' ? 2 : 7,
        evidenceRule: t.evidenceRule,
        assigneePersonId: null,
      },
      META,
    );
    tasks++;
  }
  return { controls: all.length, tasks };
}
