import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import type { TJob } from '../../../contracts/inbox-mail.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Authorizer } from '../../core/authorize.js';
import type { Db, DialectName } from '../../db/database.js';
import { nowIso, toJson } from '../../db/json.js';
import * as repo from './inbox.jobs.repository.js';
import { backoffMs, describeFailure } from './inbox.jobs.rules.js';

/** Runs one job. Throw to fail the attempt (it is retried with backoff); throw JobSkipped to end it unrun. */
export type JobHandler = (payload: unknown, ctx: { jobId: string; attempt: number }) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** A handler throws this when the job cannot apply here (mail disabled): recorded as skipped, not retried. */
export class JobSkipped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'JobSkipped';
  }
}

export type EnqueueJobInput = {
  type: string;
  payload: unknown;
  /** ISO instant; now when absent. */
  runAt?: string;
  /** A second enqueue with the same key does nothing (recurring jobs use one key per period). */
  dedupeKey?: string;
  maxAttempts?: number;
};

export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Queues a job. Call it inside the transaction of the change the job follows from, so the job
 * exists exactly when the change does. Returns the new id, or null when the dedupe key was taken.
 */
export async function enqueueJob(trx: Db, input: EnqueueJobInput): Promise<string | null> {
  const at = nowIso();
  return repo.insertJob(trx, {
    id: uuidv7(),
    type: input.type,
    payload: toJson(input.payload),
    status: 'queued',
    run_at: input.runAt ?? at,
    attempts: 0,
    max_attempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    lease_owner: null,
    lease_until: null,
    last_error: null,
    dedupe_key: input.dedupeKey ?? null,
    created_at: at,
    updated_at: at,
    finished_at: null,
  });
}

export type JobRunnerOptions = {
  /** Names this worker in lease_owner; unique per process. */
  owner: string;
  /** How long a claim holds; the runner renews it while a handler runs. */
  leaseSeconds: number;
  pollMs: number;
  /** Jobs run at the same time by this runner. */
  concurrency: number;
  /** Enqueues recurring jobs (with per-period dedupe keys); called before each poll. */
  schedule?: (db: Db, at: string) => Promise<void>;
  /** The clock; tests move it. */
  now?: () => string;
};

export type JobRunnerDeps = { db: Db; dialect: DialectName; log: Logger };

/** A lease owner name that tells an operator which process holds a job. */
export const defaultJobOwner = (): string => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const plusMs = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

/**
 * Claims due jobs from the `job` table and runs them with the given handlers. Several runners
 * (in one process or many, on one database) share the queue: a claim is atomic, a lease that
 * runs out makes the job claimable again, and a finished job is only recorded by its lease owner.
 */
export function createJobRunner(deps: JobRunnerDeps, handlers: JobHandlers, opts: JobRunnerOptions) {
  const { db, dialect, log } = deps;
  const now = opts.now ?? nowIso;
  const leaseMs = opts.leaseSeconds * 1000;
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  async function execute(job: repo.JobRow): Promise<void> {
    const attempt = job.attempts;
    const jlog = log.child({ jobId: job.id, jobType: job.type, attempt });
    if (attempt > job.max_attempts) {
      // Its worker died on the last attempt it had.
      await repo.finishJob(db, job.id, opts.owner, attempt, {
        status: 'dead',
        at: now(),
        error: job.last_error ?? 'The worker running the last attempt stopped before it finished',
      });
      jlog.warn('job dead: its last attempt never finished');
      return;
    }
    const heartbeat = setInterval(
      () => {
        const at = now();
        repo.extendLease(db, job.id, opts.owner, plusMs(at, leaseMs), at).catch((err: unknown) => {
          jlog.warn({ err: describeFailure(err) }, 'could not renew a job lease');
        });
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    try {
      const handler = handlers[job.type];
      if (!handler) throw new Error(`No handler for job type ${job.type}`);
      await handler(JSON.parse(job.payload) as unknown, { jobId: job.id, attempt });
      const kept = await repo.finishJob(db, job.id, opts.owner, attempt, { status: 'done', at: now() });
      if (!kept) jlog.warn('job finished after its lease was taken over');
    } catch (err) {
      const at = now();
      if (err instanceof JobSkipped) {
        await repo.finishJob(db, job.id, opts.owner, attempt, { status: 'skipped', at, reason: err.message });
        jlog.info({ reason: err.message }, 'job skipped');
      } else if (attempt >= job.max_attempts) {
        await repo.finishJob(db, job.id, opts.owner, attempt, { status: 'dead', at, error: describeFailure(err) });
        jlog.error({ err: describeFailure(err) }, 'job dead after its last attempt');
      } else {
        const runAt = plusMs(at, backoffMs(attempt));
        await repo.finishJob(db, job.id, opts.owner, attempt, {
          status: 'queued',
          at,
          runAt,
          error: describeFailure(err),
        });
        jlog.warn({ err: describeFailure(err), retryAt: runAt }, 'job failed; retrying later');
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  const claim = () => {
    const at = now();
    return repo.claimNextJob(db, dialect, { owner: opts.owner, now: at, leaseUntil: plusMs(at, leaseMs) });
  };

  /** Claims and runs every job due now (also those the handlers enqueue meanwhile), up to `limit`. */
  async function runDue(limit = 1000): Promise<number> {
    let ran = 0;
    const worker = async () => {
      while (ran < limit && !stopping) {
        const job = await claim();
        if (!job) return;
        ran += 1;
        await execute(job);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
    return ran;
  }

  async function tick(): Promise<void> {
    try {
      if (opts.schedule) await opts.schedule(db, now());
      await runDue();
    } catch (err) {
      log.error({ err: describeFailure(err) }, 'job runner poll failed');
    }
    if (started && !stopping) timer = setTimeout(() => void (ticking = tick()), opts.pollMs);
  }

  return {
    owner: opts.owner,
    runDue,
    /** Starts polling; the first poll runs at once. */
    start(): void {
      if (started) return;
      started = true;
      stopping = false;
      ticking = tick();
    },
    /** Stops polling and waits for the jobs in hand to finish (no new ones are claimed). */
    async stop(): Promise<void> {
      stopping = true;
      started = false;
      if (timer) clearTimeout(timer);
      await ticking;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;

export const PRUNE_JOB = 'jobs.prune';

/** Removes finished jobs after 30 days and dead ones after 90; returns how many went. */
export async function pruneFinishedJobs(db: Db, at: string = nowIso()): Promise<number> {
  const ago = (days: number) => new Date(Date.parse(at) - days * 86_400_000).toISOString();
  return repo.pruneJobs(db, ago(30), ago(90));
}

/** Lets a platform admin look at one job (after queueing a scan, say). */
export function createJobAdminService(deps: { db: Db; authz: Authorizer }) {
  return {
    async get(actor: Actor, id: string): Promise<TJob> {
      await deps.authz.authorize(actor, 'settings.manage');
      const j = await repo.findJob(deps.db, id);
      if (!j) throw new AppError('not_found', 'No such job');
      return {
        id: j.id,
        type: j.type,
        status: j.status,
        attempts: j.attempts,
        maxAttempts: j.max_attempts,
        runAt: j.run_at,
        lastError: j.last_error,
        createdAt: j.created_at,
        finishedAt: j.finished_at,
      };
    },
  };
}

export type JobAdminService = ReturnType<typeof createJobAdminService>;
