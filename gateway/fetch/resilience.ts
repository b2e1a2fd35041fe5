import { circuitOpen, isDepartmentFault } from "./errors";
import { isRead, type Stage } from "./pipeline";

/**
 * How the gateway treats a department that fails: retries with backoff and full jitter, for reads only
 * (a mutation is never sent twice) and within a budget (retries at most RETRY_BUDGET_RATIO of the traffic,
 * so retries cannot multiply an outage), and a circuit breaker per department that opens after
 * BREAKER_FAILURES consecutive failures, answers at once while open, and lets one probe through after
 * BREAKER_OPEN_MS to close again.
 */
export interface ResilienceOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryBudgetRatio: number;
  breakerFailures: number;
  breakerOpenMs: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  retries: 2,
  baseDelayMs: 50,
  maxDelayMs: 500,
  retryBudgetRatio: 0.2,
  breakerFailures: 5,
  breakerOpenMs: 5_000,
};

/** The most retry credit the budget keeps, so a quiet period does not bank an unlimited burst of retries. */
const MAX_RETRY_CREDIT = 10;

export class CircuitOpen extends Error {
  override name = "CircuitOpen";
}

export type BreakerState = "closed" | "open" | "half-open";

export class DepartmentResilience {
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private probing = false;
  private retryCredit = MAX_RETRY_CREDIT;

  constructor(private readonly options: ResilienceOptions = DEFAULT_RESILIENCE) {}

  get state(): BreakerState {
    if (this.openedAt === null) return "closed";
    return Date.now() - this.openedAt >= this.options.breakerOpenMs ? "half-open" : "open";
  }

  /**
   * Runs one subgraph fetch through the breaker, retrying a read that failed with a department fault
   * (`isFault`); other errors (a refusal, bad input) pass straight on.
   */
  async run<T>(attempt: () => Promise<T>, { read, isFault }: { read: boolean; isFault: (error: unknown) => boolean }): Promise<T> {
    this.retryCredit = Math.min(MAX_RETRY_CREDIT, this.retryCredit + this.options.retryBudgetRatio);
    for (let tries = 0; ; tries++) {
      const state = this.state;
      if (state === "open" || (state === "half-open" && this.probing)) throw new CircuitOpen("circuit open");
      const probe = state === "half-open";
      if (probe) this.probing = true;
      try {
        const result = await attempt();
        this.consecutiveFailures = 0;
        this.openedAt = null;
        return result;
      } catch (error) {
        if (!isFault(error)) throw error;
        this.consecutiveFailures += 1;
        if (probe || this.consecutiveFailures >= this.options.breakerFailures) this.openedAt = Date.now();
        const mayRetry = read && tries < this.options.retries && this.retryCredit >= 1 && this.state === "closed";
        if (!mayRetry) throw error;
        this.retryCredit -= 1;
        const ceiling = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** tries);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
      } finally {
        if (probe) this.probing = false;
      }
    }
  }
}

/** The resilience stage: the rest of the pipeline (signing and the fetch) runs through the department's breaker. */
export function resilienceStage<Context extends Record<string, unknown>>(department: string, resilience: DepartmentResilience): Stage<Context> {
  return (next) => async (options) => {
    try {
      return await resilience.run(() => next(options), { read: isRead(options), isFault: isDepartmentFault });
    } catch (error) {
      throw error instanceof CircuitOpen ? circuitOpen(department) : error;
    }
  };
}
