import { fromPglite, PgBoss, type Job, type SendOptions, type WorkOptions } from "pg-boss";
import type { Logger } from "pino";
import type { DatabaseEngine } from "../db/database";
import type { Department } from "../departments";

/** The schema pg-boss keeps its queues in, inside each department's own database. */
export const JOBS_SCHEMA = "pgboss";

/**
 * A job as a handler sees it: its id (stable across retries), its data, how many times it was retried, and its
 * `signal`, aborted once the job is no longer this worker's (see HEARTBEAT_SECONDS): a handler checks it
 * (`signal.throwIfAborted()`) between batches and before it commits or sends what the job is for.
 */
export type JobRun<Data> = Pick<Job<Data>, "id" | "data" | "retryCount" | "signal">;

/**
 * How a queue's jobs are taken: how often an idle worker looks, how many run at once in this process, and the
 * queue's policy (`singleton`: one active job per singletonKey across every replica, e.g. per webhook endpoint);
 * `burstWhenReadyExceeds` takes the next job at once, without waiting for the next poll, while the queue's
 * backlog (refreshed every QUEUE_CACHE_SECONDS) is larger.
 */
export type WorkerOptions = Pick<WorkOptions, "pollingIntervalSeconds" | "localConcurrency" | "burstWhenReadyExceeds"> & { policy?: "standard" | "singleton" };

/**
 * A department's job engine: pg-boss on the department's own database (PostgreSQL or its embedded PGlite),
 * shared by every replica of the department, so that a job sent once is taken by one replica (again only when
 * an attempt failed and is retried, a heartbeat's failure included).
 */
export interface Jobs {
  /** Queues a job on a queue this process works; `options` may set its id (sending the same id twice queues it once) and its retries; its heartbeat is HEARTBEAT_SECONDS unless they say otherwise. */
  send<Data extends object>(name: string, data: Data, options?: SendOptions): Promise<string | null>;
  /** Runs the jobs of a queue in this process (one at a time unless `localConcurrency` says more); a handler that throws fails the attempt (retried as sent). */
  work<Data extends object>(name: string, handler: (job: JobRun<Data>) => Promise<unknown>, options?: WorkerOptions): Promise<void>;
  /**
   * Runs `handler` once per period of `intervalMs` (whole seconds) across every replica: each replica offers a
   * job for the current period twice a period, and pg-boss keeps one job per period (its singleton slot, in the
   * database's time), which one replica runs. The queue lets one job be active, so runs do not overlap, except
   * after a job was failed on its heartbeat while its replica was alive but stalled (HEARTBEAT_SECONDS): the
   * next period's job may then start beside it. `handler` gets the job's signal, aborted once the job is no
   * longer its own, and checks it between batches; a stalled run may still finish the step it is in, so what
   * a periodic job does must be safe to run twice at once.
   */
  every(name: string, intervalMs: number, handler: (signal: AbortSignal) => Promise<unknown>): Promise<void>;
  /** Stops offering and taking jobs, waiting for those running (a job cut short is retried after it expires). */
  stop(): Promise<void>;
}

/** How often pg-boss counts each queue's backlog (its default is a minute), which a bursting worker reads. */
const QUEUE_CACHE_SECONDS = 2;

/** How long `stop` waits for running jobs before leaving them to expire and be retried. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Every job carries a heartbeat that its worker refreshes while the handler runs (pg-boss's minimum). A job whose
 * replica died under it (SIGKILL, a lost node) is failed once its heartbeat is this old, instead of staying active
 * for pg-boss's 15-minute expiry and holding its queue (one active job per periodic queue, one per webhook
 * endpoint) for all that time: the next period's job, or the delivery's retry, then runs on a surviving replica.
 * test/topology.test.ts kills a customs replica under load and sees customs' sweep go on.
 *
 * A heartbeat cannot tell a dead replica from one stalled this long (its event loop or its database connection
 * blocked): that one's job is failed too while its handler still runs, and the job's successor may run beside
 * it. The worker's next refresh (every HEARTBEAT_SECONDS / 2, once the database answers it) finds the claim gone
 * and aborts the job's `signal`, and the handler stops at its next check; until then it may finish a step.
 */
export const HEARTBEAT_SECONDS = 10;
/**
 * How often pg-boss looks for jobs whose heartbeat stopped or that expired (its supervise and monitor passes; its
 * default is a minute). A dead replica's job is failed within HEARTBEAT_SECONDS plus this.
 */
const SUPERVISE_SECONDS = 5;

export async function startJobs(department: Department, engine: DatabaseEngine, log: Logger): Promise<Jobs> {
  const boss = new PgBoss(
    engine.driver === "pg"
      ? // A few connections of its own (one listens for new jobs), beside the department's pool, in its own schema.
        {
          connectionString: engine.url,
          max: 3,
          schema: JOBS_SCHEMA,
          application_name: `tradegraph-${department}-jobs`,
          queueCacheIntervalSeconds: QUEUE_CACHE_SECONDS,
          superviseIntervalSeconds: SUPERVISE_SECONDS,
          monitorIntervalSeconds: SUPERVISE_SECONDS,
        }
      : // PGlite is one connection in this process: pg-boss runs its statements on it between Prisma's (pg-boss 12's own adapter).
        {
          db: fromPglite(engine.pglite),
          backend: "pglite",
          schema: JOBS_SCHEMA,
          queueCacheIntervalSeconds: QUEUE_CACHE_SECONDS,
          superviseIntervalSeconds: SUPERVISE_SECONDS,
          monitorIntervalSeconds: SUPERVISE_SECONDS,
        },
  );
  boss.on("error", (error) => log.error({ err: error }, "job engine error"));
  await boss.start();
  const queues = new Map<string, Promise<void>>();
  /** Creates a queue once per process (creating one that exists is a no-op in the database too). */
  const queue = (name: string, options: { policy: "standard" | "singleton" }) => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name, options);
      queues.set(name, created);
    }
    return created;
  };
  const timers = new Set<NodeJS.Timeout>();
  const work = async <Data extends object>(
    name: string,
    handler: (job: JobRun<Data>) => Promise<unknown>,
    { policy = "standard", ...options }: WorkerOptions = {},
  ) => {
    await queue(name, { policy });
    await boss.work<Data>(name, { ...options, batchSize: 1 }, async ([job]) => {
      await handler(job!);
    });
  };
  return {
    send: async (name, data, options = {}) => {
      if (!queues.has(name)) throw new Error(`jobs: no worker for the queue ${name} in this process`);
      return boss.send(name, data, { heartbeatSeconds: HEARTBEAT_SECONDS, ...options });
    },
    work,
    every: async (name, intervalMs, handler) => {
      const seconds = Math.max(1, Math.round(intervalMs / 1000));
      await queue(name, { policy: "singleton" });
      await boss.work(name, { batchSize: 1, pollingIntervalSeconds: Math.min(2, Math.max(0.5, seconds / 4)) }, async ([job]) => {
        await handler(job!.signal);
      });
      // A missed period is not made up: the next one does the same work. No retries for the same reason.
      const offer = () =>
        boss
          // Kept two periods after it ends, so that a late offer for its period finds it; then deleted.
          .send(name, {}, { singletonSeconds: seconds, retryLimit: 0, deleteAfterSeconds: Math.max(60, 2 * seconds), heartbeatSeconds: HEARTBEAT_SECONDS })
          .catch((error: unknown) => log.warn({ err: error, job: name }, "could not offer a periodic job; the next offer retries"));
      // The first offer comes a whole period after start, as a sweep on a timer would: a process that has just
      // started (a test system, a replica restarted) does not sweep at once.
      let ticks = 0;
      const timer = setInterval(
        () => {
          ticks += 1;
          if (ticks >= 2) void offer();
        },
        (seconds * 1000) / 2,
      );
      timer.unref();
      timers.add(timer);
    },
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS });
    },
  };
}

/** Retries with exponential backoff, as pg-boss takes them (seconds). */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryDelayMax: number;
}

/** The send options of `policy`: pg-boss's own backoff. */
export function retryOptions(policy: RetryPolicy): SendOptions {
  return { ...policy, retryBackoff: true };
}

/**
 * The waits before each retry under `policy`, as pg-boss 12 computes them when an attempt fails (its fail plan):
 * retry n (1-based) waits retryDelay·2^(n-1)·(1 + r) seconds with r uniform in [0, 1) (the jitter), the exponent
 * capped at 16, the wait capped at retryDelayMax. Each retry's shortest and longest wait, in seconds.
 */
export function retrySchedule(policy: RetryPolicy): Array<{ min: number; max: number }> {
  return Array.from({ length: policy.retryLimit }, (_, index) => {
    const step = 2 ** Math.min(16, index + 1) / 2;
    const base = Math.max(policy.retryDelay, 1);
    return { min: Math.min(policy.retryDelayMax, base * step), max: Math.min(policy.retryDelayMax, base * step * 2) };
  });
}
