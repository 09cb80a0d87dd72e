import { ZAssetListQuery } from '../../../contracts/assets.js';
import { ZNcListQuery } from '../../../contracts/audits.js';
import type { TIncident, TIncidentCategory, TIncidentSeverity } from '../../../contracts/incidents.js';
import type { TAssignment } from '../../../contracts/responsibilities.js';
import { ZRiskListQuery } from '../../../contracts/risks.js';
import { systemActor, type Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createAssetServices } from '../assets/assets.services.js';
import { createAuditServices } from '../audits/audits.services.js';
import { createIncidentServices } from '../incidents/incidents.services.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { createRiskServices } from '../risks/risks.services.js';

const DEMO = systemActor('demo');
const META = {};
const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

type Person = { id: string; email: string; fullName: string };

/** Demo people act in their own name (they have no accounts): see demo.audits.ts. */
const as = (p: Person): Actor => ({
  kind: 'account',
  accountId: 'demo',
  personId: p.id,
  email: p.email,
  isAdmin: false,
  via: 'session',
});

type Story = {
  title: string;
  description: string;
  affected: string;
  occurredHoursAgo: number;
  confidential?: boolean;
  asset?: string;
  /** Left awaiting triage when absent. */
  triage?:
    | { classification: 'event'; outcome: string; note: string }
    | { classification: 'incident'; severity: TIncidentSeverity; category: TIncidentCategory; note: string };
  actions?: { kind: 'note' | 'action'; text: string }[];
  /** Phases completed, in order, with what was done. */
  phases?: string[];
  communications?: {
    partyKind: 'authority' | 'customers' | 'staff';
    party: string;
    channel: string;
    summary: string;
  }[];
  risk?: string;
  nonconformity?: string;
  close?: { lessonsLearned: string; outcome: string };
};

const STORIES: Story[] = [
  {
    title: 'Phishing e-mail asked staff to re-enter their mail password',
    description:
      'An e-mail that looked like a mailbox quota warning linked to a fake sign-in page. I clicked the link but closed the page without typing anything.',
    affected: 'E-mail; possibly several colleagues received it',
    occurredHoursAgo: 30,
    asset: 'E-mail platform',
    triage: {
      classification: 'incident',
      severity: 'high',
      category: 'phishing',
      note: 'Campaign reached 140 mailboxes; two people entered their password.',
    },
    actions: [
      { kind: 'action', text: 'Blocked the sender domain and the fake sign-in page at the mail gateway and proxy' },
      {
        kind: 'note',
        text: 'Sign-in logs show one successful login from an unknown country for one of the two accounts',
      },
    ],
    phases: [
      'Reset the passwords and revoked the sessions of the two accounts; removed the e-mail from all mailboxes.',
      'Removed a mail forwarding rule the attacker had added; no other changes found in the audit log.',
      'Both people back at work with MFA re-enrolled; mailbox audit shows no data sent out.',
    ],
    communications: [
      {
        partyKind: 'staff',
        party: 'All staff',
        channel: 'intranet news',
        summary: 'Warned about the campaign, showed the e-mail and how to report such messages.',
      },
    ],
    risk: 'Phishing leads to account takeover',
    close: {
      lessonsLearned:
        'MFA stopped the second account; the first had no MFA because it was a shared mailbox login. Shared mailboxes now need delegated access, not passwords. Reporting was quick because of the report button: keep promoting it.',
      outcome:
        'Thank you for reporting it so quickly: the e-mail was removed from every mailbox and the two affected accounts were secured within the hour.',
    },
  },
  {
    title: 'Sales laptop left on a train',
    description:
      'I left my laptop in the overhead rack of the evening train. The lost property office has not found it.',
    affected: 'My laptop with customer quotes and the CRM app',
    occurredHoursAgo: 52,
    asset: 'Staff laptops',
    triage: {
      classification: 'incident',
      severity: 'medium',
      category: 'lost_device',
      note: 'Device management reports disk encryption OFF for this laptop.',
    },
    phases: [
      'Remote wipe issued and confirmed when the device connected the next morning.',
      'Found why encryption was off (manual rebuild after a repair); raised a nonconformity for it.',
      'Replacement laptop issued from the standard build.',
    ],
    communications: [
      {
        partyKind: 'authority',
        party: 'Data protection authority',
        channel: 'online breach form',
        summary:
          'Assessed with the DPO: the wipe succeeded before anyone could have read the disk, so no notification was required; the assessment is recorded.',
      },
    ],
    risk: 'Laptop lost with customer data',
    nonconformity: 'Lost laptop had no disk encryption',
    close: {
      lessonsLearned:
        'Devices rebuilt outside the standard build can miss encryption; the nonconformity tracks blocking non-compliant devices.',
      outcome:
        'The laptop was wiped remotely before anyone could read it, and you have a replacement. Thank you for reporting at once.',
    },
  },
  {
    title: 'Administrator passwords shared in a team chat',
    description:
      'In the infrastructure team chat, passwords for the firewall and the hypervisor admin accounts are posted whenever someone needs them.',
    affected: 'Perimeter firewall pair, Hypervisor cluster',
    occurredHoursAgo: 6,
    confidential: true,
    asset: 'Perimeter firewall pair',
    triage: {
      classification: 'incident',
      severity: 'medium',
      category: 'policy_violation',
      note: 'Reported confidentially; handle without naming the reporter.',
    },
    actions: [{ kind: 'action', text: 'Exported the chat channel history for evidence and restricted its membership' }],
  },
  {
    title: 'Unexpected certificate warning on the intranet',
    description: 'The browser warned that the intranet certificate was not trusted this morning.',
    affected: 'Intranet',
    occurredHoursAgo: 20,
    triage: {
      classification: 'event',
      note: 'Certificate renewal at 07:00; the warning lasted ten minutes until the new chain was deployed.',
      outcome:
        'That was the planned certificate renewal this morning, not an attack. Thank you for checking: reporting warnings like this is exactly right.',
    },
  },
  {
    title: 'USB stick found in the meeting room',
    description: 'An unlabelled USB stick was left on the table in meeting room 3. I have not plugged it in.',
    affected: 'Unknown',
    occurredHoursAgo: 1,
  },
];

/**
 * The demo organisation's incidents (A.5.24-5.28), reported by its people and handled through the
 * services, so the ledger, deadlines, duties and the trail apply: a phishing incident and a lost
 * laptop taken through containment, eradication and recovery to closure with lessons learned (the
 * laptop linked to the nonconformity it revealed), a confidential report being contained, an event
 * closed at triage, and a fresh report awaiting triage. Runs once.
 */
export async function loadDemoIncidents(deps: Deps): Promise<{ incidents: number }> {
  const resp = createResponsibilityServices(deps);
  const svc = createIncidentServices(deps, resp.assignments);
  const holders = async (roleKey: string): Promise<Person[]> =>
    (await resp.assignments.list(DEMO, { roleKey, kind: 'holder', limit: 200, history: false })).items
      .filter((a: TAssignment) => a.scope.type === 'isms')
      .map((a) => ({ id: a.person.id, email: a.person.email, fullName: a.person.fullName }));
  const [ismPerson] = await holders('isms_manager');
  const [adminPerson] = await holders('sysadmin');
  if (!ismPerson || !adminPerson) return { incidents: 0 };
  const ism = as(ismPerson);
  if ((await svc.incidents.list(ism, { limit: 1, sort: 'reported' })).items.length > 0) return { incidents: 0 };
  const handler = as(adminPerson);
  const reporters = (await holders('employee')).filter((p) => p.id !== ismPerson.id && p.id !== adminPerson.id);

  const assets = createAssetServices(deps, resp.assignments).inventory;
  const assetId = async (name: string) =>
    (await assets.list(DEMO, ZAssetListQuery.parse({ q: name, limit: 5 }))).items.find((a) => a.name === name)?.id;
  const risks = createRiskServices(deps, resp.assignments).risks;
  const riskId = async (title: string) =>
    (await risks.list(DEMO, ZRiskListQuery.parse({ q: title, limit: 5 }))).items[0]?.id;
  const ncs = createAuditServices(deps, resp.assignments).nonconformities;
  const ncId = async (title: string) => (await ncs.list(DEMO, ZNcListQuery.parse({ q: title, limit: 5 }))).items[0]?.id;

  let made = 0;
  for (const [i, story] of STORIES.entries()) {
    const reporter = reporters[(i * 7) % Math.max(reporters.length, 1)] ?? ismPerson;
    const asset = story.asset ? await assetId(story.asset) : undefined;
    const report = await svc.incidents.report(
      as(reporter),
      {
        title: story.title,
        description: story.description,
        affected: story.affected,
        occurredAt: hoursAgo(story.occurredHoursAgo),
        confidential: story.confidential ?? false,
        ...(asset ? { assetId: asset } : {}),
      },
      META,
    );
    made++;
    if (!story.triage) continue;
    let inc: TIncident = await svc.incidents.triage(
      ism,
      report.id,
      story.triage.classification === 'event'
        ? { classification: 'event', note: story.triage.note, outcome: story.triage.outcome, version: 1 }
        : {
            classification: 'incident',
            severity: story.triage.severity,
            category: story.triage.category,
            handlerPersonId: adminPerson.id,
            note: story.triage.note,
            outcome: '',
            version: 1,
          },
      META,
    );
    if (inc.status === 'closed') continue;
    for (const a of story.actions ?? [])
      inc = await svc.response.addTimelineEntry(handler, inc.id, { kind: a.kind, text: a.text }, META);
    for (const c of story.communications ?? [])
      inc = await svc.response.addCommunication(
        handler,
        inc.id,
        { ...c, reference: '', communicatedAt: new Date().toISOString() },
        META,
      );
    const risk = story.risk ? await riskId(story.risk) : undefined;
    if (risk) inc = await svc.response.addLink(handler, inc.id, { type: 'risk', id: risk }, META);
    const nc = story.nonconformity ? await ncId(story.nonconformity) : undefined;
    if (nc) inc = await svc.response.addLink(ism, inc.id, { type: 'nonconformity', id: nc }, META);
    for (const note of story.phases ?? [])
      if (inc.phase)
        inc = await svc.response.completePhase(handler, inc.id, { phase: inc.phase, note, version: inc.version }, META);
    if (story.close && inc.status === 'resolved')
      await svc.incidents.close(ism, inc.id, { ...story.close, version: inc.version }, META);
  }
  return { incidents: made };
}
