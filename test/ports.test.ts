import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import type { DatabaseLocation } from "../lib/config";
import { databaseUrlVariable, DEPARTMENTS } from "../lib/departments";
import { ROOT } from "../lib/paths";
import { copyTemplate } from "./helpers/template";

/**
 * `npm start` twice on one machine: each copy on its own ports (PORT_BASE) and its own databases (a copy of
 * the seeded template each, so that neither seeds), side by side; a third on ports already taken is told
 * which service and which setting.
 */
const TSX_CLI = require.resolve("tsx/cli");
const START_MS = 180_000;

interface Copy {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the process's exit code. */
  exited: Promise<number | null>;
  remove(): void;
}

/** Whether every port of a system at `base` is free now (each is bound and released). */
async function freeBase(base: number): Promise<boolean> {
  for (const port of [base, base + 101, base + 102, base + 103, base + 104, base + 105]) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

async function pickBase(avoid: number[] = []): Promise<number> {
  for (let base = 20_000 + (process.pid % 100) * 200; base < 60_000; base += 200) {
    if (!avoid.includes(base) && (await freeBase(base))) return base;
  }
  throw new Error("no free port base");
}

function databaseEnv(locations: Record<string, DatabaseLocation>): Record<string, string> {
  const first = locations[DEPARTMENTS[0]]!;
  if (first.driver === "pglite") return { TRADEGRAPH_DATA_DIR: path.dirname(first.dataDir!) };
  return Object.fromEntries(DEPARTMENTS.map((department) => [databaseUrlVariable(department), (locations[department] as { url: string }).url]));
}

async function startCopy(suite: string, env: Record<string, string>): Promise<Copy> {
  const copy = await copyTemplate(suite);
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(PORT|PORT_.*|DATABASE_URL_.*|TRADEGRAPH_DATA_DIR|JWT_SECRET|JWT_JWKS_URL)$/.test(name)),
  );
  const child = spawn(process.execPath, [TSX_CLI, path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: "warn", ...databaseEnv(copy.locations), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited, remove: copy.remove };
}

/** Waits for a line of the copy's output (or its exit, which fails the wait with what it printed). */
function waitFor(copy: Copy, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(copy.output());
      if (match) {
        copy.child.stdout!.off("data", check);
        resolve(match);
      }
    };
    copy.child.stdout!.on("data", check);
    void copy.exited.then(() => reject(new Error(`npm start exited before printing ${pattern}:\n${copy.output()}`)));
    check();
  });
}

async function stop(copy: Copy | undefined): Promise<void> {
  if (!copy) return;
  if (copy.child.exitCode === null && copy.child.signalCode === null) copy.child.kill("SIGTERM");
  await copy.exited;
  copy.remove();
}

let first: Copy | undefined;
let second: Copy | undefined;
let third: Copy | undefined;

afterAll(async () => {
  await Promise.all([stop(first), stop(second), stop(third)]);
});

it(
  "runs two copies side by side on their own ports, and names the service and the setting when a port is taken",
  async () => {
    const baseA = await pickBase();
    const baseB = await pickBase([baseA]);
    first = await startCopy("ports-a", { PORT_BASE: String(baseA) });
    second = await startCopy("ports-b", { PORT_BASE: String(baseB) });
    const [urlA, urlB] = await Promise.all([first, second].map((copy) => waitFor(copy, /ready: the graph is at (\S+)/).then((match) => match[1]!)));
    expect([urlA, urlB]).toEqual([`http://127.0.0.1:${baseA}/graphql`, `http://127.0.0.1:${baseB}/graphql`]);

    for (const [copy, url, base] of [
      [first, urlA, baseA],
      [second, urlB, baseB],
    ] as const) {
      const [, token] = (await waitFor(copy, /export TG_ANALYST=(\S+)/)) as RegExpMatchArray;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ declarations(first: 1) { nodes { invtNo } } }" }),
      });
      expect(((await response.json()) as { data: { declarations: { nodes: unknown[] } } }).data.declarations.nodes).toHaveLength(1);
      // Each gateway finds its own five departments, on its own ports, ready.
      const ready = (await (await fetch(new URL("/ready", url))).json()) as { status: string };
      expect([base, ready.status]).toEqual([base, "ready"]);
      // A token of one copy means nothing to the other: two systems, not one.
      const other = url === urlA ? urlB : urlA;
      const crossed = await fetch(other, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(crossed.status).toBe(401);
    }

    // The first department's port of the first copy is taken: the third copy says so, and how to move it.
    third = await startCopy("ports-c", { PORT_BASE: String(baseA) });
    expect(await third.exited).toBe(1);
    expect(third.output()).toContain(`customs: port ${baseA + 101} is already in use`);
    expect(third.output()).toMatch(/Set PORT_CUSTOMS or PORT_BASE to move it/);
  },
  2 * START_MS,
);
