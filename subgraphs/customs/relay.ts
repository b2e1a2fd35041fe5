import { DEPARTMENTS, type Department } from "../../lib/departments";
import { now } from "../../lib/clock";
import { outboxField } from "../../lib/graphql/schema";
import { logger } from "../../lib/logger";
import { markRelayCaughtUp } from "../../lib/metrics";
import { readOutbox, type JsonValue, type OutboxRecord } from "../../lib/service/outbox";
import type { Prisma } from "../../prisma/customs/generated/client";
import type { CustomsContext } from "./context";

const log = logger.child({ service: "customs", component: "relay" });

/** How many events one read of an outbox copies. */
const BATCH = 200;

/**
 * Held by the transaction that appends to the log, so that relays running at once (the loop and a customs
 * replica) append one after the other: PartnerEvent's seq is then in commit order, and a feed cursor never
 * steps over an event still being written.
 */
const LOG_LOCK = "SELECT pg_advisory_xact_lock(7305814)";

const outboxQuery = (department: Department) => `
  query Outbox($after: String, $first: Int) {
    events: ${outboxField(department)}(after: $after, first: $first) {
      seq id kind messageType documentKey enterprises returnStatus receipt occurredAt
    }
  }`;

type RemoteEvent = Omit<OutboxRecord, "seq" | "occurredAt"> & { seq: string; occurredAt: string };

/** What a department's error is logged as: its codes only, never a message that could carry data. */
function errorCodes(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>): string[] {
  return errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
}

/**
 * The next events of one department's outbox after `after`: customs' own from its database, the others' through
 * the graph; null when the department did not answer (logged with its error codes; its cursor stays where it is
 * and it is asked again on the next round).
 */
async function nextEvents(department: Department, after: bigint, { prisma, graph }: Pick<CustomsContext, "prisma" | "graph">): Promise<OutboxRecord[] | null> {
  if (department === "customs") return readOutbox(prisma, after, BATCH);
  const answer = await graph.request<{ events: RemoteEvent[] }>(outboxQuery(department), { after: String(after), first: BATCH }).catch((error: unknown) => {
    log.warn({ department, codes: [(error as { code?: string }).code ?? "UNREACHABLE"] }, "relay: the department's outbox could not be read");
    return null;
  });
  if (!answer) return null;
  if (answer.errors?.length || !answer.data) {
    log.warn({ department, codes: errorCodes(answer.errors ?? []) }, "relay: the department's outbox could not be read");
    return null;
  }
  return answer.data.events.map((event) => ({ ...event, seq: BigInt(event.seq), occurredAt: new Date(event.occurredAt) }));
}

/** Appends one batch of a department's events to the log and moves its cursor, in one transaction; returns how many were new. */
async function append(department: Department, events: OutboxRecord[], prisma: CustomsContext["prisma"]): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOG_LOCK);
    const cursor = (await tx.relayCursor.findUnique({ where: { department } }))?.seq ?? 0n;
    // Another relay may have appended some of them since they were read: only what follows the cursor is new.
    const fresh = events.filter((event) => event.seq > cursor);
    if (fresh.length === 0) return 0;
    const recordedAt = now();
    const { count } = await tx.partnerEvent.createMany({
      data: fresh.map((event) => ({
        id: event.id,
        department,
        kind: event.kind,
        messageType: event.messageType,
        documentKey: event.documentKey as JsonValue,
        enterprises: event.enterprises,
        returnStatus: event.returnStatus,
        receipt: event.receipt as JsonValue,
        occurredAt: event.occurredAt,
        recordedAt,
      })) satisfies Prisma.PartnerEventCreateManyInput[],
      // Ids are the source events': an event relayed again (after a cursor was reset) is stored once.
      skipDuplicates: true,
    });
    const seq = fresh.at(-1)!.seq;
    await tx.relayCursor.upsert({ where: { department }, create: { department, seq }, update: { seq } });
    return count;
  });
}

/**
 * Copies every department's outbox into the single window's log (PartnerEvent), each in its source order,
 * customs' own first; returns how many events were new to the log. Safe to run at once in several places.
 */
export async function relayEvents(context: Pick<CustomsContext, "prisma" | "graph">, signal?: AbortSignal): Promise<number> {
  let relayed = 0;
  for (const department of DEPARTMENTS) {
    // The relay-lag metric counts from the relay's first round for a department that has never answered.
    markRelayCaughtUp(department, Date.now(), true);
    for (;;) {
      const cursor = (await context.prisma.relayCursor.findUnique({ where: { department } }))?.seq ?? 0n;
      const events = await nextEvents(department, cursor, context);
      if (events === null) break;
      // A round that is no longer its job's stops before appending (appending twice would still log each once).
      signal?.throwIfAborted();
      if (events.length > 0) relayed += await append(department, events, context.prisma);
      if (events.length < BATCH) {
        markRelayCaughtUp(department, Date.now());
        break;
      }
    }
  }
  return relayed;
}
