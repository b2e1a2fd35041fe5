import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * PGlite takes no lock on its data directory, and two processes writing one directory lose data: the one
 * that closes last marks it cleanly shut down, so the next start skips crash recovery and drops what the
 * other wrote. So an embedded directory is owned by one process at a time through this file, taken before
 * PGlite opens it and removed when it is closed.
 */
export const LOCK_FILE = "tradegraph.lock";

interface Owner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class DirectoryLocked extends Error {
  override name = "DirectoryLocked";
}

/** Directories this process holds: its own pid in a lock file is stale only when the directory is not among them (a restarted container reuses pids). */
const held = new Set<string>();

function readOwner(file: string): Owner | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Owner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    // Written by a process killed halfway through writing it: nobody can own the directory through it.
    return { pid: 0, host: hostname(), command: "", since: "" };
  }
}

function alive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(owner: Owner): string {
  return `process ${owner.pid}${owner.host === hostname() ? "" : ` on ${owner.host}`} (${owner.command || "unknown command"}, since ${owner.since || "unknown"})`;
}

/**
 * Takes the directory for this process, or fails at once naming the process that holds it. A lock whose
 * process is gone (killed, crashed) is taken over; one held from another machine is never guessed stale.
 */
export function lockDirectory(dataDir: string): () => void {
  const directory = path.resolve(dataDir);
  const file = path.join(directory, LOCK_FILE);
  const mine: Owner = { pid: process.pid, host: hostname(), command: process.argv.slice(1).join(" ").slice(0, 200), since: new Date().toISOString() };
  const content = JSON.stringify(mine);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(file, content, { flag: "wx" });
      held.add(directory);
      return () => {
        held.delete(directory);
        const owner = readOwner(file);
        if (owner?.pid === mine.pid && owner.since === mine.since) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(file);
    if (!owner) continue;
    const stale = owner.host === mine.host && (owner.pid === process.pid ? !held.has(directory) : !alive(owner.pid));
    if (!stale) {
      throw new DirectoryLocked(
        `the embedded database ${directory} is in use by ${describe(owner)}; stop that process first` +
          (owner.host === mine.host ? "" : `, or, if it is gone, delete ${file}`),
      );
    }
    // Taking over: only one process can rename a given file away, and it checks that what it moved is the
    // stale lock it judged and not a live one written meanwhile (which it puts back).
    const moved = `${file}.${process.pid}.stale`;
    try {
      renameSync(file, moved);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    const taken = readOwner(moved);
    if (taken && (taken.pid !== owner.pid || taken.since !== owner.since)) {
      try {
        linkSync(moved, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    unlinkSync(moved);
  }
  throw new DirectoryLocked(`the embedded database ${directory} is being taken by several processes at once; try again`);
}
