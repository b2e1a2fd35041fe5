import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { logger } from "../lib/logger";
import { ROOT } from "../lib/paths";
import { HEARTBEAT_SECONDS, startJobs, type Jobs } from "../lib/service/jobs";
import { databaseName, dropPostgresDatabase, freshPostgresDatabase, usePostgres } from "./helpers/databases";

const QUEUE = "sweep";
let url: string;
let child: ChildProcess | undefined;
let survivor: Jobs | undefined;

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
});
