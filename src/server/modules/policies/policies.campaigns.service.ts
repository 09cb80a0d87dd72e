import type { z } from 'zod';
import type { ZCampaignPerson } from '../../../contracts/policies.js';
import { policiesForPerson } from './policies.mine.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import { accessOf, may, requireGrant } from './policies.access.js';
import * as acks from './policies.acks.repository.js';
import {
  loadAudience,
  personAudienceFacts,
  personInAudience,
  presentAudience,
  resolveAudience,
} from './policies.audience.js';
import { ackDueAt, overdueStartCutoff, scoreQuiz, wasPublished, type Quiz } from './policies.rules.js';
import { loadPolicy } from './policies.service.js';
import * as versions from './policies.versions.repository.js';

const rate = (done: number, of: number) => (of === 0 ? 0 : Math.round((done * 1000) / of) / 10);

/**
 * Acknowledgement campaigns: publishing a version asks its audience to read it; every person in
 * the audience (new joiners included) acknowledges the version in force for themselves, passing
 * its quiz when it has one. Progress per org unit and the list of who has not read it are read
 * from the acknowledgements, never stored.
 */
export function createPolicyCampaignService(deps: Deps) {
  const { db } = deps;

  /** A published version and its policy, for the campaign views (policy owner, ISM, TM, auditors). */
  async function campaignOf(actor: Actor, policyId: string, versionId: string) {
    const a = await accessOf(deps, actor);
    const p = await loadPolicy(db, policyId);
    requireGrant(a, 'policies.campaign.read', p, 'see the acknowledgements of');
    const v = await versions.findVersion(db, policyId, versionId);
    if (!v) throw new AppError('not_found', 'No such policy version');
    if (!wasPublished(v.status) || !v.published_at)
      throw new AppError(
        'conflict',
        `Version ${v.number} of ${p.reference} was never published, so nobody was asked to read it`,
      );
    const now = nowIso();
    const audience = await loadAudience(db, p);
    const resolved = await resolveAudience(db, audience, now);
    return { p, v, publishedAt: v.published_at, audience, resolved, now, today: now.slice(0, 10) };
  }

  function personRow(
    r: acks.CampaignPersonRow,
    publishedAt: string,
    withinDays: number,
    now: string,
  ): z.infer<typeof ZCampaignPerson> {
    const dueAt = ackDueAt(publishedAt, r.start_date, withinDays);
    return {
      person: { id: r.id, fullName: r.full_name, email: r.email, status: r.status },
      employeeId: r.employee_id,
      orgUnit: r.org_unit_id ? { id: r.org_unit_id, name: r.unit_name ?? 'Unknown unit' } : null,
      acknowledgedAt: r.acknowledged_at,
      quizScore: r.quiz_score,
      dueAt,
      overdue: r.acknowledged_at === null && dueAt < now,
    };
  }

  const forPerson = (personId: string, now: string) => policiesForPerson(db, personId, now);
  return {
    forPerson,

    async campaign(actor: Actor, policyId: string, versionId: string) {
      const c = await campaignOf(actor, policyId, versionId);
      const totals = await acks.campaignTotals(
        db,
        c.v.id,
        c.resolved,
        c.today,
        overdueStartCutoff(c.publishedAt, c.p.ack_within_days, c.now),
      );
      return {
        policyId: c.p.id,
        policyReference: c.p.reference,
        title: c.v.title,
        versionId: c.v.id,
        number: c.v.number,
        status: c.v.status,
        publishedAt: c.v.published_at,
        current: c.p.current_version_id === c.v.id && c.p.retired_at === null,
        audience: totals.audience,
        acknowledged: totals.acknowledged,
        overdue: totals.overdue,
        ratePercent: rate(totals.acknowledged, totals.audience),
        audienceDescription: (await presentAudience(db, c.audience)).description,
      };
    },

    /** Progress per org unit, by unit name (people without a unit last); keyset on (name, id). */
    async units(actor: Actor, policyId: string, versionId: string, q: { limit: number; cursor?: string }) {
      const c = await campaignOf(actor, policyId, versionId);
      const after = decodeCursor<{ k: string }>(q.cursor, { k: 'string' });
      const rows = (await acks.campaignUnits(db, c.v.id, c.resolved, c.today))
        .map((r) => ({ ...r, key: r.org_unit_id === null ? '\uffff' : `${r.name ?? ''}\u0000${r.org_unit_id}` }))
        .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
        .filter((r) => after === undefined || r.key > after.k);
      const page = rows.slice(0, q.limit);
      return {
        items: page.map((r) => ({
          orgUnit: r.org_unit_id ? { id: r.org_unit_id, name: r.name ?? 'Unknown unit' } : null,
          audience: r.audience,
          acknowledged: r.acknowledged,
          ratePercent: rate(r.acknowledged, r.audience),
        })),
        nextCursor: rows.length > q.limit ? encodeCursor({ k: page[page.length - 1]!.key }) : null,
      };
    },

    async people(
      actor: Actor,
      policyId: string,
      versionId: string,
      q: { limit: number; cursor?: string; state: 'pending' | 'acknowledged' | 'all'; orgUnitId?: string; q?: string },
    ) {
      const c = await campaignOf(actor, policyId, versionId);
      const after = decodeCursor<{ name: string; id: string }>(q.cursor, { name: 'string', id: 'string' });
      const rows = await acks.campaignPeople(db, c.v.id, c.resolved, c.today, q, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => personRow(r, c.publishedAt, c.p.ack_within_days, c.now)),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ name: last.full_name, id: last.id }) : null,
      };
    },

    /** Evidence per version: everyone in the audience, whether and when they acknowledged. */
    async exportEvidence(actor: Actor, policyId: string, versionId: string, format: TabularFormat) {
      const c = await campaignOf(actor, policyId, versionId);
      const all: z.infer<typeof ZCampaignPerson>[] = [];
      let after: { name: string; id: string } | undefined;
      for (;;) {
        const rows = await acks.campaignPeople(db, c.v.id, c.resolved, c.today, { state: 'all' }, after, 2000);
        for (const r of rows) all.push(personRow(r, c.publishedAt, c.p.ack_within_days, c.now));
        const last = rows[rows.length - 1];
        if (rows.length < 2000 || !last) break;
        after = { name: last.full_name, id: last.id };
      }
      type Row = (typeof all)[number];
      const columns: Column<Row>[] = [
        { header: 'Policy', value: () => c.p.reference },
        { header: 'Version', value: () => c.v.number },
        { header: 'Title', value: () => c.v.title, width: 30 },
        { header: 'Content SHA-256', value: () => c.v.content_sha256 ?? '', width: 20 },
        { header: 'Name', value: (r) => r.person.fullName, width: 26 },
        { header: 'Email', value: (r) => r.person.email, width: 30 },
        { header: 'Employee id', value: (r) => r.employeeId ?? '' },
        { header: 'Org unit', value: (r) => r.orgUnit?.name ?? '', width: 24 },
        { header: 'Status', value: (r) => (r.acknowledgedAt ? 'acknowledged' : r.overdue ? 'overdue' : 'pending') },
        { header: 'Acknowledged at', value: (r) => r.acknowledgedAt ?? '', width: 24 },
        { header: 'Quiz score %', value: (r) => r.quizScore ?? '' },
        { header: 'Due', value: (r) => r.dueAt, width: 24 },
      ];
      return {
        body: await renderTabular(format, `${c.p.reference} v${c.v.number}`, columns, all),
        fileName: downloadName(`${c.p.reference}-v${c.v.number}-acknowledgements`, format),
      };
    },

    async mine(actor: Actor) {
      await deps.authz.authorize(actor, 'policies.acknowledge');
      if (actor.kind !== 'account') return { toRead: [], acknowledged: [] };
      const now = nowIso();
      const items = await forPerson(actor.personId, now);
      return {
        toRead: items
          .filter((i) => i.acknowledgedAt === null)
          .sort((x, y) => (x.dueAt < y.dueAt ? -1 : x.dueAt > y.dueAt ? 1 : 0)),
        acknowledged: items
          .filter((i) => i.acknowledgedAt !== null)
          .sort((x, y) => x.reference.localeCompare(y.reference)),
      };
    },

    /** One person acknowledges the version in force, for themselves; a quiz, when set, must be passed. */
    async acknowledge(
      actor: Actor,
      policyId: string,
      versionId: string,
      answers: { questionId: string; option: number }[],
      meta: CallMeta,
    ) {
      const grant = await deps.authz.authorize(actor, 'policies.acknowledge');
      if (actor.kind !== 'account') throw new AppError('forbidden', 'Only a person acknowledges a policy');
      const now = nowIso();
      const p = await loadPolicy(db, policyId);
      if (p.retired_at) throw new AppError('conflict', `${p.reference} is retired`);
      if (p.current_version_id !== versionId)
        throw new AppError('conflict', `This is not the version of ${p.reference} in force; read the current one`);
      const v = await versions.findVersion(db, policyId, versionId);
      if (!v) throw new AppError('not_found', 'No such policy version');
      const facts = await personAudienceFacts(db, actor.personId, now);
      if (!personInAudience(await loadAudience(db, p), facts))
        throw new AppError('forbidden', `${p.reference} does not ask you to acknowledge it`);
      const quiz = fromJson<Quiz | null>(v.quiz, null);
      const scored = quiz ? scoreQuiz(quiz, answers) : null;
      if (quiz && scored && !scored.passed)
        return {
          acknowledged: false,
          acknowledgedAt: null,
          scorePercent: scored.scorePercent,
          passMark: quiz.passMark,
          wrongQuestionIds: scored.wrong,
        };
      const at = await db.transaction().execute(async (trx: Db) => {
        const existing = await acks.findAck(trx, versionId, actor.personId);
        if (existing) return existing.acknowledged_at;
        await acks.insertAck(trx, {
          version_id: versionId,
          person_id: actor.personId,
          acknowledged_at: now,
          quiz_score: scored?.scorePercent ?? null,
          account_id: actor.accountId,
        });
        await appendTrail(trx, {
          actor,
          grant,
          action: 'policy.acknowledged',
          objectType: 'policy_version',
          objectId: versionId,
          changes: {
            policyId,
            reference: p.reference,
            number: v.number,
            contentSha256: v.content_sha256,
            quizScore: scored?.scorePercent ?? null,
          },
          requestId: meta.requestId,
        });
        return now;
      });
      return {
        acknowledged: true,
        acknowledgedAt: at,
        scorePercent: scored?.scorePercent ?? null,
        passMark: quiz?.passMark ?? null,
        wrongQuestionIds: [],
      };
    },

    /** A person's acknowledgements: themselves, or anyone for those who may see campaigns. */
    async ofPerson(actor: Actor, personId: string, q: { limit: number; cursor?: string }) {
      const self = actor.kind === 'account' && actor.personId === personId;
      if (!self) {
        const a = await accessOf(deps, actor);
        if (!may(a, 'policies.campaign.read'))
          throw new AppError('forbidden', "You may not see other people's policy acknowledgements");
      }
      const after = decodeCursor<{ at: string; v: string }>(q.cursor, { at: 'string', v: 'string' });
      const rows = await acks.listPersonAcks(db, personId, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => ({
          policyId: r.policy_id,
          reference: r.reference,
          title: r.title,
          versionId: r.version_id,
          number: r.number,
          acknowledgedAt: r.acknowledged_at,
          quizScore: r.quiz_score,
        })),
        nextCursor:
          rows.length > q.limit && last ? encodeCursor({ at: last.acknowledged_at, v: last.version_id }) : null,
      };
    },
  };
}

export type PolicyCampaignService = ReturnType<typeof createPolicyCampaignService>;
