import { randomBytes, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { Webhook } from "standardwebhooks";
import { now } from "../../lib/clock";
import { loadEnv } from "../../lib/config";
import { logger } from "../../lib/logger";
import { AddressNotAllowedError, isPublicAddress, publicLookup, type AddressPolicy } from "../../lib/net/public-address";
import { retryOptions, retrySchedule, type Jobs, type JobRun, type RetryPolicy } from "../../lib/service/jobs";
import type { PartnerEvent, Prisma, WebhookEndpoint } from "../../prisma/customs/generated/client";
import type { CustomsContext } from "./context";
import { eventMessage } from "./events";

/** The queue of delivery attempts: one active job per endpoint (singletonKey), so that an endpoint gets its events in order. */
export const DELIVERY_JOB = "webhook-delivery";
/**
 * Where pg-boss puts an attempt job that failed for good without recording its outcome (its dead-letter queue):
 * the last attempt was cut off (its replica killed, its heartbeat lost) or threw. Its worker parks the delivery,
 * which would otherwise stay PENDING with no job left to retry it.
 */
export const PARKED_JOB = "webhook-delivery-parked";
/** The periodic job that makes deliveries for new events and queues their attempts. */
export const DISPATCH_JOB = "webhook-dispatch";
/** How often new events are dispatched: with the relay's half second, an event reaches its endpoints within about 2 seconds. */
const DISPATCH_INTERVAL_MS = 1000;
/** Events read per round of the dispatcher, and deliveries queued per round. */
const BATCH = 500;
/** The dispatcher's place in the PartnerEvent log (WebhookCursor). */
const CURSOR = "webhooks";
/** Held by a round's deliveries transaction (see makeDeliveries). */
const DISPATCH_LOCK = "SELECT pg_advisory_xact_lock(7305815)";
/**
 * Concurrent attempts per replica, to different endpoints: an endpoint's queue lets one attempt be active at a
 * time, except after one was failed on its heartbeat while its replica still ran it (lib/service/jobs.ts): its
 * retry may then run beside it. The stalled attempt checks its job's signal before it posts and before it
 * records, so the endpoint gets the event twice (same webhook-id) only if it had posted already.
 */
const CONCURRENCY = 4;

/** What an attempt job carries: the delivery, and the round's retry budget (the last attempt parks the delivery). */
interface DeliveryJob {
  deliveryId: string;
  /** The delivery's event, so that an attempt reads it beside the delivery (absent from jobs queued before it was carried). */
  eventId?: string;
  retryLimit: number;
  /** The round's job id (the delivery's jobId when it was queued), which the dead-letter copy keeps in its data. */
  round?: string;
}

/** The retries of webhook deliveries, from the environment (production: WEBHOOK_RETRY, at least 24 hours). */
export function webhookRetry(): RetryPolicy {
  const env = loadEnv();
  return { retryLimit: env.WEBHOOK_RETRY_LIMIT, retryDelay: env.WEBHOOK_RETRY_DELAY_SECONDS, retryDelayMax: env.WEBHOOK_RETRY_DELAY_MAX_SECONDS };
}

/** A new endpoint's signing secret, as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Whether an endpoint takes an event: one of its enterprises is a party, the kind is one it asked for, and it existed when the event was recorded. */
function wants(endpoint: WebhookEndpoint, event: PartnerEvent): boolean {
  return (
    event.recordedAt >= endpoint.createdAt &&
    (endpoint.kinds.length === 0 || endpoint.kinds.includes(event.kind)) &&
    endpoint.enterprises.some((code) => event.enterprises.includes(code))
  );
}

/**
 * Makes the deliveries of the events recorded since the last round (in log order) and moves the cursor, in one
 * transaction; a delivery made twice is stored once (endpoint, event). Returns how many events it read.
 */
async function makeDeliveries(prisma: CustomsContext["prisma"]): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // A dispatch the relay asked for may run beside the periodic one: they take the cursor one after the other.
    await tx.$executeRawUnsafe(DISPATCH_LOCK);
    const cursor = (await tx.webhookCursor.findUnique({ where: { name: CURSOR } }))?.seq ?? 0n;
    const events = await tx.partnerEvent.findMany({ where: { seq: { gt: cursor } }, orderBy: { seq: "asc" }, take: BATCH });
    if (events.length === 0) return 0;
    const endpoints = await tx.webhookEndpoint.findMany({ where: { disabledAt: null } });
    const createdAt = now();
    const deliveries: Prisma.WebhookDeliveryCreateManyInput[] = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => wants(endpoint, event))
        .map((endpoint) => ({
          id: randomUUID(),
          endpointId: endpoint.id,
          eventId: event.id,
          seq: event.seq,
          kind: event.kind,
          jobId: randomUUID(),
          createdAt,
        })),
    );
    await tx.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true });
    const seq = events.at(-1)!.seq;
    await tx.webhookCursor.upsert({ where: { name: CURSOR }, create: { name: CURSOR, seq }, update: { seq } });
    return events.length;
  });
}

/**
 * Queues an attempt job for every delivery whose round is not queued yet (new ones, redeliveries), in log order;
 * the job's id is the round's, so a job queued twice (a crash between the send and the mark) exists once.
 */
async function queueAttempts(prisma: CustomsContext["prisma"], jobs: Jobs): Promise<number> {
  const waiting = await prisma.webhookDelivery.findMany({
    where: { queued: false },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
    take: BATCH,
    select: { id: true, endpointId: true, eventId: true, jobId: true },
  });
  if (waiting.length === 0) return 0;
  const retry = webhookRetry();
  const expireInSeconds = Math.ceil(loadEnv().WEBHOOK_TIMEOUT_MS / 1000) + 30;
  // One at a time, so that each job is created after the one before it and an endpoint's jobs are taken in log order.
  for (const delivery of waiting) {
    await jobs.send<DeliveryJob>(
      DELIVERY_JOB,
      { deliveryId: delivery.id, eventId: delivery.eventId, retryLimit: retry.retryLimit, round: delivery.jobId! },
      { id: delivery.jobId!, singletonKey: delivery.endpointId, expireInSeconds, deadLetter: PARKED_JOB, ...retryOptions(retry) },
    );
  }
  // Marked once all are queued: a crash before this queues them again, as the same jobs.
  await prisma.webhookDelivery.updateMany({ where: { OR: waiting.map(({ id, jobId }) => ({ id, jobId })) }, data: { queued: true } });
  return waiting.length;
}

/**
 * Asks for a round of the dispatcher now (the relay has just logged events), beside the periodic ones: one such
 * job runs at a time across replicas (the queue is singleton per key), and one waits at most per second slot,
 * so a relay running every second never piles them up. A round that overlaps another is safe: deliveries take
 * the cursor under a lock, and attempts are queued by their own ids.
 */
export async function dispatchNow(jobs: Jobs): Promise<void> {
  await jobs.send(DISPATCH_JOB, {}, { singletonKey: "relayed", singletonSeconds: 1, singletonNextSlot: true, retryLimit: 0, deleteAfterSeconds: 60 });
}

/**
 * One round of the dispatcher: new events to deliveries, deliveries to queued attempts. Two rounds at once are
 * safe (see dispatchNow); `signal` (its job's) stops a round that is no longer its job's between batches.
 */
export async function dispatchWebhooks(prisma: CustomsContext["prisma"], jobs: Jobs, signal?: AbortSignal): Promise<void> {
  for (const batch of [() => makeDeliveries(prisma), () => queueAttempts(prisma, jobs)]) {
    for (let taken = BATCH; taken === BATCH;) {
      signal?.throwIfAborted();
      taken = await batch();
    }
  }
}

/** What an endpoint receives: the event, with the receipt's CEB XML when it is one of the standard's receipts. */
function webhookPayload(event: PartnerEvent) {
  return {
    id: event.id,
    type: event.kind,
    timestamp: event.occurredAt.toISOString(),
    data: {
      department: event.department,
      messageType: event.messageType,
      documentKey: event.documentKey,
      returnStatus: event.returnStatus,
      receipt: event.receipt,
      xml: eventMessage(event),
    },
  };
}

/** Which addresses deliveries may reach: loopback only outside production (a test's or the demo's receiver), never a private or special one. */
export function webhookAddressPolicy(): AddressPolicy {
  return { loopback: loadEnv().NODE_ENV !== "production" };
}

/**
 * How an attempt went: 2xx is delivered; anything else says what (never the answer's body). The host is resolved
 * as the connection is made and the connection goes to the address just checked (publicLookup), so an endpoint's
 * name that now resolves to a private address is refused; a refused address reads "address not allowed" whatever
 * it is, which tells a partner nothing about the network behind.
 */
function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<{ statusCode: number | null; error: string | null }> {
  const target = new URL(url);
  const policy = webhookAddressPolicy();
  // node:net connects to a literal address without a lookup: it is checked here.
  if (isIP(target.hostname.replace(/^\[(.*)\]$/, "$1")) !== 0 && !isPublicAddress(target.hostname, policy)) {
    return Promise.resolve({ statusCode: null, error: "address not allowed" });
  }
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers },
        lookup: publicLookup(policy),
        // A new connection each attempt: a kept-alive one would skip the lookup, and with it the check.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        // Redirects are not followed: a 3xx is an answer that is not 2xx.
        response.resume();
        const statusCode = response.statusCode ?? null;
        const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
        resolve({ statusCode, error: ok ? null : `answered HTTP ${statusCode}` });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error instanceof AddressNotAllowedError) resolve({ statusCode: null, error: "address not allowed" });
      else if (error.name === "AbortError" || error.name === "TimeoutError") resolve({ statusCode: null, error: `no answer within ${timeoutMs} ms` });
      else resolve({ statusCode: null, error: `could not connect${error.code ? ` (${error.code})` : ""}` });
    });
    request.end(body);
  });
}

/**
 * One attempt of a delivery, signed as Standard Webhooks says (webhook-id = the event's id, the same for every
 * attempt). A failed attempt throws, and pg-boss retries it with backoff; the round's last failed attempt parks
 * the delivery (FAILED). A job of an earlier round (the delivery was redelivered since) does nothing.
 */
async function attempt(prisma: CustomsContext["prisma"], job: JobRun<DeliveryJob>): Promise<void> {
  // The delivery and its event are read at once: an attempt's reads are most of its time on a busy database.
  const [delivery, carried] = await Promise.all([
    prisma.webhookDelivery.findUnique({ where: { id: job.data.deliveryId }, include: { endpoint: true } }),
    job.data.eventId ? prisma.partnerEvent.findUnique({ where: { id: job.data.eventId } }) : null,
  ]);
  if (!delivery || delivery.jobId !== job.id || delivery.status !== "PENDING") return;
  const event = carried ?? (await prisma.partnerEvent.findUniqueOrThrow({ where: { id: delivery.eventId } }));
  const last = job.retryCount >= job.data.retryLimit;
  if (delivery.endpoint.disabledAt) {
    await prisma.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "FAILED", lastStatusCode: null, lastError: "the endpoint was disabled" },
    });
    return;
  }
  const body = JSON.stringify(webhookPayload(event));
  // Transport time, not business time: receivers check it against their own clock to refuse replays.
  const sentAt = new Date();
  const signature = new Webhook(delivery.endpoint.secret).sign(event.id, sentAt, body);
  const headers = { "webhook-id": event.id, "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)), "webhook-signature": signature };
  // An attempt that is no longer its job's (failed on its heartbeat, its retry perhaps under way elsewhere) neither posts nor records.
  job.signal.throwIfAborted();
  const outcome = await post(delivery.endpoint.url, headers, body, loadEnv().WEBHOOK_TIMEOUT_MS);
  job.signal.throwIfAborted();
  const delivered = outcome.error === null;
  await prisma.webhookDelivery.updateMany({
    where: { id: delivery.id, jobId: job.id },
    data: {
      attempts: { increment: 1 },
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      status: delivered ? "DELIVERED" : last ? "FAILED" : "PENDING",
      deliveredAt: delivered ? now() : null,
    },
  });
  if (!delivered && !last) throw new Error(`webhook attempt failed: ${outcome.error}`);
}

/**
 * Parks a delivery whose round ended without an outcome recorded (PARKED_JOB): FAILED, to be redelivered by its
 * partner. Only while it is still that round's and PENDING: an attempt that did record, or a redelivery since,
 * is left alone.
 */
export async function parkCutOffDelivery(prisma: CustomsContext["prisma"], job: Pick<JobRun<DeliveryJob>, "data">): Promise<void> {
  if (!job.data.round) return;
  await prisma.webhookDelivery.updateMany({
    where: { id: job.data.deliveryId, jobId: job.data.round, status: "PENDING" },
    data: { status: "FAILED", lastError: "the last attempt did not finish (its replica stopped or it was cut off)" },
  });
}

/** Customs' workers: the dispatcher once a second across replicas, and the attempts. Production refuses retries shorter than 24 hours. */
export async function startWebhooks(jobs: Jobs, context: () => Pick<CustomsContext, "prisma">): Promise<void> {
  const retry = webhookRetry();
  const budget = retrySchedule(retry).reduce((sum, wait) => sum + wait.min, 0);
  if (loadEnv().NODE_ENV === "production" && budget < 24 * 3600) {
    throw new Error(`webhook retries must last at least 24 hours in production; WEBHOOK_RETRY_* give ${budget} s at least`);
  }
  const log = logger.child({ service: "customs", component: "webhooks" });
  // First: the attempts' dead-letter queue must exist before an attempt names it.
  await jobs.work<DeliveryJob>(PARKED_JOB, (job) => parkCutOffDelivery(context().prisma, job));
  await jobs.work<DeliveryJob>(DELIVERY_JOB, (job) => attempt(context().prisma, job), {
    policy: "singleton",
    localConcurrency: CONCURRENCY,
    pollingIntervalSeconds: 0.5,
    // A backlog (many events at once, an endpoint back after a while) is delivered back to back.
    burstWhenReadyExceeds: 1,
  });
  await jobs.every(DISPATCH_JOB, DISPATCH_INTERVAL_MS, async (signal) => {
    await dispatchWebhooks(context().prisma, jobs, signal).catch((error: unknown) => {
      log.error({ err: error }, "webhook dispatch failed; the next round retries");
      throw error;
    });
  });
}
