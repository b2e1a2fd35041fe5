import { isIP } from "node:net";
import type { Identity } from "../../../lib/auth/identity";
import { now } from "../../../lib/clock";
import { loadEnv } from "../../../lib/config";
import { requireSubmitter } from "../../../lib/documents/submission";
import { GraphQLError } from "graphql";
import { badUserInput, ErrorCode, forbidden } from "../../../lib/graphql/errors";
import { paginate } from "../../../lib/graphql/pagination";
import { AddressNotAllowedError, isPublicAddress, resolvePublic } from "../../../lib/net/public-address";
import { eventKinds } from "../../../lib/service/outbox";
import type { Prisma, WebhookDelivery } from "../../../prisma/customs/generated/client";
import type { Resolvers, WebhookEndpointInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { newWebhookSecret, webhookAddressPolicy } from "../webhooks";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_URL = 2000;
const MAX_KINDS = 20;
const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

function id(field: string, value: string): string {
  if (!UUID.test(value)) throw badUserInput(field, "is not an id (a UUID)");
  return value.toLowerCase();
}

/**
 * Where a partner's events may be posted: https; http only to this machine (a test's or a developer's receiver)
 * outside production. The host must be a public address (lib/net/public-address.ts): in production its name is
 * resolved and every address it has must be public (no private network, loopback, link-local, metadata service);
 * outside production an address written literally is checked, loopback allowed, and names are not resolved.
 * Each attempt checks the address again as it connects (webhooks.ts), so a name that changes later is refused then.
 */
async function endpointUrl(value: string): Promise<string> {
  if (value.length > MAX_URL) throw badUserInput("endpoint.url", `is longer than ${MAX_URL} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badUserInput("endpoint.url", "is not an absolute URL");
  }
  if (url.username || url.password) throw badUserInput("endpoint.url", "must not carry a user or password");
  const production = loadEnv().NODE_ENV === "production";
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback && !production)) {
    throw badUserInput("endpoint.url", production ? "must be https" : "must be https (http only to 127.0.0.1, [::1] or localhost, outside production)");
  }
  const policy = webhookAddressPolicy();
  const literal = isIP(url.hostname.replace(/^\[(.*)\]$/, "$1")) !== 0;
  if (literal && !isPublicAddress(url.hostname, policy)) throw badUserInput("endpoint.url", "address not allowed");
  if (production && !literal) {
    await resolvePublic(url.hostname, policy).catch((error: unknown) => {
      throw badUserInput("endpoint.url", error instanceof AddressNotAllowedError ? "address not allowed" : "host name does not resolve");
    });
  }
  return url.toString();
}

/**
 * An endpoint is managed (listed, its deliveries read and redelivered, disabled) only by the partner or enterprise
 * user that registered it (`createdBy`), not by another caller acting for the same enterprises: two partners of
 * one enterprise keep their endpoints, secrets' use and delivery history apart. Administrators and customs staff
 * read every one.
 */
function readsAll(identity: Identity): boolean {
  if (identity.role === "admin" || (identity.role === "staff" && identity.department === "customs")) return true;
  if (identity.role === "partner" || identity.role === "enterprise") return false;
  throw forbidden("webhooks are for partners (and customs staff and administrators, who read them)");
}

/** The ids of the caller's endpoints: those it registered (one query). */
async function ownEndpointIds({ identity, prisma }: CustomsContext): Promise<string[] | "all"> {
  if (readsAll(identity)) return "all";
  const own = await prisma.webhookEndpoint.findMany({ where: { createdBy: identity.subject }, select: { id: true } });
  return own.map((endpoint) => endpoint.id);
}

function onlyOwn(ids: string[] | "all"): Prisma.WebhookDeliveryWhereInput {
  return ids === "all" ? {} : { endpointId: { in: ids } };
}

/** Active (not disabled) endpoints one caller may have: enough for an endpoint per kind of use, few enough that a leaked key cannot fan the log out. */
export const MAX_ACTIVE_ENDPOINTS = 10;
const MAX_REFERENCE = 100;
/** The first key of the advisory lock that runs one caller's registrations one at a time (the second is its subject's hash). */
const REGISTRATION_LOCK = 7305815;

function refusal(field: string, message: string, reason: "WEBHOOK_ENDPOINT_LIMIT" | "WEBHOOK_REFERENCE_REUSED"): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason } });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Registers an endpoint, idempotently when the caller gives a `reference`: a resend (the answer to the first was
 * lost) returns the endpoint and secret of the first, since the caller may never have seen that secret; the same
 * reference for another URL, other enterprises or kinds is refused. The caller's registrations run one at a time
 * (an advisory lock on its subject), so that neither a resend racing the first nor the cap can be got round.
 */
async function register(context: CustomsContext, input: WebhookEndpointInput) {
  const { identity, prisma } = context;
  if (identity.role !== "partner" && identity.role !== "enterprise") throw forbidden("only partners register webhook endpoints");
  const url = await endpointUrl(input.url);
  if (input.enterprises.length === 0) throw badUserInput("endpoint.enterprises", "names no enterprise");
  input.enterprises.forEach((code, index) => requireSubmitter(identity, code, `endpoint.enterprises[${index}]`));
  const enterprises = [...new Set(input.enterprises)];
  const kinds = eventKinds("endpoint.kinds", input.kinds ?? []);
  if (kinds.length > MAX_KINDS) throw badUserInput("endpoint.kinds", `at most ${MAX_KINDS} kinds`);
  const reference = input.reference ?? null;
  if (reference !== null && (reference.length === 0 || reference.length > MAX_REFERENCE)) {
    throw badUserInput("endpoint.reference", `must be 1 to ${MAX_REFERENCE} characters`);
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REGISTRATION_LOCK}::int4, hashtext(${identity.subject}))`;
    if (reference !== null) {
      const earlier = await tx.webhookEndpoint.findUnique({ where: { createdBy_reference: { createdBy: identity.subject, reference } } });
      if (earlier) {
        if (earlier.url !== url || !sameSet(earlier.enterprises, enterprises) || !sameSet(earlier.kinds, kinds)) {
          throw refusal("endpoint.reference", "already names another endpoint of yours (another URL, enterprises or kinds)", "WEBHOOK_REFERENCE_REUSED");
        }
        return { endpoint: earlier, secret: earlier.secret };
      }
    }
    const active = await tx.webhookEndpoint.count({ where: { createdBy: identity.subject, disabledAt: null } });
    if (active >= MAX_ACTIVE_ENDPOINTS) {
      throw refusal(
        "endpoint",
        `you have ${MAX_ACTIVE_ENDPOINTS} active endpoints already, the most one caller may have; disable one first`,
        "WEBHOOK_ENDPOINT_LIMIT",
      );
    }
    const secret = newWebhookSecret();
    const endpoint = await tx.webhookEndpoint.create({ data: { enterprises, url, secret, kinds, reference, createdBy: identity.subject, createdAt: now() } });
    return { endpoint, secret };
  });
}

export const webhookResolvers: Resolvers = {
  Query: {
    webhookEndpoints: async (_, __, context) => {
      const ids = await ownEndpointIds(context);
      return context.prisma.webhookEndpoint.findMany({ where: ids === "all" ? {} : { id: { in: ids } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    },
    webhookDeliveries: async (_, args, context) => {
      const ids = await ownEndpointIds(context);
      const filter = args.filter ?? {};
      const endpointId = filter.endpointId == null ? undefined : id("filter.endpointId", filter.endpointId);
      if (endpointId && ids !== "all" && !ids.includes(endpointId)) throw forbidden("filter.endpointId: not one of your endpoints");
      const where: Prisma.WebhookDeliveryWhereInput = {
        endpointId,
        status: filter.status ?? undefined,
        eventId: filter.eventId == null ? undefined : id("filter.eventId", filter.eventId),
      };
      return paginate<WebhookDelivery, Prisma.WebhookDeliveryWhereInput>(
        args,
        { fields: ["createdAt", "id"], direction: "desc" },
        { AND: [where, onlyOwn(ids)] },
        { rows: (query) => context.prisma.webhookDelivery.findMany(query), count: (where) => context.prisma.webhookDelivery.count({ where }) },
      );
    },
  },
  Mutation: {
    registerWebhookEndpoint: (_, { endpoint }, context) => register(context, endpoint),
    disableWebhookEndpoint: async (_, args, context) => {
      const endpointId = id("id", args.id);
      const ids = await ownEndpointIds(context);
      if (ids !== "all" && !ids.includes(endpointId)) throw forbidden("id: not one of your endpoints");
      if (ids === "all") throw forbidden("only the partner that registered an endpoint disables it");
      // Disabling twice keeps the first time.
      await context.prisma.webhookEndpoint.updateMany({ where: { id: endpointId, disabledAt: null }, data: { disabledAt: now() } });
      return context.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    },
    redeliverWebhook: async (_, args, context) => {
      if ((args.deliveryId == null) === (args.eventId == null)) throw badUserInput("deliveryId", "give either deliveryId or eventId");
      const ids = await ownEndpointIds(context);
      if (ids === "all") throw forbidden("only the partner an endpoint belongs to asks for a redelivery");
      const where: Prisma.WebhookDeliveryWhereInput =
        args.deliveryId != null ? { id: id("deliveryId", args.deliveryId), ...onlyOwn(ids) } : { eventId: id("eventId", args.eventId!), ...onlyOwn(ids) };
      return context.prisma.$transaction(async (tx) => {
        const found = await tx.webhookDelivery.findMany({ where, select: { id: true, status: true } });
        if (found.length === 0) {
          throw args.deliveryId != null
            ? forbidden("deliveryId: not a delivery to one of your endpoints")
            : badUserInput("eventId", "no delivery of this event to your endpoints");
        }
        // A new round for each delivery that is not under way: its own job id, queued by the next dispatch; one
        // statement however many endpoints the event went to (each row draws its own job id).
        const restart = found.filter((delivery) => delivery.status !== "PENDING").map((delivery) => delivery.id);
        if (restart.length > 0) {
          await tx.$executeRaw`
            UPDATE "WebhookDelivery" SET "status" = 'PENDING', "jobId" = gen_random_uuid(), "queued" = false, "deliveredAt" = NULL
            WHERE "id" = ANY(${restart}::uuid[]) AND "status" <> 'PENDING'`;
        }
        return tx.webhookDelivery.findMany({ where: { id: { in: found.map((delivery) => delivery.id) } }, orderBy: { createdAt: "asc" } });
      });
    },
  },
};
