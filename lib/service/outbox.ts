import { randomUUID } from "node:crypto";
import type { Identity } from "../auth/identity";
import type { Department } from "../departments";
import { badUserInput, forbidden } from "../graphql/errors";
import { outboxField } from "../graphql/schema";

/**
 * Every kind of event the departments write into their outboxes, in the order docs/partner-guide.md's table of
 * event kinds lists them: the one list the feed's and the webhooks' `kinds` arguments are checked against, and
 * the type `recordEvents` takes, so that a department writing a new kind adds it here (and to the guide).
 */
export const EVENT_KINDS = [
  "ORDER_RECEIPT",
  "INVENTORY_RECEIPT",
  "INVENTORY_CANCEL_RECEIPT",
  "INVENTORY_RETURN_RECEIPT",
  "PAYMENT_RECEIPT",
  "WAYBILL_RECEIPT",
  "WAYBILL_STATUS_RECEIPT",
  "WAYBILL_TRACKING",
  "EXPORT_ORDER_RECEIPT",
  "EXPORT_INVENTORY_RECEIPT",
  "EXPORT_INVENTORY_CANCEL_RECEIPT",
  "EXPORT_RECEIPT_RECEIPT",
  "TAX_LIST",
  "TAX_BILL_PAYMENT",
  "REBATE",
  "EXPORT_WAYBILL_RECEIPT",
  "EXPORT_ARRIVAL_RECEIPT",
  "EXPORT_DEPARTURE_RECEIPT",
  "PRODUCT_FILING",
  "ENTERPRISE_FILING",
  "REGISTRATION",
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

const KNOWN_KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);

/**
 * The distinct event kinds a caller asked for (the feed's or an endpoint's `kinds`), each one of EVENT_KINDS;
 * an unknown kind is refused by name, as `field[index]`.
 */
export function eventKinds(field: string, kinds: readonly string[]): EventKind[] {
  const unknown = kinds.findIndex((kind) => !KNOWN_KINDS.has(kind));
  if (unknown >= 0) {
    throw badUserInput(`${field}[${unknown}]`, `${JSON.stringify(kinds[unknown]!.slice(0, 64))} is not an event kind (one of ${EVENT_KINDS.join(", ")})`);
  }
  return [...new Set(kinds as readonly EventKind[])];
}

/**
 * A receipt or status change a partner would care about, as every department's outbox stores it
 * (model OutboxEvent in each prisma/<department>/schema.prisma). It is written by `recordEvents` inside the
 * transaction that makes the change, so there is never an event without its change nor a change without its
 * event; customs relays every outbox into the single window's log (PartnerEvent), which the partners' feed
 * and webhook deliveries read.
 */
export interface PartnerEventInput {
  /** What happened, e.g. ORDER_RECEIPT, INVENTORY_RECEIPT, WAYBILL_RECEIPT, PAYMENT_RECEIPT (docs/partner-guide.md#events-and-the-feed). */
  kind: EventKind;
  /** The receipt's CEB message type (CEB312, CEB622, …) when the event is one of the standard's receipts. */
  messageType?: string | null;
  /** The document's keys, e.g. `{ agentCode, copNo }`. */
  documentKey: Record<string, string>;
  /** The enterprises that may see the event: the parties of the document, as its row policy names them. */
  enterprises: ReadonlyArray<string | null | undefined>;
  returnStatus?: number | null;
  /**
   * The receipt as a partner reads it: for a CEB receipt, the fields of the receipt message's return node
   * (guid, the document's keys, returnStatus, returnTime, returnInfo), from which its XML is built on read.
   * Never personal data: other parties of the document read it too.
   */
  receipt: Record<string, unknown>;
  occurredAt: Date;
}

/** JSON as Prisma writes it into a Json column. */
export type JsonValue = string | number | boolean | { readonly [key: string]: JsonValue | null } | ReadonlyArray<JsonValue | null>;
/** The part of a department's transaction client the outbox writes through (every department has the same OutboxEvent table). */
export interface OutboxWriter {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
}

/**
 * The events' insert, after the department-wide advisory lock, in one statement. The lock is held from the
 * insert until the transaction ends, so that events are committed in the order of their seq: a reader that
 * has seen seq n has seen every smaller seq too, and the relay's cursor can never step over an event still
 * being written (a sequence alone hands out numbers in the order transactions ask, not the order they
 * commit). The lock's function scan yields the one row every inserted row is joined with, so it is taken
 * before any row draws its seq; the rows draw theirs in the order given (WITH ORDINALITY). Call it last in
 * the transaction, after the rows it reports are written. One raw statement rather than a lock and a
 * Prisma createMany: every filing writes events, and a Prisma model query costs about a millisecond of
 * CPU to compile (Prisma 6.19's query compiler has no plan cache) against a fifth of that for raw SQL.
 */
const INSERT_EVENTS = `INSERT INTO "OutboxEvent" ("id", "kind", "messageType", "documentKey", "enterprises", "returnStatus", "receipt", "occurredAt")
  SELECT e.id, e.kind, e."messageType", e."documentKey", e.enterprises, e."returnStatus", e.receipt, e."occurredAt"
  FROM pg_advisory_xact_lock(7305813) AS held,
    ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, kind text, "messageType" text, "documentKey" jsonb, enterprises text[], "returnStatus" integer, receipt jsonb, "occurredAt" timestamptz))
      WITH ORDINALITY AS e(id, kind, "messageType", "documentKey", enterprises, "returnStatus", receipt, "occurredAt", n)
  ORDER BY e.n`;

/** Writes events into the department's outbox, in the caller's transaction `tx`; returns their ids. */
export async function recordEvents(tx: OutboxWriter, events: readonly PartnerEventInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  // Sent as one JSON array: dates as ISO strings (timestamptz reads them exactly), no undefined.
  const rows = events.map((event) => ({
    id: randomUUID(),
    kind: event.kind,
    messageType: event.messageType ?? null,
    documentKey: event.documentKey,
    enterprises: [...new Set(event.enterprises.filter((code): code is string => !!code))],
    returnStatus: event.returnStatus ?? null,
    receipt: event.receipt,
    occurredAt: event.occurredAt,
  }));
  await tx.$executeRawUnsafe(INSERT_EVENTS, JSON.stringify(rows));
  return rows.map((row) => row.id);
}

/** One event (see `recordEvents`). */
export async function recordEvent(tx: OutboxWriter, event: PartnerEventInput): Promise<string> {
  const [id] = await recordEvents(tx, [event]);
  return id!;
}

/** A receipt as a department stores it (the Receipt type's fields). */
export interface IssuedReceipt {
  guid: string;
  version: number;
  returnStatus: number;
  returnInfo: string;
  returnTime: Date;
}

/**
 * The event of one of the standard's receipts: its JSON is the receipt message's return node (`fields`, the
 * document's keys and numbers as the node names them, then the status), from which its XML is built on read.
 */
export function receiptEvent(
  kind: EventKind,
  messageType: string,
  document: { key: Record<string, string>; fields?: Record<string, string | null | undefined>; enterprises: ReadonlyArray<string | null | undefined> },
  receipt: IssuedReceipt,
): PartnerEventInput {
  const fields = Object.fromEntries(Object.entries({ ...document.key, ...document.fields }).filter(([, value]) => value != null));
  return {
    kind,
    messageType,
    documentKey: document.key,
    enterprises: document.enterprises,
    returnStatus: receipt.returnStatus,
    receipt: {
      guid: receipt.guid,
      ...fields,
      version: receipt.version,
      returnStatus: receipt.returnStatus,
      returnTime: receipt.returnTime,
      returnInfo: receipt.returnInfo,
    },
    occurredAt: receipt.returnTime,
  };
}

/** An outbox row as a department's client reads it. */
export interface OutboxRecord {
  seq: bigint;
  id: string;
  kind: string;
  messageType: string | null;
  documentKey: unknown;
  enterprises: string[];
  returnStatus: number | null;
  receipt: unknown;
  occurredAt: Date;
}

/** The part of a department's client the outbox is read through. */
export interface OutboxReader {
  outboxEvent: {
    findMany(args: { where: { seq: { gt: bigint } }; orderBy: { seq: "asc" }; take: number }): PromiseLike<OutboxRecord[]>;
  };
}

/** The most events one read of an outbox returns. */
export const OUTBOX_PAGE_MAX = 500;

/** The largest seq a cursor can hold: seq is a PostgreSQL bigint (signed 64-bit). */
const SEQ_MAX = 9223372036854775807n;

/**
 * A seq cursor as given: digits only (an opaque string to callers, a bigint to the database). Nineteen digits
 * can still exceed int64, which the database would refuse with an internal error, so the range is checked here.
 */
export function seqCursor(after: string | null | undefined, argument = "after"): bigint {
  if (after == null) return 0n;
  if (!/^\d{1,19}$/.test(after) || BigInt(after) > SEQ_MAX) {
    throw badUserInput(argument, "is not a cursor this list gave");
  }
  return BigInt(after);
}

/** Events of an outbox after `after`, in seq order. */
export async function readOutbox(client: OutboxReader, after: bigint, first: number): Promise<OutboxRecord[]> {
  return client.outboxEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: first });
}

/**
 * The one resolver of every department's outbox read (`<department>OutboxEvents`, lib/graphql/schema.ts):
 * only the single window's relay, customs' service, may read an outbox; everyone else reads the relayed
 * events through customs' `receipts`, filtered by their enterprises.
 */
export function outboxResolvers(department: Department) {
  return {
    Query: {
      [outboxField(department)]: async (
        _: unknown,
        args: { after?: string | null; first?: number | null },
        context: { identity: Identity; prisma: unknown },
      ) => {
        const { identity } = context;
        if (!(identity.service === true && identity.department === "customs")) {
          throw forbidden("only the single window's relay (customs' service) reads a department's outbox");
        }
        const first = args.first ?? 100;
        if (!Number.isInteger(first) || first < 1 || first > OUTBOX_PAGE_MAX)
          throw badUserInput("first", `must be a whole number from 1 to ${OUTBOX_PAGE_MAX}`);
        const rows = await readOutbox(context.prisma as OutboxReader, seqCursor(args.after), first);
        return rows.map((row) => ({ ...row, seq: String(row.seq) }));
      },
    },
  };
}
