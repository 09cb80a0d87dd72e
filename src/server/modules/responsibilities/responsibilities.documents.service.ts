import type { TDocumentQuery, TOrgChart, TOrgChartBadge, TOrgChartQuery } from '../../../contracts/documents.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Deps } from '../../core/deps.js';
import { downloadName } from '../../core/tabular.js';
import { fromJson, nowIso } from '../../db/json.js';
import type { OrgUnitRow, RoleRow } from '../../db/schema.js';
import { readSettings } from '../settings/settings.service.js';
import { EMPLOYEE_ROLE } from './data/role-catalogue.js';
import * as repo from './responsibilities.documents.repository.js';
import {
  renderResponsibilitiesDocument,
  renderRoleDocument,
  type AckState,
  type HolderLine,
  type RaciLine,
  type RoleSection,
} from './responsibilities.documents.pdf.js';
import { roleGrants } from './responsibilities.presenters.js';
import { asOfInstant } from './responsibilities.rules.js';
import { ISMS_SCOPE, type ScopeRegistry } from './responsibilities.scopes.js';

export type PdfFile = { body: Buffer; fileName: string };

/** Every unit below `rootId`, and itself (the tree may be deep; parent loops are ignored). */
export function unitAndDescendants(units: Pick<OrgUnitRow, 'id' | 'parent_id'>[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const list = children.get(u.parent_id) ?? [];
    list.push(u.id);
    children.set(u.parent_id, list);
  }
  const out = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()!) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        queue.push(c);
      }
    }
  }
  return [...out];
}

const OBJECT_SCOPE_NOUNS: Record<string, [string, string]> = {
  asset: ['asset', 'assets'],
  risk: ['risk', 'risks'],
  control: ['control', 'controls'],
  policy: ['policy', 'policies'],
  process: ['process', 'processes'],
};

/** "3 assets" for object scopes the chart counts rather than lists. */
function objectCount(scopeType: string, n: number, scopes: ScopeRegistry): string {
  const noun = OBJECT_SCOPE_NOUNS[scopeType];
  if (noun) return `${n} ${n === 1 ? noun[0] : noun[1]}`;
  const label = scopes.get(scopeType)?.label ?? scopeType.replace(/_/g, ' ');
  return `${n} × ${label.toLowerCase()}`;
}

/** What a role "applies to", per scope type: "Whole ISMS", "Org units", "Assets". */
function scopeTypeLabel(scopeType: string, scopes: ScopeRegistry): string {
  if (scopeType === ISMS_SCOPE) return 'Whole ISMS';
  const known = scopes.get(scopeType)?.label;
  if (known) return known;
  const noun = OBJECT_SCOPE_NOUNS[scopeType]?.[1] ?? scopeType.replace(/_/g, ' ');
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** Org units and the whole ISMS are named on a badge; other objects are counted per role. */
const isNamedScope = (scopeType: string) => scopeType === ISMS_SCOPE || scopeType === 'org_unit';

export function createDocumentsService(deps: Deps, scopes: ScopeRegistry) {
  const { db } = deps;

  async function badgesFor(personIds: string[], at: string): Promise<Map<string, TOrgChartBadge[]>> {
    const rows = await repo.assignmentsOfPeople(db, personIds, at, EMPLOYEE_ROLE);
    const label = await scopes.labelAll(
      db,
      rows.filter((r) => isNamedScope(r.scope_type)),
    );
    const grouped = new Map<string, TOrgChartBadge & { position: number }>();
    for (const r of rows) {
      const named = isNamedScope(r.scope_type);
      const key = [r.person_id, r.role_key, r.kind, r.scope_type, named ? (r.scope_id ?? '*') : '#'].join('|');
      const seen = grouped.get(key);
      if (seen) {
        seen.count += 1;
        continue;
      }
      grouped.set(key, {
        roleKey: r.role_key,
        roleName: r.role_name,
        kind: r.kind,
        scopeType: r.scope_type,
        scopeId: named ? r.scope_id : null,
        scopeLabel: named ? label(r) : '',
        count: 1,
        position: r.role_position,
      });
    }
    const byPerson = new Map<string, (TOrgChartBadge & { position: number })[]>();
    for (const [key, b] of grouped) {
      if (!isNamedScope(b.scopeType)) b.scopeLabel = objectCount(b.scopeType, b.count, scopes);
      const personId = key.slice(0, key.indexOf('|'));
      const list = byPerson.get(personId) ?? [];
      list.push(b);
      byPerson.set(personId, list);
    }
    const out = new Map<string, TOrgChartBadge[]>();
    for (const [personId, list] of byPerson) {
      list.sort(
        (a, b) =>
          a.position - b.position ||
          a.roleName.localeCompare(b.roleName) ||
          (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1) ||
          a.scopeLabel.localeCompare(b.scopeLabel),
      );
      out.set(
        personId,
        list.map(({ position: _position, ...badge }) => badge),
      );
    }
    return out;
  }

  /** Role sections for the documents: texts, holders and deputies, acknowledgement, RACI lines. */
  async function roleSections(roles: RoleRow[], at: string): Promise<RoleSection[]> {
    const keys = roles.map((r) => r.key);
    const listed = keys.filter((k) => k !== EMPLOYEE_ROLE);
    const [rows, processes, cells] = await Promise.all([
      repo.assignmentsOfRoles(db, listed, at),
      repo.raciProcesses(db),
      keys.length === 1 ? repo.raciCells(db, keys[0]) : repo.raciCells(db),
    ]);
    const [history, label] = await Promise.all([
      repo.acknowledgedVersions(
        db,
        rows.map((r) => r.id),
        at,
      ),
      // Objects of kinds no module has registered yet have no names to look up.
      scopes.labelAll(
        db,
        rows.filter((r) => isNamedScope(r.scope_type) || scopes.get(r.scope_type) !== undefined),
      ),
    ]);
    const scopeOf = (r: repo.HolderRow) =>
      isNamedScope(r.scope_type) || scopes.get(r.scope_type) !== undefined
        ? label(r)
        : `${objectCount(r.scope_type, 1, scopes).replace(/^1 /, '')} ${(r.scope_id ?? '').slice(0, 8)}`;
    const processById = new Map(processes.map((p) => [p.id, p]));
    const textVersion = new Map(roles.map((r) => [r.key, r.text_version]));

    const lines = new Map<string, HolderLine[]>();
    const groups = new Map<
      string,
      { line: HolderLine; scopeType: string; acked: number; total: number; labels: string[] }
    >();
    for (const r of rows) {
      const own = r.acknowledged_at !== null && r.acknowledged_at <= at ? r.acknowledged_version : null;
      const past = history.get(r.id);
      const version = Math.max(own ?? 0, past?.version ?? 0);
      const ackAt = version === 0 ? null : own === version ? r.acknowledged_at : (past?.at ?? null);
      const current = textVersion.get(r.role_key) ?? 1;
      const state: AckState = version === 0 ? 'pending' : version >= current ? 'acknowledged' : 'outdated';
      const named = isNamedScope(r.scope_type);
      const key = [r.role_key, r.person_id, r.kind, r.scope_type, named ? r.id : '#'].join('|');
      const g = groups.get(key);
      if (g) {
        g.total += 1;
        g.acked += state === 'acknowledged' ? 1 : 0;
        g.labels.push(scopeOf(r));
        if (r.valid_from < g.line.since) g.line.since = r.valid_from;
        continue;
      }
      const line: HolderLine = {
        personName: r.full_name,
        jobTitle: r.job_title,
        leaver: r.person_status === 'leaver',
        kind: r.kind,
        scope: scopeOf(r),
        since: r.valid_from,
        ack: { state, at: ackAt, version: version === 0 ? null : version, current },
      };
      groups.set(key, {
        line,
        scopeType: r.scope_type,
        acked: state === 'acknowledged' ? 1 : 0,
        total: 1,
        labels: [scopeOf(r)],
      });
      const list = lines.get(r.role_key) ?? [];
      list.push(line);
      lines.set(r.role_key, list);
    }
    // Object scopes are grouped per person: "3 assets: A, B, C" with a combined acknowledgement.
    for (const g of groups.values()) {
      if (g.total === 1) continue;
      const count = objectCount(g.scopeType, g.total, scopes);
      if (scopes.get(g.scopeType) === undefined) {
        g.line.scope = count;
      } else {
        const shown = g.labels.sort((a, b) => a.localeCompare(b)).slice(0, 5);
        const more = g.total - shown.length;
        g.line.scope = `${count}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
      }
      g.line.ack = {
        ...g.line.ack,
        state: g.acked === g.total ? 'acknowledged' : g.acked === 0 ? g.line.ack.state : 'partial',
        partial: { acknowledged: g.acked, of: g.total },
      };
    }

    const raciByRole = new Map<string, RaciLine[]>();
    for (const c of cells) {
      const p = processById.get(c.process_id);
      if (!p) continue;
      const list = raciByRole.get(c.role_key) ?? [];
      list.push({
        processId: p.id,
        process: p.name,
        position: p.position,
        isoRefs: fromJson<string[]>(p.iso_refs, []),
        value: c.value,
      });
      raciByRole.set(c.role_key, list);
    }

    const sections: RoleSection[] = [];
    for (const role of roles) {
      const everyone =
        role.key === EMPLOYEE_ROLE ? await repo.acknowledgementCounts(db, role.key, role.text_version, at) : null;
      sections.push({
        key: role.key,
        name: role.name,
        summary: role.summary,
        responsibilities: fromJson<{ id: string; text: string }[]>(role.responsibilities, []).map((r) => r.text),
        decisions: fromJson<string[]>(role.authorities, []),
        rights: roleGrants(role).map((g) => g.describe),
        scopeTypes: fromJson<string[]>(role.scope_types, []).map((t) => scopeTypeLabel(t, scopes)),
        exclusive: role.exclusive === 1,
        textVersion: role.text_version,
        textUpdatedAt: role.updated_at,
        retiredAt: role.retired_at,
        // Holders before deputies, then by name.
        holders: (lines.get(role.key) ?? []).sort(
          (a, b) =>
            (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1) ||
            a.personName.localeCompare(b.personName) ||
            a.scope.localeCompare(b.scope),
        ),
        everyone,
        raci: (raciByRole.get(role.key) ?? []).sort((a, b) => a.position - b.position),
      });
    }
    return sections;
  }

  return {
    /** The reporting tree of the selection, bounded: deeper branches come collapsed with counts. */
    async orgChart(actor: Actor, q: TOrgChartQuery): Promise<TOrgChart> {
      await deps.authz.authorize(actor, 'people.read');
      const at = asOfInstant(q.asOf, nowIso());
      const selection: repo.PeopleSelection = { day: q.asOf === undefined ? undefined : at.slice(0, 10) };
      let orgUnit: TOrgChart['orgUnit'] = null;
      const units = await repo.listOrgUnits(db);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      if (q.orgUnitId !== undefined) {
        const name = unitName.get(q.orgUnitId);
        if (name === undefined) throw new AppError('not_found', 'No such org unit');
        orgUnit = { id: q.orgUnitId, name };
        selection.unitIds = unitAndDescendants(units, q.orgUnitId);
      }

      let roots: repo.ChartPersonRow[];
      let rootCount: number;
      if (q.rootPersonId !== undefined) {
        const person = await repo.findChartPerson(db, selection, q.rootPersonId);
        if (!person) throw new AppError('not_found', 'That person is not on this chart');
        roots = [person];
        rootCount = 1;
      } else {
        roots = await repo.chartRoots(db, selection, q.limit + 1);
        rootCount = roots.length > q.limit ? await repo.countChartRoots(db, selection) : roots.length;
        roots = roots.slice(0, q.limit);
      }

      type Node = repo.ChartPersonRow & { parent: string | null; childCount: number; childrenShown: number };
      const nodes = new Map<string, Node>();
      for (const r of roots) nodes.set(r.id, { ...r, parent: null, childCount: 0, childrenShown: 0 });
      let truncated = rootCount > roots.length;
      let frontier = roots.map((r) => r.id);
      let counts = await repo.reportCounts(db, selection, frontier);
      for (const id of frontier) nodes.get(id)!.childCount = counts.get(id) ?? 0;

      for (let level = 2; level <= q.depth && frontier.length > 0; level++) {
        const chosen: string[] = [];
        let budget = q.limit - nodes.size;
        let partial: string | null = null;
        for (const id of frontier) {
          const n = counts.get(id) ?? 0;
          if (n === 0) continue;
          if (n <= budget) {
            chosen.push(id);
            budget -= n;
          } else if (level === 2 && q.rootPersonId !== undefined && budget > 0) {
            // Expanding one person: show as many of their reports as the limit allows.
            partial = id;
            truncated = true;
          } else {
            truncated = true;
          }
        }
        const fetched = [
          ...(chosen.length > 0 ? await repo.reportsOf(db, selection, chosen, q.limit - nodes.size) : []),
          ...(partial !== null ? await repo.reportsOf(db, selection, [partial], budget) : []),
        ];
        const next: string[] = [];
        for (const c of fetched) {
          // A reporting loop in the data must not loop the chart.
          if (nodes.has(c.id) || c.manager_id === null || nodes.size >= q.limit) continue;
          nodes.set(c.id, { ...c, parent: c.manager_id, childCount: 0, childrenShown: 0 });
          nodes.get(c.manager_id)!.childrenShown += 1;
          next.push(c.id);
        }
        frontier = next;
        counts = await repo.reportCounts(db, selection, frontier);
        for (const id of frontier) nodes.get(id)!.childCount = counts.get(id) ?? 0;
      }

      const badges = await badgesFor([...nodes.keys()], at);
      return {
        asOf: at,
        orgUnit,
        rootIds: roots.map((r) => r.id),
        rootCount,
        truncated,
        nodes: [...nodes.values()].map((n) => ({
          id: n.id,
          fullName: n.full_name,
          jobTitle: n.job_title,
          orgUnit:
            n.org_unit_id !== null && unitName.has(n.org_unit_id)
              ? { id: n.org_unit_id, name: unitName.get(n.org_unit_id)! }
              : null,
          managerId: n.parent,
          childCount: n.childCount,
          childrenShown: n.childrenShown,
          badges: badges.get(n.id) ?? [],
        })),
      };
    },

    /** One role as a job description, with who holds it and where it sits in the RACI matrix. */
    async roleDocument(actor: Actor, key: string, q: TDocumentQuery): Promise<PdfFile> {
      await deps.authz.authorize(actor, 'roles.read');
      const role = await repo.findRole(db, key);
      if (!role) throw new AppError('not_found', `No role ${key}`);
      const now = nowIso();
      const at = asOfInstant(q.asOf, now);
      const [settings, [section]] = await Promise.all([readSettings(db), roleSections([role], at)]);
      const body = await renderRoleDocument({
        organisation: settings.organisationName,
        printedAt: now,
        asOf: q.asOf === undefined ? null : at,
        role: section!,
      });
      return { body, fileName: downloadName(`role-${role.key}`, 'pdf') };
    },

    /** The clause 5.3 evidence: every role, its holders and acknowledgements, the RACI, vacancies. */
    async responsibilitiesDocument(actor: Actor, q: TDocumentQuery): Promise<PdfFile> {
      await deps.authz.authorize(actor, 'coverage.read');
      const now = nowIso();
      const at = asOfInstant(q.asOf, now);
      const roles = await repo.rolesAt(db, at);
      const [settings, sections, processes, cells] = await Promise.all([
        readSettings(db),
        roleSections(roles, at),
        repo.raciProcesses(db),
        repo.raciCells(db),
      ]);
      const body = await renderResponsibilitiesDocument({
        organisation: settings.organisationName,
        printedAt: now,
        asOf: at,
        roles: sections,
        raci: {
          processes: processes.map((p) => ({ id: p.id, name: p.name, isoRefs: fromJson<string[]>(p.iso_refs, []) })),
          cells: cells.map((c) => ({ processId: c.process_id, roleKey: c.role_key, value: c.value })),
        },
      });
      return { body, fileName: downloadName('roles-and-responsibilities', 'pdf') };
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
