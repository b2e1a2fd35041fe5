import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import type { ReceiptRow } from "../../../lib/documents/submission";
import { CREDIT_REPORT, reportToCredit } from "../../../lib/service/credit-report";
import type { CustomsContext } from "../context";
import { addToTaxBill, type ReleasedTax } from "./tax-bills";
import { now } from "../../../lib/clock";
import { chinaDay } from "../../../lib/rules/china-time";
import { recordEvents } from "../../../lib/service/outbox";
import { LIST_PARTIES, listEvents, taxListEvents } from "../events";

const INSPECTING = 500;
/** What customs does with goods that failed inspection, by CIQ's disposal. */
const HELD = { RETURN: { returnStatus: 700, returnInfo: "退运" }, DESTROY: { returnStatus: 599, returnInfo: "其它扣留: to be destroyed" } } as const;

interface InspectionOutcome {
  agentCode: string;
  copNo: string;
  passed: boolean;
  disposal: string;
  reason: string;
}

/** CIQ reports an inspection's result: the list is released, or held and the failure reported to credit. */
export function concludeInspection(args: InspectionOutcome, context: CustomsContext): Promise<ReceiptRow> {
  requireStaffOf(context.identity, ["ciq"], "conclude inspections");
  return applyInspectionResult(args, context);
}

/** Applies CIQ's recorded result to a list under inspection (also customs' sweep, for a result whose report was lost). */
export async function applyInspectionResult(args: InspectionOutcome, { prisma, graph }: CustomsContext): Promise<ReceiptRow> {
  const key = { agentCode: args.agentCode, copNo: args.copNo };
  const outcome = args.passed
    ? { returnStatus: 800, returnInfo: `放行 after inspection: ${args.reason}` }
    : (() => {
        const held = HELD[args.disposal as keyof typeof HELD];
        if (!held) throw badUserInput("disposal", "a failed inspection's disposal is RETURN or DESTROY");
        return { returnStatus: held.returnStatus, returnInfo: `${held.returnInfo}: failed inspection, ${args.reason}` };
      })();
  const decidedAt = now();
  // The result, its receipt and the receipt's event are stored together or not at all.
  const receipt = await prisma.$transaction(async (tx) => {
    const taxes = await tx.inventoryDeclaration.findFirst({
      where: { ...key, returnStatus: INSPECTING },
      select: { assureUscc: true, customsTax: true, valueAddedTax: true, consumptionTax: true, taxTotal: true },
    });
    // The four taxes are stored together when a list is accepted: one present means all are.
    const bill = args.passed && taxes?.taxTotal != null ? addToTaxBill(tx, taxes as ReleasedTax, decidedAt) : undefined;
    const { count: changed } = await tx.inventoryDeclaration.updateMany({
      where: { ...key, returnStatus: INSPECTING },
      data: {
        ...outcome,
        returnTime: decidedAt,
        ...(args.passed ? { ieDate: new Date(chinaDay(decidedAt)), taxBillPeriod: bill?.period ?? null } : { creditReport: CREDIT_REPORT.pending }),
      },
    });
    if (changed === 0) return null;
    if (bill) await bill.write;
    const list = await tx.inventoryDeclaration.findUniqueOrThrow({ where: { agentCode_copNo: key }, select: { ...LIST_PARTIES, guid: true, version: true } });
    const issued = await tx.declarationReceipt.create({ data: { ...key, guid: list.guid, version: list.version, ...outcome, returnTime: decidedAt } });
    await recordEvents(tx, [...listEvents(list, [issued]), ...(await taxListEvents(tx, key, decidedAt))]);
    return issued;
  });
  const list = await prisma.inventoryDeclaration.findUnique({ where: { agentCode_copNo: key }, select: { ebcCode: true, returnStatus: true } });
  if (!list) throw badUserInput("copNo", "there is no such list");
  if (!receipt) throw badUserInput("copNo", `the list is not under inspection (status ${list.returnStatus})`);
  if (!args.passed) await reportListToCredit({ ...key, ebcCode: list.ebcCode, ...outcome }, { prisma, graph });

  return receipt;
}

/**
 * Tells credit of a stored list's fact that counts against an enterprise: its goods failed inspection (the
 * e-commerce enterprise's), or it was finally rejected (100, the declaring agent's). The list was marked as
 * owing the report in the same transaction that decided it; reportToCredit clears the mark once credit has
 * the event (one per list, so a report sent twice counts once), and customs' sweep sends the ones still owed.
 */
export function reportListToCredit(
  list: { agentCode: string; copNo: string; ebcCode: string; returnStatus: number; returnInfo: string | null },
  { prisma, graph }: Pick<CustomsContext, "prisma" | "graph">,
): Promise<unknown> {
  const rejected = list.returnStatus === REJECTED;
  return reportToCredit(
    graph,
    {
      reference: `customs:${rejected ? "list-rejected" : "inspection-failed"}:${list.agentCode}|${list.copNo}`,
      uscc: rejected ? list.agentCode : list.ebcCode,
      kind: rejected ? "LIST_REJECTED" : "INSPECTION_FAILED",
      occurredAt: now(),
      description: `list ${list.copNo} ${rejected ? "rejected" : "failed inspection"}: ${(list.returnInfo ?? "").slice(0, 300)}`,
    },
    (outcome) =>
      prisma.inventoryDeclaration.updateMany({
        where: { agentCode: list.agentCode, copNo: list.copNo, creditReport: CREDIT_REPORT.pending },
        data: { creditReport: outcome },
      }),
  );
}

const REJECTED = 100;
