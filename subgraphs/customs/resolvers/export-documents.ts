import Decimal from "decimal.js";
import { GraphQLError } from "graphql";
import {
  concurrentChange,
  fileDocument,
  filingStatus,
  isDuplicateKey,
  isResend,
  rejectDocument,
  SAVED,
  type ReceiptRow,
} from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import { chinaDay, chinaYear } from "../../../lib/rules/china-time";
import { DocumentChecks } from "../../../lib/rules/document-checks";
import { tariffOn } from "../tariff";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput, ErrorCode } from "../../../lib/graphql/errors";
import { documentNo, enterpriseCode } from "../../../lib/graphql/filters";
import type { ExportDeclaration, Prisma } from "../../../prisma/customs/generated/client";
import type { ExportCancelInput, ExportDepartureHoldInput, ExportInventoryInput, ExportOrderInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import {
  CANCELLED,
  checkExportList,
  checkExportOrder,
  EXPORT_CANCEL_RECEIPT,
  EXPORT_LIST_RECEIPT,
  EXPORT_ORDER_RECEIPT,
  EXPORT_STATUS,
  exportListHash,
  exportParties,
  listedPartyProblems,
  exportOrderHash,
  listTimeProblems,
  liveWaybill,
  matchOrder,
  matchWaybill,
  RELEASED,
  releaseInfo,
  type WaybillFacts,
} from "../rules/export";
import { nextNumber } from "./declare-inventory";
import { now } from "../../../lib/clock";
import { recordEvents } from "../../../lib/service/outbox";
import { exportListEvent, exportOrderEvent } from "../events";

/** Files a CEB303 export order (see `fileDocument` for resends, duplicates and changes). */
export async function submitExportOrder(order: ExportOrderInput, { identity, prisma, graph }: CustomsContext): Promise<ReceiptRow> {
  await requireSender({ identity, graph }, "exportOrder", order.ebpCode);
  const problems = checkExportOrder(order);
  if (problems.length > 0) rejectDocument(problems, "order");

  const key = { ebpCode: order.ebpCode, orderNo: order.orderNo };
  const contentHash = exportOrderHash(order, order.lines);
  const status = filingStatus(order.appStatus, "export order");
  const { lines, orderType, ...head } = order;
  const content = { ...head, orderType: orderType ?? "E", contentHash, returnStatus: status.returnStatus };
  const latestReceipt = async () => ({
    ...(await prisma.exportOrderReceipt.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] })),
    messageType: EXPORT_ORDER_RECEIPT,
  });

  return fileDocument({
    appType: order.appType,
    guid: order.guid,
    contentHash,
    keyField: "orderNo",
    prefix: "order",
    duplicateStatus: EXPORT_STATUS.orderDuplicate,
    invalidStatus: EXPORT_STATUS.orderInvalid,
    find: () =>
      prisma.exportOrder.findUnique({ where: { ebpCode_orderNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The order, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const receipt = { guid: order.guid, version: 1, ...status, returnTime: now() };
        await tx.exportOrder.create({ data: { ...content, version: 1, lines: { create: lines }, receipts: { create: receipt } } });
        await recordEvents(tx, [exportOrderEvent(order, receipt, EXPORT_ORDER_RECEIPT)]);
      }),
    unchangeable: async () =>
      (await prisma.exportDeclaration.count({ where: { ...key, returnStatus: { not: CANCELLED } } })) > 0
        ? { returnStatus: EXPORT_STATUS.orderDeclared, message: "the order is on an export list and can no longer change" }
        : null,
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const current = await tx.exportOrder.findUniqueOrThrow({ where: { ebpCode_orderNo: key }, include: { lines: { orderBy: { gnum: "asc" } } } });
        if (current.version !== expected.version) throw concurrentChange("order");
        await tx.exportOrderVersion.create({
          data: { ...key, version: current.version, content: JSON.parse(JSON.stringify(current)) as Prisma.InputJsonValue },
        });
        await tx.exportOrderLine.deleteMany({ where: key });
        const version = current.version + 1;
        const receipt = { guid: order.guid, version, ...status, returnTime: now() };
        await tx.exportOrder.update({
          where: { ebpCode_orderNo: key },
          data: { ...content, version, lines: { create: lines }, receipts: { create: receipt } },
        });
        await recordEvents(tx, [exportOrderEvent(order, receipt, EXPORT_ORDER_RECEIPT)]);
      }),
    latestReceipt,
  });
}

const EXPORT_WAYBILL = `
  query ExportWaybillOfList($logisticsCode: String!, $logisticsNo: String!) {
    exportWaybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) { ebcCode returnStatus status freight currency grossWeight packNo version }
  }`;

/** The list's export waybill, as logistics holds it; customs cannot decide without it. */
async function waybillOf(key: { logisticsCode: string; logisticsNo: string }, { graph }: CustomsContext): Promise<WaybillFacts | null> {
  const answer = await graph.request<{ exportWaybill: WaybillFacts | null }>(EXPORT_WAYBILL, key);
  if (answer.errors?.length) {
    throw new GraphQLError("logistics cannot be asked about the export waybill now; nothing was stored, send the list again later", {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "logistics" },
    });
  }
  return answer.data?.exportWaybill ?? null;
}

/**
 * Whether credit has each enterprise a list names on its negative list. An enterprise is asked for by the
 * code the list gives (USCC or customs code); one credit does not know is not listed. Customs cannot decide
 * without the answer.
 */
async function partiesOnNegativeList(list: ExportInventoryInput, { graph }: CustomsContext): Promise<Array<{ field: string; onNegativeList: boolean }>> {
  const parties = exportParties(list);
  const lookups = parties.map(({ code }, index) =>
    code.length === 18
      ? `p${index}: enterprise(uscc: $c${index}) { onNegativeList }`
      : `p${index}: enterpriseByCustomsCode(customsCode: $c${index}) { onNegativeList }`,
  );
  const query = `query ExportListParties(${parties.map((_, index) => `$c${index}: String!`).join(", ")}) { ${lookups.join(" ")} }`;
  const answer = await graph.request<Record<string, { onNegativeList: boolean } | null>>(
    query,
    Object.fromEntries(parties.map(({ code }, index) => [`c${index}`, code])),
  );
  if (answer.errors?.length || !answer.data) {
    throw new GraphQLError("credit cannot be asked about the list's enterprises now; nothing was stored, send the list again later", {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: "credit", retryable: true },
    });
  }
  const data = answer.data;
  return parties.map(({ field }, index) => ({ field, onNegativeList: data[`p${index}`]?.onNegativeList ?? false }));
}

/**
 * Files a CEB603 export list and decides it at once: a list that matches its declared export order and
 * names an export waybill logistics holds, and names no enterprise on the negative list, is released (清单核放,
 * 800); anything else is refused and stores nothing. A saved list (appStatus 1) is stored undecided and filed again in full when declared.
 */
export async function declareExportInventory(list: ExportInventoryInput, context: CustomsContext): Promise<ReceiptRow> {
  const { prisma } = context;
  await requireSender(context, "exportInventory", list.agentCode);
  // The tariff in force on the day the list is declared (appTime, China day).
  const tariff = await tariffOn(prisma, list.appTime);
  const problems = [...checkExportList(list, tariff.rows, [...tariff.rows.values()]), ...listTimeProblems(list, now())];
  if (problems.length > 0) rejectDocument(problems, "inventory");

  const key = { agentCode: list.agentCode, copNo: list.copNo };
  const contentHash = exportListHash(list, list.lines);
  const latestReceipt = () => prisma.exportDeclarationReceipt.findFirstOrThrow({ where: key, orderBy: [{ returnTime: "desc" }, { version: "desc" }] });
  const existing = await prisma.exportDeclaration.findUnique({ where: { agentCode_copNo: key }, select: { guid: true, contentHash: true } });
  if (existing && isResend(existing, { guid: list.guid, contentHash })) return latestReceipt();

  // Another consignor's order or waybill is not found, exactly as a missing one (docs/roles.md): the refusal
  // never tells whose it is, what it holds, or which list declares it.
  const stored = await prisma.exportOrder.findUnique({
    where: { ebpCode_orderNo: { ebpCode: list.ebpCode, orderNo: list.orderNo } },
    include: { lines: true },
  });
  const order = stored?.ebcCode === list.ebcCode ? stored : null;
  const other =
    order &&
    (await prisma.exportDeclaration.findFirst({
      where: { ebpCode: list.ebpCode, orderNo: list.orderNo, returnStatus: { not: CANCELLED }, NOT: key },
      select: { copNo: true },
    }));
  if (other)
    rejectDocument(
      [{ field: "orderNo", returnStatus: EXPORT_STATUS.listDuplicate, message: "the order is already declared on another export list" }],
      "inventory",
    );

  const waybill = await waybillOf({ logisticsCode: list.logisticsCode, logisticsNo: list.logisticsNo }, context);
  // Only the consignor's own waybill may tell that it carries a list: another's is not found (matchWaybill).
  const waybillKey = liveWaybill({ ...list, returnStatus: SAVED })!;
  const onWaybill =
    waybill && (!waybill.ebcCode || waybill.ebcCode === list.ebcCode)
      ? await prisma.exportDeclaration.findUnique({ where: { liveWaybill: waybillKey }, select: { agentCode: true, copNo: true } })
      : null;
  if (onWaybill && (onWaybill.agentCode !== list.agentCode || onWaybill.copNo !== list.copNo)) {
    // Another agent's list number is not the caller's to know.
    const which = onWaybill.agentCode === list.agentCode ? onWaybill.copNo : "of another declaring agent";
    rejectDocument(
      [
        {
          field: "logisticsNo",
          returnStatus: EXPORT_STATUS.listDuplicate,
          message: `the export waybill already carries export list ${which}; a parcel has one live list (cancel it first)`,
        },
      ],
      "inventory",
    );
  }
  const mismatches = [...matchOrder(list, order), ...matchWaybill(list, waybill), ...listedPartyProblems(await partiesOnNegativeList(list, context))];
  if (mismatches.length > 0) rejectDocument(mismatches, "inventory");

  const declared = list.appStatus === "2";
  const { lines, ...head } = list;
  const preNo = `B${chinaDay(list.ieDate).replaceAll("-", "")}${await nextNumber(prisma, "pre_no_seq")}`;
  const invtNo = declared ? `${list.customsCode}${chinaYear(list.ieDate)}E${await nextNumber(prisma, "invt_no_seq")}` : null;
  const goodsValue = lines.reduce((sum, line) => sum.plus(line.totalPrice), new Decimal(0));
  const outcome = declared
    ? { returnStatus: RELEASED, returnInfo: releaseInfo(invtNo!, list.statisticsFlag) }
    : { returnStatus: SAVED, returnInfo: "电子口岸已暂存: the list is saved and not yet declared" };
  const columns = {
    ...head,
    goodsValue: goodsValue.toFixed(),
    currency: lines[0]!.currency,
    contentHash,
    invtNo,
    liveWaybill: waybillKey,
    waybillVersion: waybill!.version,
    ...outcome,
    releasedAt: declared ? now() : null,
  };

  return fileDocument({
    appType: list.appType,
    guid: list.guid,
    contentHash,
    keyField: "copNo",
    prefix: "inventory",
    duplicateStatus: EXPORT_STATUS.listDuplicate,
    invalidStatus: EXPORT_STATUS.listInvalid,
    find: () =>
      prisma.exportDeclaration.findUnique({ where: { agentCode_copNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } }),
    // The list, its receipt and the receipt's event are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const receipt = { guid: list.guid, version: 1, ...outcome, returnTime: now() };
        await tx.exportDeclaration.create({ data: { ...columns, preNo, version: 1, lines: { create: lines }, receipts: { create: receipt } } });
        await recordEvents(tx, [exportListEvent({ ...columns, preNo }, receipt, EXPORT_LIST_RECEIPT)]);
      }),
    unchangeable: async () => ({ returnStatus: EXPORT_STATUS.listInvalid, message: "a declared list changes by cancelling it (CEB605) and declaring again" }),
    // Reached only for a saved list: it is filed again in full.
    change: (expected) =>
      prisma
        .$transaction(async (tx) => {
          const version = expected.version + 1;
          const { count } = await tx.exportDeclaration.updateMany({
            where: { ...key, version: expected.version, returnStatus: SAVED },
            data: { ...columns, version },
          });
          if (count === 0) throw concurrentChange("inventory");
          await tx.exportInventoryLine.deleteMany({ where: key });
          await tx.exportInventoryLine.createMany({ data: lines.map((line) => ({ ...line, ...key })) });
          const receipt = await tx.exportDeclarationReceipt.create({ data: { ...key, guid: list.guid, version, ...outcome, returnTime: now() } });
          const { preNo: filedPreNo } = await tx.exportDeclaration.findUniqueOrThrow({ where: { agentCode_copNo: key }, select: { preNo: true } });
          await recordEvents(tx, [exportListEvent({ ...columns, preNo: filedPreNo }, receipt, EXPORT_LIST_RECEIPT)]);
        })
        .catch((error: unknown) => {
          // Another list took the waybill meanwhile (its live-list key is unique).
          if (isDuplicateKey(error))
            rejectDocument(
              [{ field: "logisticsNo", returnStatus: EXPORT_STATUS.listDuplicate, message: "the export waybill already carries another export list" }],
              "inventory",
            );
          throw error;
        }),
    latestReceipt,
  });
}

/** Lists a cancel request can withdraw: saved or released, while no summary holds them and the parcel has not left. */
const CANCELLABLE = new Set([SAVED, RELEASED]);

/** CEB605: withdraws an export list; answered with CEB606. */
export async function cancelExportInventory(request: ExportCancelInput, context: CustomsContext): Promise<ReceiptRow> {
  const { prisma } = context;
  await requireSender(context, "exportCancel", request.agentCode);
  const check = new DocumentChecks(EXPORT_STATUS.cancelRefused);
  check.guid("guid", request.guid);
  check.text("reason", request.reason, 500);
  if (check.problems.length) rejectDocument(check.problems, "request");
  // Only the agent's own requests are found by their GUID: another agent's GUID answers nothing of that agent's.
  const answered = await prisma.exportDeclarationReceipt.findFirst({
    where: { agentCode: request.agentCode, guid: request.guid, messageType: EXPORT_CANCEL_RECEIPT },
  });
  if (answered) return answered;

  const key = { agentCode: request.agentCode, copNo: request.copNo };
  const refuse = (message: string): never => rejectDocument([{ field: "copNo", returnStatus: EXPORT_STATUS.cancelRefused, message }], "request");
  const departing = (copNo: string): never =>
    rejectDocument(
      [
        {
          field: "copNo",
          returnStatus: EXPORT_STATUS.cancelDeparting,
          message: `the parcel is leaving the country under departure ${copNo} (CEB509); the list can no longer be cancelled`,
        },
      ],
      "request",
    );
  const list = await prisma.exportDeclaration.findUnique({ where: { agentCode_copNo: key } });
  if (!list) return refuse("there is no such export list");
  if (!CANCELLABLE.has(list.returnStatus)) refuse(`a list at status ${list.returnStatus} cannot be cancelled`);
  if (list.sumNo) refuse(`the list is held by summary ${list.sumNo}; it can no longer be cancelled`);
  if (list.departureCopNo) departing(list.departureCopNo);
  const waybill = await waybillOf({ logisticsCode: list.logisticsCode, logisticsNo: list.logisticsNo }, context);
  if (waybill?.status === "DEPARTED") refuse("the parcel has left the country (CEB509); the list can no longer be cancelled");

  const outcome = { returnStatus: CANCELLED, returnInfo: `撤销: ${request.reason}` };
  return prisma.$transaction(async (tx) => {
    // Only from what was checked: a departure holding the list or a summary taking it meanwhile wins, and this is refused.
    const { count } = await tx.exportDeclaration.updateMany({
      where: { ...key, returnStatus: list.returnStatus, sumNo: null, departureCopNo: null },
      data: { ...outcome, liveWaybill: null },
    });
    if (count === 0) {
      const now = await tx.exportDeclaration.findUnique({ where: { agentCode_copNo: key }, select: { departureCopNo: true } });
      if (now?.departureCopNo) departing(now.departureCopNo);
      refuse("the list changed meanwhile; send the request again");
    }
    const receipt = await tx.exportDeclarationReceipt.create({
      data: { ...key, messageType: EXPORT_CANCEL_RECEIPT, guid: request.guid, version: list.version, ...outcome },
    });
    await recordEvents(tx, [exportListEvent(list, receipt, EXPORT_CANCEL_RECEIPT)]);
    return receipt;
  });
}

const MAX_HELD = 500;

/** The departure's live lists, by waybill key, after checking who asks and what. */
function heldKeys(departure: ExportDepartureHoldInput, identity: CustomsContext["identity"]): { copNo: string; keys: string[] } {
  requireStaffOf(identity, ["logistics"], "hold export lists for a departure");
  const logisticsCode = enterpriseCode("departure.logisticsCode", departure.logisticsCode);
  const copNo = documentNo("departure.copNo", departure.copNo, 20);
  if (departure.logisticsNos.length === 0 || departure.logisticsNos.length > MAX_HELD)
    throw badUserInput("departure.logisticsNos", `must name 1 to ${MAX_HELD} parcels`);
  const keys = departure.logisticsNos.map((logisticsNo, index) =>
    liveWaybill({ logisticsCode, logisticsNo: documentNo(`departure.logisticsNos[${index}]`, logisticsNo, 60), returnStatus: RELEASED })!,
  );
  return { copNo, keys };
}

/**
 * Holds each parcel's released live list for a departure. The hold is the one point where a cancel and a
 * departure of the same parcel meet: each changes the list only from the state it checked (not held, not
 * cancelled), so whichever reaches the row first wins and the other is refused.
 */
export async function holdExportListsForDeparture(
  departure: ExportDepartureHoldInput,
  { identity, prisma }: CustomsContext,
): Promise<Array<ExportDeclaration | null>> {
  const { copNo, keys } = heldKeys(departure, identity);
  await prisma.exportDeclaration.updateMany({
    where: { liveWaybill: { in: keys }, returnStatus: RELEASED, departureCopNo: null },
    data: { departureCopNo: copNo },
  });
  const rows = await prisma.exportDeclaration.findMany({ where: { liveWaybill: { in: keys } } });
  const byKey = new Map(rows.map((row) => [row.liveWaybill, row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Frees what a departure that was not recorded held. */
export async function releaseExportListHolds(departure: ExportDepartureHoldInput, { identity, prisma }: CustomsContext): Promise<number> {
  const { copNo, keys } = heldKeys(departure, identity);
  const { count } = await prisma.exportDeclaration.updateMany({ where: { liveWaybill: { in: keys }, departureCopNo: copNo }, data: { departureCopNo: null } });
  return count;
}
