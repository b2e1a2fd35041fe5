import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { logger } from "../lib/logger";
import { ROOT } from "../lib/paths";
import { HEARTBEAT_SECONDS, JOBS_SCHEMA, startJobs, type Jobs } from "../lib/service/jobs";
import { databaseName, dropPostgresDatabase, freshPostgresDatabase, usePostgres } from "./helpers/databases";

const QUEUE = "sweep";
let url: string;
let child: ChildProcess | undefined;
let survivor: Jobs | undefined;
let stalled: Jobs | undefined;

const describeOnPostgres = usePostgres ? describe : describe.skip;

describeOnPostgres("a periodic job whose replica is killed under it (PostgreSQL only: replicas are processes sharing one database)", () => {
  beforeAll(async () => {
    const name = databaseName("job_heartbeat", "customs");
    await dropPostgresDatabase(name);
    url = await freshPostgresDatabase(name);
  });

  afterAll(async () => {
    child?.kill("SIGKILL");
    await survivor?.stop();
    await stalled?.stop();
  });

  it("holds its queue only until its heartbeat is found stale, then the next period runs on the surviving replica", async () => {
    // The first replica takes the first period's job and never finishes it.
    child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test", "helpers", "hung-job.ts"), url, QUEUE], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).on("line", (line) => line === "running" && resolve());
      void exited.then(() => reject(new Error("the first replica exited before its job ran")));
    });

    // The second replica offers and works the same queue; while the first holds its job, nothing of it runs here.
    const runs: number[] = [];
    survivor = await startJobs("customs", { driver: "pg", url }, logger);
    await survivor.every(QUEUE, 1000, async () => {
      runs.push(Date.now());
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(runs).toEqual([]);

    child.kill("SIGKILL");
    await exited;
    const killedAt = Date.now();
    // Heartbeat stale after HEARTBEAT_SECONDS, found by the next supervising pass (every 5 s), then the next period's offer.
    const deadline = killedAt + (HEARTBEAT_SECONDS + 30) * 1000;
    while (runs.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs.length).toBeGreaterThan(0);
    console.log(`job heartbeat: the surviving replica ran the queue's next job ${((runs[0]! - killedAt) / 1000).toFixed(1)} s after the kill`);
  }, 90_000);

  it("aborts a handler's signal once its job is failed from under it, as a stale heartbeat fails it, so that the handler can stop", async () => {
    const queue = "stalled-sweep";
    stalled = await startJobs("customs", { driver: "pg", url }, logger);
    let signalOf: (signal: AbortSignal) => void;
    const running = new Promise<AbortSignal>((resolve) => (signalOf = resolve));
    let runs = 0;
    await stalled.every(queue, 1000, async (signal) => {
      runs += 1;
      if (runs > 1) return;
      signalOf(signal);
      await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
      signal.throwIfAborted();
    });
    const signal = await running;
    expect(signal.aborted).toBe(false);

    // pg-boss's supervisor (any replica's) fails a job whose heartbeat is HEARTBEAT_SECONDS old, which a live but
    // stalled replica's job is too; here the job is failed the same way directly, while its handler runs on.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const failed = await client.query(
        `UPDATE ${JOBS_SCHEMA}.job SET state = 'failed', completed_on = now() WHERE name = $1 AND state = 'active' RETURNING id`,
        [queue],
      );
      expect(failed.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    const failedAt = Date.now();
    // The worker's next heartbeat (every HEARTBEAT_SECONDS / 2) finds the job gone and aborts its signal.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the handler's signal was not aborted")), (HEARTBEAT_SECONDS + 30) * 1000);
      signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
    expect(String(signal.reason)).toContain("no longer active under this worker's claim");
    console.log(`job heartbeat: a handler whose job was failed from under it saw its signal aborted ${((Date.now() - failedAt) / 1000).toFixed(1)} s later`);
  }, 90_000);
});
