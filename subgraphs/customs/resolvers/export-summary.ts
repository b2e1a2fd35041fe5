import { GraphQLError } from "graphql";
import { isResend, rejectDocument, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { chinaDay, chinaYear } from "../../../lib/rules/china-time";
import { DocumentChecks } from "../../../lib/rules/document-checks";
import { CUSTOMS_DISTRICTS } from "../../../lib/rules/code-tables";
import type { SummaryDeclaration } from "../../../prisma/customs/generated/client";
import type { SummaryApplyInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { ErrorCode } from "../../../lib/graphql/errors";
import { now as clockNow } from "../../../lib/clock";
import { futureProblem } from "../../../lib/rules/platform-time";
import { EXPORT_STATUS, liveWaybill, RELEASED, SUMMARY_RECEIPT, timeRuleAt } from "../rules/export";
import { periodProblem, summarise, summaryDueDate, summaryHash, type SummaryForm } from "../rules/export-summary";
import { billPeriod } from "../rules/tax-bill";
import { nextNumber } from "./declare-inventory";

/** The receipt a summary answers with: it is decided when filed, so its one receipt is its row. */
export function summaryReceipt(summary: SummaryDeclaration): ReceiptRow {
  return {
    messageType: SUMMARY_RECEIPT,
    guid: summary.guid,
    version: 1,
    returnStatus: summary.returnStatus,
    returnInfo: summary.returnInfo,
    returnTime: summary.returnTime,
  };
}

const PARCELS_OF_LISTS = `
  query DepartedParcels($waybills: [ExportWaybillKeyInput!]!) {
    exportDeclarationsOfWaybills(waybills: $waybills) { waybill { status } }
  }`;
const PARCELS_PER_REQUEST = 500;

/**
 * The waybills (logisticsCode|logisticsNo) among `lists` whose parcel left the country, as logistics holds
 * them: a departure is final, so what it answers stays true while the summary is stored.
 */
async function departedParcels(lists: ReadonlyArray<{ logisticsCode: string; logisticsNo: string }>, { graph }: CustomsContext): Promise<Set<string>> {
  const departed = new Set<string>();
  for (let start = 0; start < lists.length; start += PARCELS_PER_REQUEST) {
    const waybills = lists.slice(start, start + PARCELS_PER_REQUEST).map(({ logisticsCode, logisticsNo }) => ({ logisticsCode, logisticsNo }));
    const answer = await graph.request<{ exportDeclarationsOfWaybills: Array<{ waybill: { status: string } | null } | null> }>(PARCELS_OF_LISTS, { waybills });
    const parcels = answer.data?.exportDeclarationsOfWaybills;
    if (answer.errors?.length || !parcels || parcels.length !== waybills.length) {
      throw new GraphQLError("application: logistics cannot be asked whether the lists' parcels left the country; nothing was stored, send it again later", {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "logistics" },
      });
    }
    parcels.forEach((parcel, index) => {
      if (parcel?.waybill?.status === "DEPARTED") departed.add(liveWaybill({ ...waybills[index]!, returnStatus: RELEASED })!);
    });
  }
  return departed;
}

/**
 * CEB701 → CEB792: summarises a consignor's released flag-B lists of one month into declaration forms,
 * atomically: every list gets its summary or none does. The same application again returns its receipt.
 */
export async function applySummaryDeclaration(application: SummaryApplyInput, context: CustomsContext): Promise<ReceiptRow> {
  const { identity, prisma, graph } = context;
  await requireSender({ identity, graph }, "exportSummary", application.agentCode);
  const check = new DocumentChecks(EXPORT_STATUS.summaryInvalid);
  check.guid("guid", application.guid);
  check.oneOf("customsCode", application.customsCode, CUSTOMS_DISTRICTS, "customs district");
  check.text("copNo", application.copNo, 20);
  check.enterprise("agentCode", application.agentCode);
  check.text("agentName", application.agentName, 100);
  check.enterprise("ebcCode", application.ebcCode);
  check.text("ebcName", application.ebcName, 100);
  check.enterprise("declAgentCode", application.declAgentCode);
  check.text("declAgentName", application.declAgentName, 100);
  check.text("loctNo", application.loctNo, 10, false);
  if (!["1", "2"].includes(application.summaryFlag)) check.fail("summaryFlag", "must be 1 (by consignor) or 2 (by consignor and producer)");
  if (application.itemNameFlag != null && !["0", "1"].includes(application.itemNameFlag)) check.fail("itemNameFlag", "must be 0 or 1");
  const period = application.startTime.toISOString().slice(0, 7);
  // The platform's day, not the sender's appTime, decides what has begun and what is late; appTime is only recorded.
  const now = clockNow();
  const today = chinaDay(now);
  const periodWrong = periodProblem(application.startTime, application.endTime);
  if (periodWrong) check.fail("endTime", periodWrong);
  else if (chinaDay(application.startTime) > today) check.fail("startTime", "a month that has not begun cannot be summarised");
  const ahead = futureProblem(application.appTime, now, timeRuleAt(now).futureToleranceMinutes);
  if (ahead) check.fail("appTime", ahead);
  const invtNos = application.invtNos ?? null;
  if (invtNos && (invtNos.length === 0 || invtNos.length > 5000)) check.fail("invtNos", "must name 1 to 5000 lists, or be omitted for every list due");
  if (invtNos && new Set(invtNos).size !== invtNos.length) check.fail("invtNos", "names a list twice");
  if (check.problems.length) rejectDocument(check.problems, "application");

  const { invtNos: _named, ...head } = application;
  const contentHash = summaryHash(application);
  const key = { agentCode: application.agentCode, copNo: application.copNo };
  const existing = await prisma.summaryDeclaration.findUnique({ where: { agentCode_copNo: key } });
  if (existing) {
    if (isResend(existing, { guid: application.guid, contentHash })) return summaryReceipt(existing);
    rejectDocument(
      [{ field: "copNo", returnStatus: EXPORT_STATUS.summaryInvalid, message: `another application with this number is already filed (${existing.sumNo})` }],
      "application",
    );
  }

  // Only the consignor's own agent summarises, and only the lists it declared for that consignor: any other
  // list is "not found", exactly as a missing one (docs/roles.md).
  const candidates = await prisma.exportDeclaration.findMany({
    where: {
      agentCode: application.agentCode,
      ebcCode: application.ebcCode,
      ...(invtNos ? { invtNo: { in: invtNos } } : { statisticsFlag: "B", returnStatus: RELEASED, sumNo: null }),
    },
    include: { lines: true },
    orderBy: { invtNo: "asc" },
  });
  const inPeriod = (releasedAt: Date | null) => releasedAt !== null && billPeriod(releasedAt) === period;
  // Only goods that left are summarised (and so can earn a rebate): a list whose parcel has not departed waits.
  const departed = await departedParcels(
    candidates.filter((list) => list.returnStatus === RELEASED && inPeriod(list.releasedAt)),
    context,
  );
  const left = (list: { logisticsCode: string; logisticsNo: string }) => departed.has(liveWaybill({ ...list, returnStatus: RELEASED })!);
  const problems = new DocumentChecks(EXPORT_STATUS.summaryInvalid);
  if (invtNos) {
    const found = new Map(candidates.map((list) => [list.invtNo, list]));
    invtNos.forEach((invtNo, index) => {
      const list = found.get(invtNo);
      const at = `invtNos[${index}]`;
      if (!list) return problems.fail(at, `you declared no export list ${invtNo} for consignor ${application.ebcCode}`);
      if (list.statisticsFlag !== "B") problems.fail(at, `list ${invtNo} has statisticsFlag ${list.statisticsFlag}; only B lists are summarised`);
      if (list.returnStatus !== RELEASED) problems.fail(at, `list ${invtNo} is not released (status ${list.returnStatus})`);
      else if (!inPeriod(list.releasedAt)) problems.fail(at, `list ${invtNo} was released in ${billPeriod(list.releasedAt!)}, outside ${period}`);
      else if (!left(list))
        problems.fail(at, `the parcel of list ${invtNo} has not left the country (no CEB509 departure recorded); only exported goods are summarised`);
      if (list.sumNo) problems.fail(at, `list ${invtNo} is already summarised in ${list.sumNo}`);
    });
  }
  const lists = candidates.filter((list) => inPeriod(list.releasedAt) && left(list));
  if (!problems.problems.length && lists.length === 0) {
    problems.fail("startTime", `consignor ${application.ebcCode} has no released flag-B list of ${period} whose parcel left the country, left to summarise`);
  }
  if (problems.problems.length) rejectDocument(problems.problems, "application");

  const forms = summarise(lists, application.summaryFlag as "1" | "2");
  const year = chinaYear(application.startTime);
  const sumNo = `${application.customsCode}${year}S${await nextNumber(prisma, "sum_no_seq")}`;
  const numbered: Array<SummaryForm & { entryId: string; declSeqNo: string }> = [];
  for (const form of forms) {
    const serial = await nextNumber(prisma, "entry_no_seq");
    numbered.push({ ...form, entryId: `${application.customsCode}${year}0${serial}`, declSeqNo: `H${application.customsCode}${year}${serial}` });
  }
  const dueDate = summaryDueDate(period);
  const filedLate = today > chinaDay(dueDate);
  const returnInfo = `汇总: ${lists.length} lists of ${period} on ${forms.length} declaration form(s) ${numbered.map((form) => form.entryId).join(", ")}${filedLate ? `; filed after its due date ${chinaDay(dueDate)}` : ""}`;

  const summary = await prisma.$transaction(async (tx) => {
    const created = await tx.summaryDeclaration.create({
      data: {
        ...head,
        itemNameFlag: application.itemNameFlag ?? null,
        loctNo: application.loctNo ?? null,
        sumNo,
        dueDate,
        filedLate,
        contentHash,
        returnStatus: 120,
        returnInfo,
        results: {
          create: numbered.map((form) => ({
            entryId: form.entryId,
            declSeqNo: form.declSeqNo,
            decState: String(RELEASED),
            ebcCode: form.ebcCode,
            ownerCode: form.ownerCode,
            trafMode: form.trafMode,
            country: form.country,
            portCode: form.portCode,
            totalPrice: form.totalPrice.toFixed(),
            lists: form.lists,
            items: {
              create: form.items.map((item) => ({ ...item, qty: item.qty.toFixed(), qty1: item.qty1.toFixed(), totalPrice: item.totalPrice.toFixed() })),
            },
          })),
        },
      },
    });
    const { count } = await tx.exportDeclaration.updateMany({
      where: { OR: lists.map((list) => ({ agentCode: list.agentCode, copNo: list.copNo })), sumNo: null, returnStatus: RELEASED },
      data: { sumNo },
    });
    // Another summary or a cancel took a list meanwhile: nothing of this one is kept.
    if (count !== lists.length)
      throw new GraphQLError("application: a list changed while it was being summarised; send the application again", { extensions: { code: "CONFLICT" } });
    return created;
  });
  return summaryReceipt(summary);
}

/** The lists of a form, as references customs resolves. */
export function listsOfForm(lists: string[]): Array<{ agentCode: string; copNo: string }> {
  return lists.map((key) => {
    const [agentCode, copNo] = key.split("|") as [string, string];
    return { agentCode, copNo };
  });
}
