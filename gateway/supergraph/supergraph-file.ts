import { readFileSync, unwatchFile, watchFile } from "node:fs";
import type { SupergraphManager } from "@apollo/gateway";

/** How often the supergraph file is looked at. */
export const SUPERGRAPH_POLL_MS = 1_000;

interface Log {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * Serves a composed supergraph from a file and takes a new composition when the file changes. A file that
 * cannot be read, or does not load, leaves the last good supergraph in place and says why; the gateway
 * never composes from live subgraphs, so a department that is down cannot take the graph down.
 */
export function supergraphFromFile(file: string, log: Log, pollMs = SUPERGRAPH_POLL_MS): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = readFileSync(file, "utf8");
      const reload = () => {
        let next: string;
        try {
          next = readFileSync(file, "utf8");
        } catch (error) {
          log.error({ file, reason: (error as Error).message }, "supergraph file not readable; keeping the last good one");
          return;
        }
        if (next === current) return;
        try {
          update(next);
          current = next;
          log.info({ file }, "supergraph reloaded");
        } catch (error) {
          log.error({ file, reason: (error as Error).message.split("\n")[0] }, "supergraph does not load; keeping the last good one");
        }
      };
      watchFile(file, { interval: pollMs }, reload);
      return { supergraphSdl: current, cleanup: async () => unwatchFile(file, reload) };
    },
  };
}
