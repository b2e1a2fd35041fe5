import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type ClientFactory, type PrismaLike } from "./database";
import { DirectoryLocked, LOCK_FILE, lockDirectory } from "./directory-lock";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tradegraph-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The lock is the connection's business; no department's client is needed to test it. */
const noClient: ClientFactory<PrismaLike> = () => ({ $disconnect: async () => {} });

const lockOf = (pid: number, host = hostname()) => JSON.stringify({ pid, host, command: "tsx scripts/start.ts", since: "2026-01-01T00:00:00.000Z" });

describe("the embedded data directory lock", () => {
  it("refuses a second opener at once, naming the directory and the process that holds it, until the holder closes", async () => {
    const first = await openDatabase("customs", { driver: "pglite", dataDir: dir }, noClient);
    try {
      await expect(openDatabase("customs", { driver: "pglite", dataDir: dir }, noClient)).rejects.toThrow(
        new RegExp(`the embedded database ${dir} is in use by process ${process.pid} `),
      );
      expect(await first.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("takes over the lock of a process that is gone (killed, crashed)", () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(path.join(dir, LOCK_FILE), lockOf(gone));
    const release = lockDirectory(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("takes over its own pid left by an earlier run (a restarted container gets the same pid), but not a lock it holds", () => {
    writeFileSync(path.join(dir, LOCK_FILE), lockOf(process.pid));
    const release = lockDirectory(dir);
    expect(() => lockDirectory(dir)).toThrow(DirectoryLocked);
    release();
  });

  it("never guesses a lock from another machine stale", () => {
    writeFileSync(path.join(dir, LOCK_FILE), lockOf(1, "another-host"));
    expect(() => lockDirectory(dir)).toThrow(`in use by process 1 on another-host`);
    expect(() => lockDirectory(dir)).toThrow(`if it is gone, delete ${path.join(dir, LOCK_FILE)}`);
  });
});
