import type { z } from 'zod';
import type { ZMyPolicy } from '../../../contracts/policies.js';
import type { Db } from '../../db/database.js';
import * as acks from './policies.acks.repository.js';
import { audienceFrom, personAudienceFacts, personInAudience } from './policies.audience.js';
import * as repo from './policies.repository.js';
import { ackDueAt } from './policies.rules.js';
import * as versions from './policies.versions.repository.js';

export type MyPolicy = z.infer<typeof ZMyPolicy>;

/**
 * The versions in force whose audience includes the person now, with whether they acknowledged
 * them. Policies are in the hundreds, so audiences are matched in memory against the person's
 * unit line and roles; acknowledgements come from the person's index.
 */
export async function policiesForPerson(db: Db, personId: string, now: string): Promise<MyPolicy[]> {
  const facts = await personAudienceFacts(db, personId, now);
  if (!facts) return [];
  const policies = (await repo.activePolicies(db)).filter((p) => p.current_version_id !== null);
  const audiences = await repo.audienceOf(
    db,
    policies.map((p) => p.id),
  );
  const mine = policies.filter((p) => personInAudience(audienceFrom(p, audiences), facts));
  const [current, acked] = await Promise.all([
    versions.versionsByIds(
      db,
      mine.map((p) => p.current_version_id!),
    ),
    acks.acksOfPersonForPolicies(
      db,
      personId,
      mine.map((p) => p.id),
    ),
  ]);
  const versionOf = new Map(current.map((v) => [v.id, v]));
  return mine.flatMap((p) => {
    const v = versionOf.get(p.current_version_id!);
    if (!v?.published_at) return [];
    const mineAcks = acked.filter((k) => k.policy_id === p.id);
    const ack = mineAcks.find((k) => k.version_id === v.id) ?? null;
    const earlier = mineAcks.filter((k) => k.number < v.number).sort((x, y) => y.number - x.number)[0];
    const dueAt = ackDueAt(v.published_at, facts.startDate, p.ack_within_days);
    return [
      {
        policyId: p.id,
        reference: p.reference,
        kind: p.kind,
        title: v.title,
        summary: p.summary,
        versionId: v.id,
        number: v.number,
        publishedAt: v.published_at,
        dueAt,
        overdue: ack === null && dueAt < now,
        acknowledgedAt: ack?.acknowledged_at ?? null,
        hasQuiz: v.quiz !== null,
        changeSummary: v.change_summary,
        previouslyAcknowledged: ack === null && earlier ? earlier.number : null,
      },
    ];
  });
}
