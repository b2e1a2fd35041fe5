import { callerOf, isAuditedIndividually, isRead, type Stage } from "./pipeline";

/**
 * Identical reads under way at the same time (same department, same body, same caller) are fetched once
 * and shared; each follower gets its own copy of the answer. Mutations and staff reads are sent as asked.
 */
export function shareStage<Context extends Record<string, unknown>>(): Stage<Context> {
  const inFlight = new Map<string, ReturnType<ReturnType<Stage<Context>>>>();
  return (next) => async (options) => {
    if (!isRead(options) || isAuditedIndividually(options)) return next(options);
    const key = JSON.stringify([options.request.query, options.request.variables ?? null, callerOf(options)]);
    const running = inFlight.get(key);
    if (running) {
      const { http, ...answer } = await running;
      return { ...structuredClone(answer), http };
    }
    const fetching = next(options).finally(() => inFlight.delete(key));
    inFlight.set(key, fetching);
    return fetching;
  };
}
