import type { Identity } from "../../../lib/auth/identity";
import { badUserInput } from "../../../lib/graphql/errors";
import { MAX_PAGE_SIZE } from "../../../lib/graphql/pagination";
import { eventKinds, seqCursor } from "../../../lib/service/outbox";
import type { PartnerEvent, Prisma } from "../../../prisma/customs/generated/client";
import type { Resolvers } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { eventMessage } from "../events";

/**
 * Whose events a caller reads: a partner or an enterprise user those naming one of its enterprises (an event
 * names every party of its document, as the document's row policy does); staff, analysts and administrators
 * every event, which carries no personal data; any other role (the public, a role added later) none: the
 * feed is closed unless a role is named here.
 */
function visibleTo(identity: Identity): Prisma.PartnerEventWhereInput | null {
  switch (identity.role) {
    case "staff":
    case "analyst":
    case "admin":
      return {};
    case "partner":
    case "enterprise":
      return { enterprises: { hasSome: identity.usccs } };
    default:
      return null;
  }
}

/** A page of the log as the resolvers answer it. */
export interface ReceiptEventPage {
  nodes: PartnerEvent[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of the log after `after`, in seq order: one statement whatever the page's size. */
export async function receiptsPage(
  args: { after?: string | null; first?: number | null; kinds?: readonly string[] | null },
  { identity, prisma }: Pick<CustomsContext, "identity" | "prisma">,
): Promise<ReceiptEventPage> {
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badUserInput("first", `must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  const after = seqCursor(args.after);
  const kinds = args.kinds ? eventKinds("kinds", args.kinds) : null;
  const visible = visibleTo(identity);
  if (visible === null) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: args.after ?? null } };
  const rows = await prisma.partnerEvent.findMany({
    where: { AND: [visible, { seq: { gt: after } }, ...(kinds ? [{ kind: { in: kinds } }] : [])] },
    orderBy: { seq: "asc" },
    take: first + 1,
  });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length > 0 ? String(nodes.at(-1)!.seq) : (args.after ?? null) },
  };
}

const receiptOf = (event: PartnerEvent) => event.receipt as Record<string, unknown>;

export const receiptResolvers: Resolvers = {
  Query: {
    receipts: (_, args, context) => receiptsPage(args, context),
  },
  ReceiptEvent: {
    cursor: (event) => String(event.seq),
    returnInfo: (event) => {
      const info = receiptOf(event).returnInfo;
      return typeof info === "string" ? info : null;
    },
    xml: (event) => eventMessage(event),
  },
};
