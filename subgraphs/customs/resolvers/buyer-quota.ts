import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { GraphQLError } from "graphql";
import { now } from "../../../lib/clock";
import { personalDataRead } from "../../../lib/auth/policy";
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
  buyerName?: string,
): Promise<string> {
  const where = {
    buyerIdNumber,
    returnStatus: { in: COUNTED },
    acceptedAt: { gte: chinaYearStart(year), lt: chinaYearStart(year + 1) },
    ...(exclude ? { NOT: exclude } : {}),
  };
  // The limit is the identity number's, whatever name a list gave. Asked with a name (the pre-check), the
  // name must be one of the buyer's lists' too: else the caller knows only an identity number, and is
  // answered as for a buyer with no purchases, so that a number alone discloses nothing.
  if (buyerName !== undefined && !(await prisma.inventoryDeclaration.findFirst({ where: { ...where, buyerName }, select: { copNo: true } }))) return "0";
  const { _sum } = await prisma.inventoryDeclaration.aggregate({ _sum: { dutiableValue: true }, where });
  return _sum.dutiableValue?.toFixed() ?? "0";
}

/** A platform's pre-checks of buyers' quota per partner and hour: each one tells how much a person has spent. */
export const QUOTA_READS_PER_HOUR = 600;
const HOUR = 3_600_000;
const QUOTA_ENTITY = "BuyerQuota";
/** The advisory lock (with the caller's subject) a quota check's count and audit row are taken under. */
const QUOTA_LOCK = 7305814;

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
export async function buyerQuota(args: { ebpCode: string; buyer: BuyerIdentityInput; amount?: string | null }, context: CustomsContext): Promise<BuyerQuota> {
  const { identity, prisma, graph } = context;
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

  const at = now();
  // The read is on record before it is answered, and counted with the caller's lock held: requests at once,
  // or aliases in one request, each take their turn, so none can pass the limit unseen (an audit row written
  // only with the response would be counted too late).
  const read = personalDataRead(context, {
    entityType: QUOTA_ENTITY,
    // The record is the buyer, named by a hash of the identity number (as CIQ knows a buyer), never the number.
    recordKey: JSON.stringify([createHash("sha256").update(`buyer|${args.buyer.idNumber}`).digest("hex")]),
    field: "remaining",
  });
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${QUOTA_LOCK}::int, hashtext(${identity.subject}))`;
    const recent = await tx.personalDataRead.count({
      where: { subject: identity.subject, entityType: QUOTA_ENTITY, at: { gte: new Date(at.getTime() - HOUR) } },
    });
    if (recent >= QUOTA_READS_PER_HOUR) {
      throw new GraphQLError(`at most ${QUOTA_READS_PER_HOUR} buyer quota checks per hour; ask again later`, { extensions: { code: ErrorCode.RATE_LIMITED } });
    }
    await tx.personalDataRead.create({ data: { ...read, at } });
  });

  const limit = annualLimitOn(at);
  if (!limit) throw new Error("no CBEC annual limit is in force today");
  const year = chinaYear(at);
  const used = new Decimal(await buyerYearTotal(prisma, args.buyer.idNumber, year, undefined, name));
  const remaining = Decimal.max(0, new Decimal(limit.annual).minus(used));
  return {
    year,
    limit: new Decimal(limit.annual).toFixed(2),
    remaining: remaining.toFixed(2),
    wouldExceed: amount ? used.plus(amount).greaterThan(limit.annual) : null,
  };
}
