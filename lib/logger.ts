import { trace } from "@opentelemetry/api";
import pino from "pino";
import { loadEnv } from "./config";
import { currentRequest } from "./request-context";

/**
 * One JSON logger for every service; each service takes a child named after itself. A line written while
 * serving a request carries its request id and trace id, in the gateway and in every subgraph alike.
 */
export const logger = pino({
  level: loadEnv().LOG_LEVEL,
  base: undefined,
  mixin: () => {
    const requestId = currentRequest()?.requestId;
    const span = trace.getActiveSpan()?.spanContext();
    return {
      ...(requestId ? { requestId } : {}),
      ...(span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {}),
    };
  },
});
