import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Identity } from "../auth/identity";

/** How often a service's sweep runs. */
export const SWEEP_INTERVAL_MS = 60_000;

/**
 * Runs a department's sweep (work it does by itself, as its own staff) every `intervalMs` (SWEEP_INTERVAL_MS
 * unless given), never two at once; returns the function that stops it. Each run is a request of its own,
 * with its own id.
 */
export function startSweep(
  department: string,
  sweep: (identity: Identity) => Promise<unknown>,
  log: Logger,
  intervalMs = SWEEP_INTERVAL_MS,
  what = "sweep",
): () => void {
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    const identity: Identity = {
      subject: `service:${department}`,
      role: "staff",
      department: department as Identity["department"],
      usccs: [],
      requestId: randomUUID(),
      service: true,
    };
    sweep(identity)
      .catch((error: unknown) => log.error({ err: error }, `${what} failed`))
      .finally(() => (sweeping = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
