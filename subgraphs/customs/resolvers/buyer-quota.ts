import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { GraphQLError } from "graphql";
import { now } from "../../../lib/clock";
import { badUserInput, ErrorCode, forbidden } from "../../../lib/graphql/errors";
import { enterpriseCode } from "../../../lib/graphql/filters";
import { chinaYear, chinaYearStart } from "../../../lib/rules/china-time";
import { residentIdProblem } from "../../../lib/rules/resident-id";
import type { PrismaClient } from "../../../prisma/customs/generated/client";
import type { BuyerIdentityInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { annualLimitOn } from "../rules/import-tax";

/** Lists in these states count towards the buyer's annual purchases (rejected, waiting and returned lists do not). */
const COUNTED = [120, 300, 399, 500, 800, 899];

/**
 * The buyer's CBEC purchases (完税价格 of the lists accepted) in China year `year`, returns taken off: the
 * one total both the annual limit of a list and the quota pre-check count.
 */
export async function buyerYearTotal(
  prisma: Pick<PrismaClient, "inventoryDeclaration">,
  buyerIdNumber: string,
  year: number,
  exclude?: { agentCode: string; copNo: string },
): Promise<string> {
  const { _sum } = await prisma.inventoryDeclaration.aggregate({
    _sum: { dutiableValue: true },
    where: {
      buyerIdNumber,
      returnStatus: { in: COUNTED },
      acceptedAt: { gte: chinaYearStart(year), lt: chinaYearStart(year + 1) },
      ...(exclude ? { NOT: exclude } : {}),
    },
  });
  return _sum.dutiableValue?.toFixed() ?? "0";
}

/** A platform's pre-checks of buyers' quota per partner and hour: each one tells how much a person has spent. */
export const QUOTA_READS_PER_HOUR = 600;
const HOUR = 3_600_000;
const QUOTA_ENTITY = "BuyerQuota";

/** The enterprise roles that sell to buyers, and so may ask for a buyer's quota before an order. */
const SELLING_ROLES = new Set(["PLATFORM", "ECOMMERCE"]);
const ROLES = `query BuyerQuotaSeller($uscc: String!) { enterprise(uscc: $uscc) { roles } }`;

export interface BuyerQuota {
  year: number;
  limit: string;
  remaining: string;
  wouldExceed: boolean | null;
}

/**
 * 年度限额 pre-check (docs/partner-guide.md#buyer-quota-pre-check): how much of the personal annual limit a buyer has
 * left this China year, for the platform or e-commerce enterprise about to take the buyer's order. Only the
 * limit and what remains: never the buyer's lists, amounts or platforms. Each answer is a full read of the
 * buyer's personal data: audited (the identity number hashed) and limited per caller and hour.
 */
export async function buyerQuota(
  args: { ebpCode: string; buyer: BuyerIdentityInput; amount?: string | null },
  { identity, prisma, graph, audit, operation }: CustomsContext,
): Promise<BuyerQuota> {
  const seller = enterpriseCode("ebpCode", args.ebpCode);
  const staff = identity.role === "admin" || (identity.role === "staff" && identity.department === "customs");
  if (!staff) {
    if ((identity.role !== "partner" && identity.role !== "enterprise") || !identity.usccs.includes(seller)) {
      throw forbidden("only a platform or e-commerce enterprise may check a buyer's quota, for itself (ebpCode must be your own)");
    }
    const answer = await graph.request<{ enterprise: { roles: string[] } | null }>(ROLES, { uscc: seller });
    if (answer.errors?.length) {
      throw new GraphQLError("credit cannot be asked about the enterprise's roles now; ask again later", {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "credit", retryable: true },
      });
    }
    if (!answer.data?.enterprise?.roles.some((role) => SELLING_ROLES.has(role))) {
      throw forbidden("only a platform or e-commerce enterprise may check a buyer's quota: ebpCode is registered with neither role");
    }
  }
  if (args.buyer.idType !== "1") throw badUserInput("buyer.idType", "must be 1 (resident identity card)");
  const idProblem = residentIdProblem(args.buyer.idNumber);
  // The problem is told, never the number (personal data stays out of error messages).
  if (idProblem) throw badUserInput("buyer.idNumber", "is not a valid resident identity number");
  const name = args.buyer.name.trim();
  if (name.length === 0 || name.length > 100) throw badUserInput("buyer.name", "must be 1 to 100 characters");
  const amount = args.amount == null ? null : new Decimal(args.amount);
  if (amount?.isNegative()) throw badUserInput("amount", "must not be negative");

  const recent = await prisma.personalDataRead.count({
    where: { subject: identity.subject, entityType: QUOTA_ENTITY, at: { gte: new Date(Date.now() - HOUR) } },
  });
  if (recent >= QUOTA_READS_PER_HOUR) {
    throw new GraphQLError(`at most ${QUOTA_READS_PER_HOUR} buyer quota checks per hour; ask again later`, { extensions: { code: ErrorCode.RATE_LIMITED } });
  }

  const at = now();
  const limit = annualLimitOn(at);
  if (!limit) throw new Error("no CBEC annual limit is in force today");
  const used = new Decimal(await buyerYearTotal(prisma, args.buyer.idNumber, chinaYear(at)));
  const remaining = Decimal.max(0, new Decimal(limit.annual).minus(used));
  audit.push({
    subject: identity.subject,
    role: identity.role,
    department: identity.department ?? null,
    requestId: identity.requestId,
    operation: identity.onBehalfOf ? identity.onBehalfOf.operation : operation,
    onBehalfOf: identity.onBehalfOf?.subject ?? null,
    entityType: QUOTA_ENTITY,
    // The record is the buyer, named by a hash of the identity number (as CIQ knows a buyer), never the number.
    recordKey: JSON.stringify([createHash("sha256").update(`buyer|${args.buyer.idNumber}`).digest("hex")]),
    field: "remaining",
  });
  return {
    year: chinaYear(at),
    limit: new Decimal(limit.annual).toFixed(2),
    remaining: remaining.toFixed(2),
    wouldExceed: amount ? used.plus(amount).greaterThan(limit.annual) : null,
  };
}
