import { trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { Resource } from "@opentelemetry/resources";
import { AlwaysOffSampler, BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-node";
import { PrismaInstrumentation } from "@prisma/instrumentation";

/**
 * OpenTelemetry for one process: W3C trace context carried from the caller through the gateway to every
 * subgraph and into Prisma's database spans, and trace ids in every log line of a request.
 *
 * Spans leave the process only when an exporter is configured: OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) sends them over OTLP/HTTP, sampled as OTEL_TRACES_SAMPLER says (by
 * default every trace, or as the caller's traceparent decided). Without one, spans are not recorded at
 * all: their ids still flow to the logs and to the next service, so a trace can be followed in the logs.
 */
export interface Tracing {
  /** Sends what is still buffered and stops recording. */
  shutdown(): Promise<void>;
}

export const TRACER_NAME = "tradegraph";

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

export function otlpConfigured(source: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(source.OTEL_EXPORTER_OTLP_ENDPOINT || source.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

let started: Tracing | undefined;

/**
 * Registers the process's tracer provider once (later calls get the first one: in `npm start` and the
 * tests the gateway and the five subgraphs share a process). `exporter` replaces the configured one (tests).
 */
export function startTracing(serviceName: string, options: { exporter?: SpanExporter; source?: NodeJS.ProcessEnv } = {}): Tracing {
  if (started) return started;
  const source = options.source ?? process.env;
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : otlpConfigured(source)
      ? new BatchSpanProcessor(new OTLPTraceExporter())
      : undefined;
  const provider = new NodeTracerProvider({
    resource: new Resource({ "service.name": source.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: processor ? [processor] : [],
    // Unset, the SDK reads OTEL_TRACES_SAMPLER (default: parent-based, always on).
    ...(processor ? {} : { sampler: new AlwaysOffSampler() }),
  });
  provider.register();
  // Prisma's spans are worth their cost only where they are recorded.
  if (processor) registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  started = { shutdown: () => provider.shutdown() };
  return started;
}
