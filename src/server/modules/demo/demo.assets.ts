import type { DemoSize } from '../../../../bench/generator/people.js';
import { createRandom } from '../../../../bench/generator/random.js';
import type { TAssetType } from '../../../contracts/assets.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createAssetServices } from '../assets/assets.services.js';
import { createOrgUnitService } from '../people/people.org-units.service.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { createRiskServices } from '../risks/risks.services.js';

const DEMO = systemActor('demo');
/** How many copies of the catalogue each size gets (sites, systems and data of more business lines). */
const FALLBACK: Record<string, string> = { FIN: 'OPS', HR: 'OPS', LEGAL: 'OPS', MKT: 'SALES' };
const COPIES: Record<DemoSize, number> = { small: 1, medium: 3, enterprise: 8 };

type Template = {
  key: string;
  name: string;
  type: TAssetType;
  unit: string | null;
  cia: [number, number, number];
  label: 'public' | 'internal' | 'confidential' | 'restricted';
  parent?: string;
  location?: string;
  controls: string[];
  /** Words of demo risk titles this asset is exposed to. */
  risks?: string[];
  /** Owned by a person for the asset itself (a deputy of the unit), not inherited from the unit. */
  ownDirectly?: boolean;
  custodian?: boolean;
  status?: 'planned' | 'in_use' | 'retired' | 'disposed';
};

/** An inventory like the demo organisation's: where it works, what it runs, what it holds, whom it relies on. */
const TEMPLATES: Template[] = [
  {
    key: 'hq',
    name: 'Head office',
    type: 'site',
    unit: 'OPS',
    cia: [2, 2, 3],
    label: 'internal',
    location: 'Main street 1',
    controls: ['7.1', '7.2'],
    risks: ['flood'],
  },
  {
    key: 'dc',
    name: 'Co-location data centre',
    type: 'site',
    unit: 'IT',
    cia: [3, 3, 4],
    label: 'confidential',
    location: 'Ring road 40',
    controls: ['7.1', '7.5', '7.11'],
  },
  {
    key: 'netroom',
    name: 'Network room',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 3, 4],
    label: 'confidential',
    parent: 'hq',
    location: 'Head office, basement',
    controls: ['7.8', '8.20'],
    risks: ['flood'],
    custodian: true,
  },
  {
    key: 'fw',
    name: 'Perimeter firewall pair',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 4, 4],
    label: 'confidential',
    parent: 'dc',
    controls: ['8.20', '8.22'],
    custodian: true,
  },
  {
    key: 'hv1',
    name: 'Hypervisor cluster',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 3, 4],
    label: 'confidential',
    parent: 'dc',
    controls: ['7.8', '8.14'],
    custodian: true,
  },
  {
    key: 'laptops',
    name: 'Staff laptops',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 2, 2],
    label: 'confidential',
    controls: ['8.1', '7.9'],
    risks: ['Laptop'],
    custodian: true,
  },
  {
    key: 'phones',
    name: 'Company mobile phones',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 2, 2],
    label: 'internal',
    controls: ['8.1', '6.7'],
    custodian: true,
  },
  {
    key: 'oldnas',
    name: 'Old backup NAS',
    type: 'hardware',
    unit: 'IT',
    cia: [3, 3, 1],
    label: 'confidential',
    parent: 'dc',
    controls: ['7.14'],
    status: 'disposed',
  },
  {
    key: 'filesrv',
    name: 'File server',
    type: 'system',
    unit: 'IT',
    cia: [3, 3, 3],
    label: 'confidential',
    parent: 'hv1',
    controls: ['8.13', '8.8'],
    risks: ['Ransomware'],
    custodian: true,
  },
  {
    key: 'dbsrv',
    name: 'Database server',
    type: 'system',
    unit: 'ENG',
    cia: [4, 4, 4],
    label: 'restricted',
    parent: 'hv1',
    controls: ['8.13', '8.8', '8.15'],
    custodian: true,
  },
  {
    key: 'websrv',
    name: 'Web server cluster',
    type: 'system',
    unit: 'ENG',
    cia: [2, 4, 4],
    label: 'internal',
    parent: 'hv1',
    controls: ['8.8', '8.9'],
    risks: ['checkout'],
    custodian: true,
  },
  {
    key: 'idp',
    name: 'Identity provider',
    type: 'system',
    unit: 'IT',
    cia: [4, 4, 4],
    label: 'restricted',
    controls: ['5.15', '5.17', '8.5'],
    risks: ['Phishing', 'Leaver'],
    custodian: true,
  },
  {
    key: 'mailsys',
    name: 'E-mail platform',
    type: 'system',
    unit: 'IT',
    cia: [3, 3, 3],
    label: 'confidential',
    controls: ['8.23', '5.14'],
    risks: ['Phishing'],
    custodian: true,
  },
  {
    key: 'backup',
    name: 'Backup system',
    type: 'system',
    unit: 'IT',
    cia: [4, 4, 3],
    label: 'restricted',
    parent: 'dc',
    controls: ['8.13'],
    risks: ['Ransomware'],
    custodian: true,
  },
  {
    key: 'ci',
    name: 'Build and deployment pipeline',
    type: 'system',
    unit: 'ENG',
    cia: [3, 4, 3],
    label: 'confidential',
    parent: 'hv1',
    controls: ['8.25', '8.32'],
    risks: ['checkout'],
    custodian: true,
  },
  {
    key: 'erp',
    name: 'ERP',
    type: 'application',
    unit: 'FIN',
    cia: [3, 4, 3],
    label: 'confidential',
    parent: 'dbsrv',
    controls: ['8.2', '8.3'],
    risks: ['bank details'],
    custodian: true,
  },
  {
    key: 'crm',
    name: 'CRM',
    type: 'application',
    unit: 'SALES',
    cia: [3, 3, 3],
    label: 'confidential',
    controls: ['5.23', '8.3'],
    custodian: true,
    ownDirectly: true,
  },
  {
    key: 'hris',
    name: 'HR information system',
    type: 'application',
    unit: 'HR',
    cia: [4, 3, 2],
    label: 'restricted',
    controls: ['5.34', '8.3'],
    risks: ['Leaver', 'Personal data'],
    custodian: true,
  },
  {
    key: 'shop',
    name: 'Web shop',
    type: 'application',
    unit: 'ENG',
    cia: [3, 4, 4],
    label: 'confidential',
    parent: 'websrv',
    controls: ['8.26', '8.28'],
    risks: ['checkout'],
    custodian: true,
  },
  {
    key: 'intranet',
    name: 'Intranet',
    type: 'application',
    unit: 'MKT',
    cia: [2, 2, 2],
    label: 'internal',
    parent: 'websrv',
    controls: ['8.3'],
  },
  {
    key: 'newdms',
    name: 'Document management system',
    type: 'application',
    unit: 'LEGAL',
    cia: [3, 3, 2],
    label: 'confidential',
    controls: ['5.33'],
    status: 'planned',
  },
  {
    key: 'payroll',
    name: 'Payroll service',
    type: 'service',
    unit: 'FIN',
    cia: [4, 4, 3],
    label: 'restricted',
    parent: 'erp',
    controls: ['5.34', '8.11'],
    risks: ['bank details'],
  },
  {
    key: 'ordering',
    name: 'Online ordering',
    type: 'service',
    unit: 'SALES',
    cia: [3, 4, 4],
    label: 'confidential',
    parent: 'shop',
    controls: ['5.30', '8.14'],
    risks: ['checkout', 'Supplier outage'],
  },
  {
    key: 'support',
    name: 'Customer support desk',
    type: 'service',
    unit: 'OPS',
    cia: [3, 3, 3],
    label: 'confidential',
    parent: 'crm',
    controls: ['5.24'],
  },
  {
    key: 'itsvc',
    name: 'Workplace IT service',
    type: 'service',
    unit: 'IT',
    cia: [2, 3, 3],
    label: 'internal',
    parent: 'idp',
    controls: ['5.37'],
    risks: ['Key person'],
  },
  {
    key: 'custdata',
    name: 'Customer records',
    type: 'information',
    unit: 'SALES',
    cia: [4, 3, 2],
    label: 'restricted',
    parent: 'crm',
    controls: ['5.12', '5.13', '5.34'],
    risks: ['Personal data', 'Laptop'],
    ownDirectly: true,
  },
  {
    key: 'staffdata',
    name: 'Employee files',
    type: 'information',
    unit: 'HR',
    cia: [4, 3, 2],
    label: 'restricted',
    parent: 'hris',
    controls: ['5.12', '5.34'],
    risks: ['Personal data'],
    ownDirectly: true,
  },
  {
    key: 'ledger',
    name: 'General ledger',
    type: 'information',
    unit: 'FIN',
    cia: [3, 4, 3],
    label: 'confidential',
    parent: 'erp',
    controls: ['5.12', '5.33'],
  },
  {
    key: 'contracts',
    name: 'Contracts archive',
    type: 'information',
    unit: 'LEGAL',
    cia: [3, 3, 2],
    label: 'confidential',
    controls: ['5.12', '5.33'],
  },
  {
    key: 'source',
    name: 'Source code',
    type: 'information',
    unit: 'ENG',
    cia: [3, 4, 3],
    label: 'confidential',
    parent: 'ci',
    controls: ['8.4', '5.12'],
  },
  {
    key: 'brand',
    name: 'Brand and marketing material',
    type: 'information',
    unit: 'MKT',
    cia: [1, 2, 2],
    label: 'public',
    controls: ['5.12'],
  },
  {
    key: 'cloud',
    name: 'Cloud hosting provider',
    type: 'supplier',
    unit: null,
    cia: [3, 3, 4],
    label: 'confidential',
    controls: ['5.19', '5.22', '5.23'],
    risks: ['Supplier outage'],
  },
  {
    key: 'payprov',
    name: 'Payroll bureau',
    type: 'supplier',
    unit: 'FIN',
    cia: [4, 3, 3],
    label: 'restricted',
    controls: ['5.19', '5.20'],
  },
  {
    key: 'isp',
    name: 'Internet service provider',
    type: 'supplier',
    unit: null,
    cia: [2, 3, 4],
    label: 'internal',
    controls: ['5.19', '8.21'],
  },
];

/**
 * An asset inventory for the demo organisation: every type of asset, what runs on what, most of
 * it owned through each department's Asset Owner (the department's risk owner) and some directly by
 * a deputy, system administrators as custodians of the technical assets, a few suppliers nobody
 * owns yet (for coverage), and links to the demo risks and Annex A controls. Runs once.
 */
export async function loadDemoAssets(deps: Deps, size: DemoSize, seed: number): Promise<{ assets: number }> {
  const resp = createResponsibilityServices(deps);
  const svc = createAssetServices(deps, resp.assignments);
  if ((await svc.inventory.list(DEMO, { limit: 1, sort: 'reference', dir: 'asc' })).total > 0) return { assets: 0 };
  const rnd = createRandom(seed + 104_729);
  const units = new Map((await createOrgUnitService(deps).tree(DEMO)).items.map((u) => [u.code, u.id]));
  // Assets belong to a department (where the owners are); a small organisation lacks some
  // divisions, whose assets go to a neighbour.
  const codes = [...units.keys()].sort();
  const unitFor = (division: string): string | null => {
    for (const d of [division, FALLBACK[division]].filter((x): x is string => !!x)) {
      const dept = codes.find((c) => c.startsWith(`${d}-`)) ?? (units.has(d) ? d : undefined);
      if (dept) return units.get(dept) ?? null;
    }
    return null;
  };
  const holders = async (roleKey: string, kind: 'holder' | 'deputy') =>
    (await resp.assignments.list(DEMO, { roleKey, kind, limit: 200, history: false })).items;
  const riskOwners = (await holders('risk_owner', 'holder')).filter((a) => a.scope.type === 'org_unit');
  const deputies = (await holders('risk_owner', 'deputy')).filter((a) => a.scope.type === 'org_unit');
  const admins = (await holders('sysadmin', 'holder')).filter((a) => a.scope.type === 'isms');
  const risks = (await createRiskServices(deps, resp.assignments).risks.list(DEMO, { limit: 200, sort: 'reference' }))
    .items;

  // Each department's risk owner also owns its assets (a common choice: the head of the unit).
  await deps.db.transaction().execute(async (trx) => {
    for (const o of riskOwners)
      await resp.assignments.open(
        trx,
        {
          personId: o.person.id,
          roleKey: 'asset_owner',
          scopeType: 'org_unit',
          scopeId: o.scope.id,
          kind: 'holder',
          reason: `Owns the assets of ${o.scope.label}`,
          replaceCurrent: false,
        },
        { actor: DEMO, grant: { kind: 'system', label: 'demo' } },
      );
  });

  let created = 0;
  for (let copy = 0; copy < COPIES[size]; copy++) {
    const ids = new Map<string, string>();
    const suffix = copy === 0 ? '' : ` ${copy + 1}`;
    for (const tpl of TEMPLATES) {
      const unitId = tpl.unit ? unitFor(tpl.unit) : null;
      const deputy = unitId ? deputies.find((d) => d.scope.id === unitId) : undefined;
      const admin = tpl.custodian && admins.length > 0 ? admins[Math.floor(rnd.next() * admins.length)] : undefined;
      const asset = await svc.inventory.create(
        DEMO,
        {
          name: `${tpl.name}${suffix}`,
          description: '',
          type: tpl.type,
          status: tpl.status ?? 'in_use',
          orgUnitId: unitId,
          parentId: tpl.parent ? (ids.get(tpl.parent) ?? null) : null,
          confidentiality: tpl.cia[0],
          integrity: tpl.cia[1],
          availability: tpl.cia[2],
          label: tpl.label,
          location: tpl.location ?? '',
          externalId: `CMDB-${String(copy + 1).padStart(2, '0')}-${tpl.key}`,
          ownerPersonId: tpl.ownDirectly && deputy ? deputy.person.id : null,
          custodianPersonId: admin?.person.id ?? null,
        },
        {},
      );
      ids.set(tpl.key, asset.id);
      created++;
      const riskIds = risks
        .filter((r) => tpl.risks?.some((w) => r.title.toLowerCase().includes(w.toLowerCase())))
        .slice(0, 5)
        .map((r) => r.id);
      await svc.inventory.setLinks(DEMO, asset.id, { version: asset.version, riskIds, controlIds: tpl.controls }, {});
    }
  }
  return { assets: created };
}
