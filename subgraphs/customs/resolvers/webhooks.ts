import { randomUUID } from "node:crypto";
import type { Identity } from "../../../lib/auth/identity";
import { now } from "../../../lib/clock";
import { loadEnv } from "../../../lib/config";
import { requireSubmitter } from "../../../lib/documents/submission";
import { badUserInput, forbidden } from "../../../lib/graphql/errors";
import { paginate } from "../../../lib/graphql/pagination";
import type { Prisma, WebhookDelivery } from "../../../prisma/customs/generated/client";
import type { Resolvers, WebhookEndpointInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { newWebhookSecret } from "../webhooks";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_URL = 2000;
const MAX_KINDS = 20;
const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

function id(field: string, value: string): string {
  if (!UUID.test(value)) throw badUserInput(field, "is not an id (a UUID)");
  return value.toLowerCase();
}

/**
 * Where a partner's events may be posted: https; http only to this machine (a test's or a developer's receiver)
 * outside production. In production a loopback address is refused too, whatever the scheme: a partner's URL
 * must never reach the single window's own services.
 */
function endpointUrl(value: string): string {
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
  if (production && loopback) throw badUserInput("endpoint.url", "must not be a loopback address in production");
  if (url.protocol === "https:" || (url.protocol === "http:" && loopback && !production)) return url.toString();
  throw badUserInput("endpoint.url", production ? "must be https" : "must be https (http only to 127.0.0.1, [::1] or localhost, outside production)");
}

/** Partners and enterprise users manage the endpoints of the enterprises they act for; administrators and customs staff read every one. */
function readsAll(identity: Identity): boolean {
  if (identity.role === "admin" || (identity.role === "staff" && identity.department === "customs")) return true;
  if (identity.role === "partner" || identity.role === "enterprise") return false;
  throw forbidden("webhooks are for partners (and customs staff and administrators, who read them)");
}

/** The ids of the caller's endpoints: those whose every enterprise the caller acts for (one query). */
async function ownEndpointIds({ identity, prisma }: CustomsContext): Promise<string[] | "all"> {
  if (readsAll(identity)) return "all";
  const candidates = await prisma.webhookEndpoint.findMany({ where: { enterprises: { hasSome: identity.usccs } }, select: { id: true, enterprises: true } });
  return candidates.filter((endpoint) => endpoint.enterprises.every((code) => identity.usccs.includes(code))).map((endpoint) => endpoint.id);
}

function onlyOwn(ids: string[] | "all"): Prisma.WebhookDeliveryWhereInput {
  return ids === "all" ? {} : { endpointId: { in: ids } };
}

async function register(context: CustomsContext, input: WebhookEndpointInput) {
  const { identity, prisma } = context;
  if (identity.role !== "partner" && identity.role !== "enterprise") throw forbidden("only partners register webhook endpoints");
  const url = endpointUrl(input.url);
  if (input.enterprises.length === 0) throw badUserInput("endpoint.enterprises", "names no enterprise");
  input.enterprises.forEach((code, index) => requireSubmitter(identity, code, `endpoint.enterprises[${index}]`));
  const kinds = [...new Set(input.kinds ?? [])];
  if (kinds.length > MAX_KINDS) throw badUserInput("endpoint.kinds", `at most ${MAX_KINDS} kinds`);
  const bad = kinds.findIndex((kind) => !KIND.test(kind));
  if (bad >= 0) throw badUserInput(`endpoint.kinds[${bad}]`, "is not an event kind (upper-case letters, digits and _, e.g. INVENTORY_RECEIPT)");
  const secret = newWebhookSecret();
  const endpoint = await prisma.webhookEndpoint.create({
    data: { enterprises: [...new Set(input.enterprises)], url, secret, kinds, createdBy: identity.subject, createdAt: now() },
  });
  return { endpoint, secret };
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
        // A new round for each delivery that is not under way: its own job id, queued by the next dispatch.
        for (const delivery of found.filter((delivery) => delivery.status !== "PENDING")) {
          await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "PENDING", jobId: randomUUID(), queued: false, deliveredAt: null } });
        }
        return tx.webhookDelivery.findMany({ where: { id: { in: found.map((delivery) => delivery.id) } }, orderBy: { createdAt: "asc" } });
      });
    },
  },
};
