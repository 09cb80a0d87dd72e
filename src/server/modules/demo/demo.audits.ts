import type { TAuditResult, TAuditScopeRef } from '../../../contracts/audits.js';
import type { TAssignment } from '../../../contracts/responsibilities.js';
import { systemActor, type Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createAuditServices } from '../audits/audits.services.js';
import { createOrgUnitService } from '../people/people.org-units.service.js';
import { createPersonService } from '../people/people.persons.service.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';

const DEMO = systemActor('demo');
const META = {};
const DAY = 86_400_000;
const dayIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

type Person = { id: string; email: string; fullName: string };

/**
 * The demo acts in the name of its people (the ISM plans, the lead auditor records and signs off,
 * owners complete their actions): audits refuse anyone but a person, and authorization, SoD and
 * the trail then work exactly as for a signed-in user. Demo people have no accounts of their own,
 * so the trail names the person and `demo` as the account the change came through.
 */
const as = (p: Person): Actor => ({
  kind: 'account',
  accountId: 'demo',
  personId: p.id,
  email: p.email,
  isAdmin: false,
  via: 'session',
});

/** What the lead auditor records per checklist item, by clause or control code. */
const RESULTS: Record<string, { result: TAuditResult; notes: string }> = {
  '7.5.1': {
    result: 'conforming',
    notes:
      'The documented information the standard requires (scope, policies, risk assessment and treatment, Statement of Applicability) is kept in the ISMS tool, each with an owner and a version history.',
  },
  '7.5.2': {
    result: 'conforming',
    notes:
      'Sampled three policies: each identifies its owner, date and version, was reviewed before approval and approved by the role the policy names.',
  },
  '7.5.3': {
    result: 'observation',
    notes:
      'Documented information is controlled in the ISMS tool and access to drafts is restricted, but nowhere is it written how long superseded policy versions and access review records are kept. Not a nonconformity yet: define retention in the procedure for documented information.',
  },
  'A.5.15': {
    result: 'conforming',
    notes:
      'The access control policy is published, acknowledged by its audience and sets need-to-know, least privilege and approval by the asset owner. The access review under way routes every entitlement to the owner of its system.',
  },
  'A.5.18': {
    result: 'minor_nc',
    notes:
      'Sampled 12 of the 31 leavers of the last six months: for 2 of them the directory account was still enabled 3 and 5 weeks after their last day, and one of the two could still sign in to the CRM. The leaver checklist has no step for removing access; IT hears of leavers by e-mail when HR remembers to send one. A.5.18 and the access control policy require access rights to be removed on termination.',
  },
  'A.8.2': {
    result: 'improvement',
    notes:
      'Privileged accounts are reviewed quarterly as scheduled and every administrator account has a named holder. Opportunity for improvement: export the list from the identity provider instead of compiling it by hand, and replace standing admin rights with just-in-time elevation.',
  },
};

/** The org unit result, which names the unit. */
const unitResult = (name: string): { result: TAuditResult; notes: string } => ({
  result: 'conforming',
  notes: `In ${name} every ISMS role is assigned and acknowledged, access to the unit's systems is requested through the access request process and approved by their owners, and its people have acknowledged the policies that apply to them.`,
});

/** Business units the audit samples, in order of preference; the first off the lead auditor's own line is taken. */
const UNIT_CODES = ['SALES', 'OPS', 'FIN', 'MKT', 'HR'];

/**
 * The demo organisation's internal audit and corrective action (9.2, 10.2), made through the
 * services as the people who would make them, so the trail, the ledger and SoD all apply: the
 * ISM's three-year audit programme; a nonconformity from an incident carried through its whole
 * cycle to an effective verification; a completed audit of access management and documented
 * information by an independent lead auditor (chosen by the independence check, SOD-01) with a
 * minor nonconformity, an observation and an opportunity for improvement, signed off; the
 * nonconformity owned, corrected, its root cause found by five whys, one corrective action done
 * and one still open; and an audit of clauses 9 and 10 planned without a lead, so the ISM has an
 * audit to staff. Runs once: an organisation with an audit or a saved programme is left alone.
 */
export async function loadDemoAudits(deps: Deps): Promise<{ audits: number; nonconformities: number }> {
  const none = { audits: 0, nonconformities: 0 };
  const resp = createResponsibilityServices(deps);
  const svc = createAuditServices(deps, resp.assignments);
  if ((await svc.audits.list(DEMO, { limit: 1 })).items.length > 0) return none;
  if ((await svc.programme.get(DEMO)).version > 0) return none;

  const holders = async (roleKey: string): Promise<TAssignment[]> =>
    (await resp.assignments.list(DEMO, { roleKey, kind: 'holder', limit: 200, history: false })).items;
  const personOf = (a: TAssignment): Person => ({
    id: a.person.id,
    email: a.person.email,
    fullName: a.person.fullName,
  });
  const [ismRow] = (await holders('isms_manager')).filter((a) => a.scope.type === 'isms');
  if (!ismRow) return none;
  const ism = as(personOf(ismRow));
  const auditors = (await holders('internal_auditor')).filter((a) => a.scope.type === 'isms').map(personOf);
  const admins = (await holders('sysadmin')).filter((a) => a.scope.type === 'isms').map(personOf);
  const riskOwnerRows = await holders('risk_owner');
  const riskOwners = riskOwnerRows.map(personOf);
  // Whoever runs IT operations reconciles leavers with accounts; the first administrator otherwise.
  const itOps =
    riskOwnerRows.find((a) => /it operations/i.test(a.scope.label)) ??
    riskOwnerRows.find((a) => /security|\bit\b/i.test(a.scope.label));

  const year = Number(new Date().toISOString().slice(0, 4));
  await svc.programme.update(
    ism,
    {
      title: `Internal audit programme ${year}–${year + 2}`,
      cycleStart: `${year}-01-01`,
      cycleEnd: `${year + 2}-12-31`,
      clauseFrequencyMonths: 12,
      controlFrequencyMonths: 36,
      notes:
        'Every clause of 4-10 is audited each year and every applicable Annex A control at least once in the three-year certification cycle; access control and backup yearly, as the risk assessment rates their risks high.',
      version: 0,
    },
    META,
  );
  const controls = (await svc.audits.scopeOptions(DEMO, { type: 'control' })).items;
  const controlId = (code: string) => controls.find((c) => c.code === code)?.id;
  for (const code of ['A.5.15', 'A.5.18', 'A.8.13']) {
    const id = controlId(code);
    if (id) await svc.programme.setFrequency(ism, { itemType: 'control', itemId: id, frequencyMonths: 12 }, META);
  }
  let nonconformities = 0;

  // An older nonconformity from an incident, through its whole cycle: owner, correction, root
  // cause, an action done by its owner, verified effective by someone who did not implement it.
  const itOwner = admins[0] ?? riskOwners[0];
  const verifier = auditors[0];
  if (itOwner && verifier) {
    const endpoint = controlId('A.8.1');
    let nc = await svc.nonconformities.raise(
      ism,
      {
        title: 'Lost laptop had no disk encryption',
        description:
          'A sales laptop left on a train was found to have disk encryption switched off: it had been re-imaged by hand after a repair, outside the standard build.',
        severity: 'minor',
        source: 'incident',
        sourceNote: 'Lost laptop reported to the service desk',
        ...(endpoint ? { controlId: endpoint } : {}),
        ownerPersonId: itOwner.id,
      },
      META,
    );
    const owner = as(itOwner);
    nc = await svc.nonconformities.update(
      owner,
      nc.id,
      {
        correction: 'The laptop was wiped remotely when it next connected; the customer data on it was reviewed.',
        rootCauseMethod: 'five_whys',
        whys: [
          'Why was the disk not encrypted? The laptop had been re-imaged by hand after a repair.',
          'Why by hand? The repair shop returned it without the standard build, and the service desk rebuilt it.',
          'Why did the rebuild miss encryption? The manual rebuild checklist predates the encryption requirement.',
          'Why was the checklist not updated? Nobody owns the service desk procedures.',
          'Why did monitoring not catch it? Device compliance reports encryption status but nobody acts on it.',
        ],
        version: nc.version,
      },
      META,
    );
    nc = await svc.nonconformities.addAction(
      ism,
      nc.id,
      {
        title: 'Block non-compliant devices from company systems',
        description:
          'Conditional access refuses sign-in from devices the device management reports without encryption; the rebuild checklist is retired in favour of the automated build.',
        dueDate: dayIn(14),
        ownerPersonId: itOwner.id,
      },
      META,
    );
    const [action] = nc.correctiveActions;
    if (action)
      nc = await svc.nonconformities.completeAction(
        owner,
        nc.id,
        action.id,
        {
          note: 'Conditional access policy enforced for every device; 4 non-compliant devices were found and rebuilt.',
          version: action.version,
        },
        META,
      );
    if (nc.status === 'verification')
      await svc.nonconformities.verify(
        as(verifier),
        nc.id,
        {
          effective: true,
          note: 'Checked the device compliance report: every active laptop is encrypted, and a test device without encryption was refused at sign-in.',
          version: nc.version,
        },
        META,
      );
    nonconformities++;
  }

  // The completed audit: access management and documented information.
  const scope: TAuditScopeRef[] = [{ type: 'clause', id: '7.5' }];
  for (const code of ['A.5.15', 'A.5.18', 'A.8.2']) {
    const id = controlId(code);
    if (id) scope.push({ type: 'control', id });
  }
  // The business unit sampled is one the (first) internal auditor does not work in, above or below:
  // the ledger alone does not make a line manager dependent, but an auditor would notice.
  const units = (await createOrgUnitService(deps).tree(DEMO)).items;
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const lineOf = (id: string | null) => {
    const out: string[] = [];
    for (let cur = id; cur && !out.includes(cur); cur = parentOf.get(cur) ?? null) out.push(cur);
    return out;
  };
  const home = auditors[0] ? (await createPersonService(deps).get(DEMO, auditors[0].id)).orgUnitId : null;
  const unit = UNIT_CODES.map((code) => units.find((u) => u.code === code)).find(
    (u) => u !== undefined && !lineOf(home).includes(u.id) && !lineOf(u.id).includes(home ?? ''),
  );
  if (unit) scope.push({ type: 'org_unit', id: unit.id });
  let audit = await svc.audits.create(
    ism,
    {
      title: 'Access management and documented information',
      objective:
        'Determine whether access rights are granted, reviewed and removed as the access control policy requires, and whether documented information is controlled (7.5).',
      criteria: 'ISO/IEC 27001:2022 7.5, Annex A 5.15, 5.18 and 8.2; the access control policy',
      plannedStart: dayIn(-10),
      plannedEnd: dayIn(-3),
      scope,
    },
    META,
  );
  // The lead is whoever the independence check (SOD-01) finds free of the scope: the internal
  // auditors first, then anyone else in the ledger.
  const candidates = [...auditors, ...riskOwners, ...admins].filter(
    (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
  );
  let lead: Person | undefined;
  for (const c of candidates)
    if ((await svc.audits.independence(ism, audit.id, c.id)).independent) {
      lead = c;
      break;
    }
  if (lead) {
    audit = await svc.audits.addAuditor(ism, audit.id, { personId: lead.id, lead: true }, META);
    audit = await svc.audits.start(ism, audit.id, audit.version, META);
    const auditor = as(lead);
    const items = (await svc.checklist.list(auditor, audit.id, { limit: 200 })).items;
    let ncId: string | null = null;
    for (const item of items) {
      const plan = (item.type === 'org_unit' ? unitResult(item.title) : RESULTS[item.code]) ?? {
        result: 'conforming' as const,
        notes: 'Conforms; no findings.',
      };
      const recorded = await svc.checklist.record(auditor, audit.id, item.id, { ...plan, version: item.version }, META);
      if (recorded.nonconformity) ncId = recorded.nonconformity.id;
      if (item.code === 'A.5.18')
        await svc.checklist.addLink(
          auditor,
          audit.id,
          item.id,
          {
            title: 'Leaver sample: HR leavers against enabled directory accounts (working paper)',
            url: 'https://intranet.acme.example/isms/audits/access-management/leaver-sample',
          },
          META,
        );
    }
    audit = await svc.audits.get(auditor, audit.id);
    await svc.audits.signOff(
      auditor,
      audit.id,
      {
        conclusion:
          'Access management and documented information conform to ISO/IEC 27001:2022 and the access control policy, except that access is not reliably removed when people leave (one minor nonconformity, A.5.18). Retention of documented information should be defined (observation), and the privileged account review could be automated.',
        version: audit.version,
      },
      META,
    );

    // Its nonconformity: the ISM names an owner, who records the correction and the root cause;
    // the ISM plans two corrective actions, one already done by its owner.
    const ncOwner = itOwner;
    const doneBy = itOps ? personOf(itOps) : (admins[1] ?? ncOwner);
    if (ncId && ncOwner) {
      let nc = await svc.nonconformities.setOwner(ism, ncId, { personId: ncOwner.id }, META);
      nc = await svc.nonconformities.update(
        as(ncOwner),
        ncId,
        {
          title: 'Leavers keep their access after their last day',
          correction:
            'The two accounts were disabled and the CRM access removed the day the finding was raised; the other 29 leavers of the period were checked and had no access left.',
          rootCauseMethod: 'five_whys',
          whys: [
            'Why did leavers keep access? IT disabled accounts only when HR told them someone had left.',
            'Why did HR not tell them? The leaver checklist has no step for access, so it depends on memory.',
            'Why has the checklist no such step? It was written for payroll and equipment before IT systems multiplied.',
            'Why was that not noticed? Nobody compares the HR leavers with the accounts still enabled.',
            'Why is there no such comparison? Leavers are not fed from the HR system to the identity provider.',
          ],
          version: nc.version,
        },
        META,
      );
      const actions: { title: string; description: string; due: number; owner: Person | undefined }[] = [
        {
          title: 'Reconcile leavers with enabled accounts every month',
          description:
            'Compare the leavers of the month from the HR system with the accounts still enabled in the directory and the CRM, disable what is left, and keep the result as evidence; until the automatic feed runs.',
          due: 7,
          owner: doneBy,
        },
        {
          title: 'Disable accounts automatically from the HR leaver feed',
          description:
            'Connect the HR system to the identity provider so that an account is disabled at the end of the last working day, and report monthly on accounts of leavers still enabled.',
          due: 45,
          owner: ncOwner,
        },
      ];
      for (const a of actions)
        if (a.owner)
          nc = await svc.nonconformities.addAction(
            ism,
            ncId,
            { title: a.title, description: a.description, dueDate: dayIn(a.due), ownerPersonId: a.owner.id },
            META,
          );
      const first = nc.correctiveActions.find((c) => c.title === actions[0]!.title);
      const firstOwner = actions[0]!.owner;
      if (first && firstOwner)
        await svc.nonconformities.completeAction(
          as(firstOwner),
          ncId,
          first.id,
          {
            note: 'First reconciliation done over the last twelve months of leavers: no further enabled accounts. Repeated each month until the automatic feed runs.',
            version: first.version,
          },
          META,
        );
    }
    if (ncId) nonconformities++;
  }

  // The next audit: performance evaluation and improvement, planned, waiting for the ISM to staff it.
  await svc.audits.create(
    ism,
    {
      title: 'Performance evaluation and improvement',
      objective:
        'Determine whether monitoring, internal audit, management review and corrective action (clauses 9 and 10) are carried out and effective.',
      criteria: 'ISO/IEC 27001:2022 clauses 9 and 10',
      plannedStart: dayIn(60),
      plannedEnd: dayIn(64),
      scope: [
        { type: 'clause', id: '9' },
        { type: 'clause', id: '10' },
      ],
    },
    META,
  );
  return { audits: 2, nonconformities };
}
