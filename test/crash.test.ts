import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { CONTEXT_HEADER, contextKey, signContext } from "../lib/trust/subgraph-context";
import { openDatabase } from "../lib/db/database";
import { lockDirectory } from "../lib/db/directory-lock";
import { migrate, readMigrations } from "../lib/db/migrate";
import { buildWorld } from "../demo/world";
import { ROOT } from "../lib/paths";
import { SERVICES } from "../subgraphs";
import { usePostgres } from "./helpers/databases";
import { parcelFactory } from "../demo/parcels";

/**
 * The crash test of the database-faults issue, on the embedded database: customs runs as its own process
 * on a PGlite data directory and takes orders from 8 clients; `npm run db:migrate` started beside it is
 * refused (two processes writing one directory lose data); then, with at least 40 orders acknowledged,
 * customs is killed with SIGKILL in the middle of the load and started again. Every order it acknowledged is there after, and every index agrees with
 * its table (amcheck's bt_index_check with heapallindexed).
 */
const SECRET = "crash-test-context-secret-of-32-characters";
const SUBMIT_ORDER = `mutation SubmitOrder($d: OrderInput!) { submitOrder(order: $d) { returnStatus } }`;
const world = buildWorld();
const platform = world.customs.orders[0]!.ebpCode;
const { parcel, filed } = parcelFactory(world, () => platform);
const COSMETICS = filed("CIQ46000000100041", "1000.00");

let dataRoot: string;
const children = new Set<ChildProcess>();

/**
 * Customs asks credit, through the gateway, for the sender's roles before it stores a document; customs runs
 * alone here, so a stand-in for the rest of the graph answers that one question as credit does for the demo world.
 */
let graph: Server;
let graphUrl: string;

beforeAll(async () => {
  dataRoot = mkdtempSync(path.join(tmpdir(), "tradegraph-crash-"));
  graph = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const { query, variables = {} } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      // Credit's answer to enterprisesByCode: the enterprise of each code, in the order of the codes (null: none).
      // Anything else (the relay reading other departments' outboxes) is a department that does not answer.
      const answer = query.includes("EnterprisesByCode")
        ? {
            data: {
              enterprisesByCode: (variables.codes as string[]).map((code) => {
                const enterprise = world.credit.enterprises.find((candidate) => candidate.uscc === code || candidate.customsCode === code);
                return enterprise ? { uscc: enterprise.uscc, roles: enterprise.roles } : null;
              }),
            },
          }
        : { errors: [{ message: "not part of this test", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => graph.listen(0, "127.0.0.1", resolve));
  graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(dataRoot, { recursive: true, force: true });
  await new Promise<void>((resolve) => graph.close(() => resolve()));
});

const env = () => ({
  ...process.env,
  TRADEGRAPH_DATA_DIR: dataRoot,
  TRADEGRAPH_CONTEXT_SECRET: SECRET,
  GATEWAY_URL: graphUrl,
  PORT: "0",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
});
/** Node itself runs the TypeScript (tsx as a loader, not tsx's CLI, which would run it in a child of its own that SIGKILL misses). */
const run = (script: string[], stdio: ("ignore" | "pipe" | "inherit")[]) =>
  spawn(process.execPath, ["--import", "tsx", path.join(ROOT, ...script)], { cwd: ROOT, env: env(), stdio });

/** Starts customs as production runs it; resolves with its URL once it listens. */
function startCustoms(): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = run(["subgraphs", "customs", "main.ts"], ["ignore", "pipe", "inherit"]);
  children.add(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => (children.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = (line.startsWith("{") ? JSON.parse(line) : {}) as { msg?: string; url?: string };
      if (entry.msg === "subgraph listening") resolve({ child, url: entry.url!, exited });
    });
    void exited.then((code) => reject(new Error(`customs exited (${code}) before it listened`)));
  });
}

/** `npm run db:migrate` on the same data directories: its exit code and what it printed. */
function runMigrate(): Promise<{ code: number | null; output: string }> {
  const child = run(["scripts", "migrate.ts"], ["ignore", "pipe", "pipe"]);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

const key = contextKey(SECRET);
async function fileOrder(url: string, order: Record<string, unknown>): Promise<boolean> {
  const body = JSON.stringify({ query: SUBMIT_ORDER, operationName: "SubmitOrder", variables: { d: order } });
  const identity = { subject: "crash-test-platform", role: "enterprise" as const, usccs: [platform], requestId: randomUUID() };
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [CONTEXT_HEADER]: await signContext(key, { identity, operation: "SubmitOrder" }, "customs", body) },
    body,
  });
  const answer = (await response.json()) as { data?: { submitOrder?: { returnStatus: number } }; errors?: unknown[] };
  return !answer.errors && (answer.data?.submitOrder?.returnStatus ?? 0) > 0;
}

(usePostgres ? describe.skip : describe)("customs on the embedded database, killed under load", () => {
  it("refuses a second opener while it runs, and after SIGKILL and a restart has every acknowledged order and sound indexes", async () => {
    const dataDir = path.join(dataRoot, "customs");
    const setup = await openDatabase("customs", { driver: "pglite", dataDir }, SERVICES.customs.createClient);
    await migrate(setup.sql, readMigrations(path.join(ROOT, "prisma", "customs", "migrations")));
    await setup.close();

    const first = await startCustoms();
    const acknowledged: string[] = [];
    let killed = false;
    let reachedLoad!: () => void;
    const loaded = new Promise<void>((resolve) => (reachedLoad = resolve));
    const worker = async () => {
      while (!killed) {
        const { order } = parcel({ goods: [COSMETICS] });
        try {
          if (await fileOrder(first.url, order)) acknowledged.push(order.orderNo);
        } catch {
          // The connection died with the process: not acknowledged, so the platform would send it again.
        }
        if (acknowledged.length >= 40) reachedLoad();
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    // The migration starts beside the live service, as in the issue, and must be refused before it writes.
    const [refusedMigrate] = await Promise.all([runMigrate(), loaded]);
    // Killed while the workers keep filing: some orders are in flight at the moment it dies.
    first.child.kill("SIGKILL");
    await first.exited;
    killed = true;
    await load;

    expect(refusedMigrate.code).toBe(1);
    expect(refusedMigrate.output).toContain(`the embedded database ${dataDir} is in use by process ${first.child.pid} `);

    // Restarted on the same directory: the dead process's lock is taken over, PGlite recovers, it serves.
    const second = await startCustoms();
    expect(await fileOrder(second.url, parcel({ goods: [COSMETICS] }).order)).toBe(true);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const release = lockDirectory(dataDir);
    const pglite = await PGlite.create(dataDir, { extensions: { amcheck } });
    try {
      const { rows } = await pglite.query<{ orderNo: string }>(`SELECT "orderNo" FROM "Order" WHERE "ebpCode" = $1 AND "orderNo" = ANY($2)`, [
        platform,
        acknowledged,
      ]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      expect(rows.map((row) => row.orderNo).sort()).toEqual([...acknowledged].sort());
      await pglite.exec("CREATE EXTENSION IF NOT EXISTS amcheck");
      const { rows: checked } = await pglite.query<{ index: string }>(
        `SELECT c.relname AS index, bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE am.amname = 'btree' AND n.nspname = 'public'`,
      );
      expect(checked.map((row) => row.index)).toEqual(expect.arrayContaining(["Order_pkey", "OrderLine_pkey"]));
    } finally {
      await pglite.close();
      release();
    }
    // Two service starts, a migrate process and a fresh embedded database: minutes, not seconds, on a busy 2-core machine.
  }, 300_000);
});
