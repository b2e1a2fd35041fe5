import Decimal from "decimal.js";
import { filingStatus } from "../../lib/documents/submission";
import { insertAll, seededReceipts, seededUuid } from "../insert";
import type { World } from "../world";
import type { Prisma, PrismaClient } from "../../prisma/customs/generated/client";
import { readFileSync } from "node:fs";
import { now } from "../../lib/clock";
import { SAMPLE_TARIFF_FILE, tariffByCode } from "../../lib/rules/tariff";
import { loadTariff } from "../../subgraphs/customs/tariff";
import { dutiableValues, importTax } from "../../subgraphs/customs/rules/import-tax";
import { goodsValueOf, inventoryHash } from "../../subgraphs/customs/rules/inventory";
import { billDueDate, billPeriod } from "../../subgraphs/customs/rules/tax-bill";
import { orderHash } from "../../subgraphs/customs/rules/order";
import {
  CANCELLED,
  EXPORT_CANCEL_RECEIPT,
  EXPORT_LIST_RECEIPT,
  EXPORT_ORDER_RECEIPT,
  exportListHash,
  exportOrderHash,
  liveWaybill,
  RELEASED,
  releaseInfo,
} from "../../subgraphs/customs/rules/export";
import { summaryHash } from "../../subgraphs/customs/rules/export-summary";
import { recordedTax } from "../../subgraphs/customs/rules/three-document-match";
import { taxBillJudgement } from "../../subgraphs/customs/resolvers/swept-reports";

/** List statuses that carry the tax the list was accepted with. */
const ACCEPTED = new Set([120, 500, 700, 800]);
const tariff = tariffByCode();
/** The demo tariff's first day: before any date the demo world or a test declares. */
export const DEMO_TARIFF_FROM = new Date("2000-01-01");

function taxOfSeededList(declaration: World["customs"]["declarations"][number], lines: World["customs"]["inventoryLines"]) {
  const dutiable = dutiableValues(
    lines.map((line) => String(line.totalPrice)),
    { freight: String(declaration.freight), insuredFee: String(declaration.insuredFee) },
  );
  const tax = importTax({
    declarationDate: declaration.declTime as Date,
    // Demo buyers stay far below the annual limit; the seed does not replay each buyer's year.
    buyerAnnualTotal: "0",
    lines: lines.map((line, index) => {
      const row = tariff.get(line.gcode)!;
      return {
        dutiableValue: dutiable[index]!,
        vatClass: row.vatClass,
        consumptionTaxRate: row.consumptionTaxRate,
        tariffRate: row.mfnRate,
        quantity: String(line.qty),
      };
    }),
  });
  if (tax.outcome === "refused") throw new Error(`demo list ${declaration.copNo} would be refused: ${tax.reason}`);
  return tax;
}

function byDocument<Line extends Record<string, unknown>>(lines: Line[], key: (line: Line) => string): Map<string, Line[]> {
  const groups = new Map<string, Line[]>();
  for (const line of lines) {
    const group = groups.get(key(line));
    if (group) group.push(line);
    else groups.set(key(line), [line]);
  }
  return groups;
}

type SeededBill = {
  guarantorUscc: string;
  period: string;
  customsTax: Decimal;
  valueAddedTax: Decimal;
  consumptionTax: Decimal;
  total: Decimal;
  listCount: number;
};

const seededTax = new WeakMap<World, { declarations: Prisma.InventoryDeclarationCreateManyInput[]; bills: SeededBill[] }>();

/**
 * The demo world's lists with the tax they were accepted with, and the tax bills of the released ones (by the
 * same rules a declaration is decided with): computed once per world, for customs' seed and for finance's,
 * which pays every bill.
 */
export function seededTaxBills(world: World): { declarations: Prisma.InventoryDeclarationCreateManyInput[]; bills: SeededBill[] } {
  const known = seededTax.get(world);
  if (known) return known;
  const { customs } = world;
  const listLines = byDocument(customs.inventoryLines, (line) => `${line.agentCode}|${line.copNo}`);
  const bills = new Map<string, SeededBill>();
  const declarations = customs.declarations.map((declaration) => {
    const lines = listLines.get(`${declaration.agentCode}|${declaration.copNo}`) ?? [];
    const base = { ...declaration, contentHash: inventoryHash(declaration, lines), goodsValue: goodsValueOf(lines as Array<{ totalPrice: string }>) };
    if (!ACCEPTED.has(declaration.returnStatus)) return base;
    // The tax the list was accepted with, by the same rules a declaration is decided with.
    const tax = taxOfSeededList(declaration, lines);
    const released = declaration.returnStatus === 800 ? billPeriod(declaration.returnTime as Date) : null;
    if (released) {
      const key = `${declaration.assureCode}|${released}`;
      const bill = bills.get(key) ?? {
        guarantorUscc: declaration.assureCode,
        period: released,
        customsTax: new Decimal(0),
        valueAddedTax: new Decimal(0),
        consumptionTax: new Decimal(0),
        total: new Decimal(0),
        listCount: 0,
      };
      bill.customsTax = bill.customsTax.plus(tax.customsTax);
      bill.valueAddedTax = bill.valueAddedTax.plus(tax.valueAddedTax);
      bill.consumptionTax = bill.consumptionTax.plus(tax.consumptionTax);
      bill.total = bill.total.plus(tax.total);
      bill.listCount += 1;
      bills.set(key, bill);
    }
    return {
      ...base,
      // Accepted when decided: the buyer's quota counts the China year of this instant, as for a live list.
      acceptedAt: declaration.returnTime,
      dutiableValue: tax.dutiableValue,
      customsTax: tax.customsTax,
      valueAddedTax: tax.valueAddedTax,
      consumptionTax: tax.consumptionTax,
      taxTotal: tax.total,
      taxBillPeriod: released,
      // What a live acceptance records: the tax with its lines, which the list's CEB816 reads.
      decision: (declaration.decision ?? { outcome: "accepted", tax: recordedTax(tax) }) as Prisma.InputJsonValue,
    };
  });
  const result = { declarations, bills: [...bills.values()] };
  seededTax.set(world, result);
  return result;
}

export async function seedCustoms(prisma: PrismaClient, world: World): Promise<void> {
  const { customs } = world;
  // The sample tariff, through the load an administrator uses, in force on every day the demo covers.
  await loadTariff(prisma, readFileSync(SAMPLE_TARIFF_FILE, "utf8"), DEMO_TARIFF_FROM, "seed", now());
  const orderLines = byDocument(customs.orderLines, (line) => `${line.ebpCode}|${line.orderNo}`);
  const orders = customs.orders.map((order) => ({ ...order, contentHash: orderHash(order, orderLines.get(`${order.ebpCode}|${order.orderNo}`) ?? []) }));
  await insertAll(orders, (data) => prisma.order.createMany({ data }));
  await insertAll(
    seededReceipts(
      "CEB312",
      customs.orders,
      (o) => ({ ebpCode: o.ebpCode, orderNo: o.orderNo }),
      () => filingStatus("2", "order").returnInfo,
    ),
    (data) => prisma.orderReceipt.createMany({ data }),
  );
  await insertAll(customs.orderLines, (data) => prisma.orderLine.createMany({ data }));

  const { declarations, bills } = seededTaxBills(world);
  await insertAll(declarations, (data) => prisma.inventoryDeclaration.createMany({ data }));
  const taxBills = bills.map((bill) => ({
    ...bill,
    customsTax: bill.customsTax.toFixed(),
    valueAddedTax: bill.valueAddedTax.toFixed(),
    consumptionTax: bill.consumptionTax.toFixed(),
    total: bill.total.toFixed(),
    dueDate: billDueDate(bill.period),
  }));
  await insertAll(taxBills, (data) => prisma.taxBill.createMany({ data }));
  // Finance's seed pays every bill by its due date (seededTaxPayments): judged so, as customs' sweep would.
  await insertAll(
    taxBills.map((bill) => taxBillJudgement(bill, true)),
    (data) => prisma.sweptCreditReport.createMany({ data }),
  );
  await insertAll(
    seededReceipts(
      "CEB622",
      customs.declarations,
      (d) => ({ agentCode: d.agentCode, copNo: d.copNo }),
      (d) => d.returnInfo ?? "",
    ),
    (data) => prisma.declarationReceipt.createMany({ data }),
  );
  await insertAll(customs.inventoryLines, (data) => prisma.inventoryLine.createMany({ data }));
  await seedExports(prisma, world);
}

/** The export side: orders, summaries (before the lists that name them), lists and every receipt issued. */
async function seedExports(prisma: PrismaClient, { customs }: World): Promise<void> {
  const orderLines = byDocument(customs.exportOrderLines, (line) => `${line.ebpCode}|${line.orderNo}`);
  await insertAll(
    customs.exportOrders.map((order) => ({ ...order, contentHash: exportOrderHash(order, orderLines.get(`${order.ebpCode}|${order.orderNo}`) ?? []) })),
    (data) => prisma.exportOrder.createMany({ data }),
  );
  await insertAll(customs.exportOrderLines, (data) => prisma.exportOrderLine.createMany({ data }));
  await insertAll(
    seededReceipts(
      EXPORT_ORDER_RECEIPT,
      customs.exportOrders,
      (o) => ({ ebpCode: o.ebpCode, orderNo: o.orderNo }),
      () => filingStatus("2", "export order").returnInfo,
    ),
    (data) => prisma.exportOrderReceipt.createMany({ data }),
  );

  await insertAll(
    customs.summaries.map((summary) => ({
      ...summary,
      contentHash: summaryHash({ ...summary, startTime: new Date(summary.startTime), endTime: new Date(summary.endTime) }),
    })),
    (data) => prisma.summaryDeclaration.createMany({ data }),
  );
  await insertAll(customs.summaryResults, (data) => prisma.summaryResult.createMany({ data }));
  await insertAll(customs.summaryItems, (data) => prisma.summaryItem.createMany({ data }));

  const listLines = byDocument(customs.exportInventoryLines, (line) => `${line.agentCode}|${line.copNo}`);
  await insertAll(
    customs.exportDeclarations.map((list) => ({
      ...list,
      liveWaybill: liveWaybill(list),
      contentHash: exportListHash(list, listLines.get(`${list.agentCode}|${list.copNo}`) ?? []),
    })),
    (data) => prisma.exportDeclaration.createMany({ data }),
  );
  await insertAll(customs.exportInventoryLines, (data) => prisma.exportInventoryLine.createMany({ data }));
  // A cancelled list was released first: its CEB604 says so, its CEB606 two hours later withdraws it.
  const decided = customs.exportDeclarations.map((list) => ({
    ...list,
    returnStatus: list.returnStatus === CANCELLED ? RELEASED : list.returnStatus,
    returnTime: list.releasedAt,
  }));
  const listKey = (list: { agentCode: string; copNo: string }) => ({ agentCode: list.agentCode, copNo: list.copNo });
  const cancelled = customs.exportDeclarations.filter((list) => list.returnStatus === CANCELLED);
  await insertAll(
    [
      ...seededReceipts(EXPORT_LIST_RECEIPT, decided, listKey, (list) =>
        list.returnStatus === RELEASED ? releaseInfo(list.invtNo!, list.statisticsFlag) : (list.returnInfo ?? ""),
      ).map((receipt) => ({ ...receipt, messageType: EXPORT_LIST_RECEIPT })),
      ...cancelled.map((list) => {
        const id = seededUuid(`${EXPORT_CANCEL_RECEIPT}|${list.agentCode}|${list.copNo}|1`);
        return {
          id,
          ...listKey(list),
          messageType: EXPORT_CANCEL_RECEIPT,
          guid: id.toUpperCase(),
          version: 1,
          returnStatus: CANCELLED,
          returnInfo: list.returnInfo ?? "",
          returnTime: new Date(new Date(list.releasedAt!).getTime() + 2 * 3600_000),
        };
      }),
    ],
    (data) => prisma.exportDeclarationReceipt.createMany({ data }),
  );
}
