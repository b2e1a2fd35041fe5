import { openDatabase, type Database, type PrismaLike } from "../lib/db/database";
import { JOBS_SCHEMA } from "../lib/service/jobs";
import { startSubgraph, SWEEP_JOB, type DepartmentService, type RunningService } from "../lib/subgraph";
import { contextKey } from "../lib/trust/subgraph-context";
import { customs } from "../subgraphs/customs";
import { usePostgres } from "./helpers/databases";
import { startTestSystem, type TestSystem } from "./helpers/system";

/** The sweep's period in this suite: a second, so that several periods pass in a few seconds. */
const PERIOD_MS = 1000;
const PERIODS = 5;

let system: TestSystem;
const replicas: RunningService[] = [];
const opened: Array<Database<PrismaLike>> = [];
/** Which replica ran each sweep, in the order they ran. */
const runs: string[] = [];

/**
 * A second customs replica over the same database. On PostgreSQL it opens the database itself, as another
 * process would; an embedded PGlite directory can only be opened by one process (lib/db/directory-lock.ts),
 * so there both replicas share the one open database, as two services of one process would.
 */
async function replica(name: string, port: number): Promise<RunningService> {
  const location = system.databases.customs.engine;
  const db = location.driver === "pg" ? await openDatabase("customs", location, customs.createClient) : system.databases.customs;
  if (db !== system.databases.customs) opened.push(db as Database<PrismaLike>);
  const service: DepartmentService<PrismaLike, unknown> = {
    ...(customs as unknown as DepartmentService<PrismaLike, unknown>),
    sweep: async (context) => {
      runs.push(name);
      return customs.sweep!(context as Parameters<NonNullable<typeof customs.sweep>>[0]);
    },
  };
  const running = await startSubgraph(service, db, {
    port,
    contextKey: contextKey(system.security.contextSecret),
    gatewayUrl: () => system.gatewayUrl,
    sweepIntervalMs: PERIOD_MS,
  });
  replicas.push(running);
  return running;
}

interface SweepJob {
  state: string;
  period: string;
}

const sweepJobs = () =>
  system.databases.customs.sql.query<SweepJob>(`SELECT state, singleton_on::text AS period FROM ${JOBS_SCHEMA}.job WHERE name = $1 ORDER BY singleton_on`, [
    SWEEP_JOB,
  ]);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, deadlineMs = 60_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${deadlineMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  system = await startTestSystem("replicas");
  // The system's own customs service sweeps every minute; the two replicas below replace it, at its address.
  const port = Number(new URL(system.services.customs.url).port);
  await system.stopService("customs");
  await system.databases.customs.sql.query(`DELETE FROM ${JOBS_SCHEMA}.job WHERE name = $1`, [SWEEP_JOB]);
  await replica("a", port);
  await replica("b", 0);
});

afterAll(async () => {
  for (const running of replicas) await running.stop();
  for (const db of opened) await db.close();
  await system?.stop();
});

describe(`two customs replicas over one ${usePostgres ? "PostgreSQL" : "PGlite"} database`, () => {
  it("run the sweep once per period between them", async () => {
    const finished = (jobs: SweepJob[]) => jobs.filter((job) => job.state === "completed").length >= PERIODS;
    await until(sweepJobs, finished);
    // Stopped before counting, so that no sweep starts between the two reads below.
    for (const running of replicas.splice(0)) await running.stop();
    const jobs = await sweepJobs();
    const periods = new Set(jobs.map((job) => job.period));
    expect(periods.size).toBe(jobs.length);
    expect(jobs.filter((job) => job.state !== "completed")).toEqual(jobs.filter((job) => job.state === "created"));
    // Every job that ran ran once: the runs the replicas recorded are the completed jobs, one per period.
    expect(runs).toHaveLength(jobs.filter((job) => job.state === "completed").length);
    expect(runs.length).toBeGreaterThanOrEqual(PERIODS);
  });
});
