import { createHash, randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { requireStaffOf, requireStaffOrService } from "../../../lib/auth/guards";
import { isDuplicateKey } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { badUserInput, departmentUnreachable } from "../../../lib/graphql/errors";
import { documentNo, uscc } from "../../../lib/graphql/filters";
import { now } from "../../../lib/clock";
import { chinaDay } from "../../../lib/rules/china-time";
import { COUNTRIES, UNITS } from "../../../lib/rules/code-tables";
import { ean13Problem } from "../../../lib/rules/ean13";
import { hsCodeProblem } from "../../../lib/rules/hs-code";
import type { Prisma, ProductFiling, ProductFilingApplication } from "../../../prisma/ciq/generated/client";
import type { ProductFilingInput, ProductFilingLine } from "../__generated__/resolvers-types";
import type { CiqContext } from "../context";
import { cusGoodsNoProblem, matchFiling } from "../rules/product-filing";
import { notBeforeToday, rejectApplication, revokeFiling, type FilingKind } from "./filing-decisions";
import { recordFilingEvent, type FilingStep } from "../events";

type Transaction = Prisma.TransactionClient;

const text = (field: string, value: string | null | undefined, max: number): string | null => {
  if (value == null) return null;
  if (value.trim() === "" || value.trim() !== value || value.length > max)
    throw badUserInput(field, `must be 1 to ${max} characters without surrounding spaces`);
  return value;
};
const required = (field: string, value: string, max: number): string => text(field, value, max)!;

const TARIFF_LINE = `query TariffLine($code: String!, $on: Date!) { tariffLines(codes: [$code], on: $on) { hs10 } }`;

/** The tariff is customs' (docs/architecture.md): a product is filed under a code of the tariff in force on the filing day. */
async function requireInTariff({ graph }: CiqContext, hsCode: string, today: string): Promise<void> {
  const answer = await graph.request<{ tariffLines: Array<{ hs10: string } | null> }>(TARIFF_LINE, { code: hsCode, on: today });
  if (answer.errors?.length || !answer.data) {
    throw departmentUnreachable("application.hsCode", "customs", "about the tariff");
  }
  if (!answer.data.tariffLines[0]) throw badUserInput("application.hsCode", `${hsCode} is not in the tariff in force on ${today}`);
}

/** The application's content, checked: every field the filing will carry (its code's place in the tariff aside). */
function checkedContent(input: ProductFilingInput) {
  const hsCode = input.hsCode;
  const hsProblem = hsCodeProblem(hsCode);
  if (hsProblem) throw badUserInput("application.hsCode", hsProblem);
  if (input.barCode != null) {
    const problem = ean13Problem(input.barCode);
    if (problem) throw badUserInput("application.barCode", problem);
  }
  if (input.cusGoodsNo != null) {
    const problem = cusGoodsNoProblem(input.cusGoodsNo);
    if (problem) throw badUserInput("application.cusGoodsNo", problem);
  }
  if (!(input.originCountry in COUNTRIES)) throw badUserInput("application.originCountry", `${input.originCountry} is not a country of the code table`);
  if (!(input.unit in UNITS)) throw badUserInput("application.unit", `${input.unit} is not a unit of the code table`);
  const regPrice = new Decimal(input.regPrice.toString());
  if (!regPrice.isPositive() || regPrice.isZero()) throw badUserInput("application.regPrice", "must be positive");
  return {
    ownerUscc: uscc("application.ownerUscc", input.ownerUscc),
    hsCode,
    itemNo: text("application.itemNo", input.itemNo, 30),
    cusGoodsNo: input.cusGoodsNo ?? null,
    barCode: input.barCode ?? null,
    goodsName: required("application.goodsName", input.goodsName, 250),
    goodsStyle: text("application.goodsStyle", input.goodsStyle, 250),
    brand: text("application.brand", input.brand, 100),
    originCountry: input.originCountry,
    manufacturer: required("application.manufacturer", input.manufacturer, 250),
    unit: input.unit,
    regPrice: regPrice.toFixed(5),
    businessType: input.businessType,
    riskLevel: input.riskLevel,
  };
}

/** An application checked by checkedProductApplication: the only form applyForProductFiling records. */
export interface CheckedProductApplication {
  reference: string;
  content: ReturnType<typeof checkedContent>;
}

/**
 * Checks an application once, for the mutation and the demo seed alike: its reference and every field the
 * filing will carry (whether its code is in the tariff in force is the mutation's to ask customs).
 */
export function checkedProductApplication(input: ProductFilingInput): CheckedProductApplication {
  return { reference: documentNo("application.reference", input.reference, 64), content: checkedContent(input) };
}

/**
 * An e-commerce enterprise (partner key or enterprise user) files for itself, registered with credit as one
 * (lib/documents/roles.ts); CIQ staff may file for any enterprise.
 */
async function requireApplicant(context: CiqContext, ownerUscc: string): Promise<void> {
  const { identity } = context;
  if (identity.role === "partner" || identity.role === "enterprise") await requireSender(context, "productFiling", ownerUscc);
  else requireStaffOf(identity, ["ciq"], "file products for an enterprise");
}

export async function fileProduct({ application }: { application: ProductFilingInput }, context: CiqContext) {
  const checked = checkedProductApplication(application);
  await requireApplicant(context, checked.content.ownerUscc);
  const appliedAt = now();
  await requireInTariff(context, checked.content.hsCode, chinaDay(appliedAt));
  return applyForProductFiling(context.prisma, context.identity.subject, checked, appliedAt);
}

/**
 * The content's hash. An application without a customs goods number hashes as it did before applications
 * had one, so that such an application sent again under its reference is still the same one.
 */
function hashOf({ cusGoodsNo, ...content }: CheckedProductApplication["content"]): string {
  return createHash("sha256")
    .update(JSON.stringify(cusGoodsNo == null ? content : { ...content, cusGoodsNo }))
    .digest("hex");
}

/**
 * Records a checked application, by `appliedBy` at `appliedAt`, once per reference (the same again answers as
 * before). The mutation (for its caller, now, its code checked against the tariff through the graph) and the
 * demo seed (as the demo's CIQ staff, at the world's instants, for goods of the demo tariff) apply through it.
 */
export async function applyForProductFiling(
  prisma: CiqContext["prisma"],
  appliedBy: string,
  { reference, content }: CheckedProductApplication,
  appliedAt: Date,
) {
  const contentHash = hashOf(content);
  const existing = () => prisma.productFilingApplication.findUnique({ where: { ownerUscc_reference: { ownerUscc: content.ownerUscc, reference } } });
  const resend = <T extends { contentHash: string }>(found: T): T => {
    if (found.contentHash !== contentHash)
      throw badUserInput("application.reference", `${reference} already names another application of ${content.ownerUscc}`);
    return found;
  };
  const found = await existing();
  if (found) return resend(found);
  const id = `PA${randomUUID().replaceAll("-", "").slice(0, 30).toUpperCase()}`;
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.productFilingApplication.create({
        data: { id, reference, contentHash, ...content, status: "PENDING", appliedAt, appliedBy },
      });
      await tx.productFilingChange.create({ data: { applicationId: id, action: "APPLIED", changedBy: appliedBy, changedAt: appliedAt } });
      await recordFilingEvent(tx, "PRODUCT_FILING", created.ownerUscc, { applicationId: id, action: "APPLIED", changedAt: appliedAt });
      return created;
    });
  } catch (error) {
    // Another request with the same reference got there first: it is this one's answer, if it holds the same.
    if (!isDuplicateKey(error)) throw error;
    return resend((await existing())!);
  }
}

async function pendingApplication(tx: Transaction, id: string) {
  const application = await tx.productFilingApplication.findUnique({ where: { id: documentNo("id", id, 32) } });
  if (!application) throw badUserInput("id", `${id} is not an application for a product filing`);
  return application;
}

/** CIQ staff approve an application (the mutation): approveProductApplication as the caller, now. */
export function approveProductFiling(args: { id: string; effectiveFrom: Date }, { prisma, identity }: CiqContext) {
  requireStaffOf(identity, ["ciq"], "approve product filings");
  return approveProductApplication(prisma, identity.subject, args, now());
}

/**
 * Files a PENDING application from `effectiveFrom` (not before `at`'s China day), recorded by `approvedBy` at
 * `at`: the next filing number, the goods as applied for (with their customs goods number), the APPROVED step
 * and its event. The mutation approves as its caller, now; the demo seed as the demo's CIQ staff at the world's instants.
 */
export async function approveProductApplication(
  prisma: CiqContext["prisma"],
  approvedBy: string,
  { id, effectiveFrom }: { id: string; effectiveFrom: Date },
  at: Date,
) {
  notBeforeToday("effectiveFrom", effectiveFrom, at);
  return prisma.$transaction(async (tx) => {
    const application = await pendingApplication(tx, id);
    if (application.status === "APPROVED") return application;
    if (application.status !== "PENDING") throw badUserInput("id", `${id} is ${application.status}, not PENDING`);
    // Claimed by its status first, so that two approvals at once cannot both assign a number.
    const claimed = await tx.productFilingApplication.updateMany({ where: { id, status: "PENDING" }, data: { status: "APPROVED" } });
    if (claimed.count === 0) return tx.productFilingApplication.findUniqueOrThrow({ where: { id } });
    const [row] = await tx.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT nextval('product_filing_no_seq') AS n`);
    const filingNo = `CIQ46${String(row!.n).padStart(12, "0")}`;
    const { id: _, reference: _r, contentHash: _h, status: _s, appliedAt: _a, appliedBy: _b, filingNo: _f, ...goods } = application;
    await tx.productFiling.create({ data: { ...goods, filingNo, status: "FILED", filedAt: at, effectiveFrom } });
    await tx.productFilingChange.create({
      data: { applicationId: id, filingNo, action: "APPROVED", effectiveFrom, changedBy: approvedBy, changedAt: at },
    });
    const approved = await tx.productFilingApplication.update({ where: { id }, data: { filingNo } });
    // Last: the event takes the outbox's department-wide lock, held until the transaction ends.
    await recordFilingEvent(tx, "PRODUCT_FILING", application.ownerUscc, { applicationId: id, filingNo, action: "APPROVED", effectiveFrom, changedAt: at });
    return approved;
  });
}

/** Whose application or filing a step is about. */
async function ownerOf(tx: Transaction, step: FilingStep): Promise<string> {
  const row = step.filingNo
    ? await tx.productFiling.findUniqueOrThrow({ where: { filingNo: step.filingNo }, select: { ownerUscc: true } })
    : await tx.productFilingApplication.findUniqueOrThrow({ where: { id: step.applicationId! }, select: { ownerUscc: true } });
  return row.ownerUscc;
}

const PRODUCT: FilingKind<ProductFilingApplication, ProductFiling> = {
  one: "a product filing",
  plural: "product filings",
  application: (tx, id) => tx.productFilingApplication.findUnique({ where: { id } }),
  claim: async (tx, id, status) => (await tx.productFilingApplication.updateMany({ where: { id, status: "PENDING" }, data: { status } })).count,
  filing: (tx, filingNo) => tx.productFiling.findUnique({ where: { filingNo }, include: { application: true } }),
  revoke: async (tx, filingNo, from) =>
    (await tx.productFiling.updateMany({ where: { filingNo, status: { not: "REVOKED" } }, data: { status: "REVOKED", revokedFrom: from } })).count,
  // A rejection or revocation, and its event for the applicant.
  record: async (tx, change) => {
    await tx.productFilingChange.create({ data: change });
    await recordFilingEvent(tx, "PRODUCT_FILING", await ownerOf(tx, change), change);
  },
};

export const rejectProductFiling = (args: { id: string; reason: string }, context: CiqContext) => rejectApplication(PRODUCT, args, context);

export const revokeProductFiling = (args: { filingNo: string; reason: string; effectiveFrom: Date }, context: CiqContext) =>
  revokeFiling(PRODUCT, args, context);

/** The filings of many lines at once: one query for all the (enterprise, commodity code) pairs they name. */
export async function productFilingsFor({ lines, on }: { lines: ProductFilingLine[]; on: Date }, { prisma, identity }: CiqContext) {
  requireStaffOrService(identity, "ciq", "match list lines with product filings");
  if (lines.length > 100) throw badUserInput("lines", "may hold at most 100 lines");
  const pairs = [...new Map(lines.map((line) => [`${line.ebcCode}|${line.gcode}`, { ownerUscc: line.ebcCode, hsCode: line.gcode }])).values()];
  const filings = pairs.length ? await prisma.productFiling.findMany({ where: { OR: pairs } }) : [];
  const day = chinaDay(on);
  return lines.map((line) => matchFiling(line, filings, day));
}

/** A filing's or an application's history, oldest first: the steps naming the application or the filing. */
export const filingHistory = ({ prisma }: CiqContext, applicationId: string | null, filingNo: string | null) =>
  prisma.productFilingChange.findMany({
    where: { OR: [...(applicationId ? [{ applicationId }] : []), ...(filingNo ? [{ filingNo }] : [])] },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  });
