import Decimal from "decimal.js";
import { filingStatus } from "../../lib/documents/submission";
import { insertAll, seededReceipts } from "../../lib/demo/insert";
import type { World } from "../../lib/demo/world";
import type { PrismaClient } from "../../prisma/customs/generated/client";
import { tariffByCode } from "../../lib/rules/tariff";
import { importTax } from "./rules/import-tax";
import { goodsValueOf, inventoryHash } from "./rules/inventory";
import { billDueDate, billPeriod } from "./rules/tax-bill";
import { orderHash } from "./rules/order";

/** List statuses that carry the tax the list was accepted with. */
const ACCEPTED = new Set([120, 500, 700, 800]);
const tariff = tariffByCode();

function taxOfSeededList(declaration: World["customs"]["declarations"][number], lines: World["customs"]["inventoryLines"]) {
  const goods = lines.reduce((sum, line) => sum.plus(String(line.totalPrice)), new Decimal(0));
  const charges = new Decimal(String(declaration.freight)).plus(String(declaration.insuredFee));
  const tax = importTax({
    declarationDate: declaration.declTime as Date,
    // Demo buyers stay far below the annual limit; the seed does not replay each buyer's year.
    buyerAnnualTotal: "0",
    lines: lines.map((line) => {
      const row = tariff.get(line.gcode)!;
      const value = new Decimal(String(line.totalPrice));
      return { dutiableValue: value.plus(charges.times(value).dividedBy(goods)), vatClass: row.vatClass, consumptionTaxRate: row.consumptionTaxRate, tariffRate: row.mfnRate, quantity: String(line.qty) };
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

export async function seedCustoms(prisma: PrismaClient, { customs }: World): Promise<void> {
  const orderLines = byDocument(customs.orderLines, (line) => `${line.ebpCode}|${line.orderNo}`);
  const orders = customs.orders.map((order) => ({ ...order, contentHash: orderHash(order, orderLines.get(`${order.ebpCode}|${order.orderNo}`) ?? []) }));
  await insertAll(orders, (data) => prisma.order.createMany({ data }));
  await insertAll(
    seededReceipts("CEB312", customs.orders, (o) => ({ ebpCode: o.ebpCode, orderNo: o.orderNo }), () => filingStatus("2", "order").returnInfo),
    (data) => prisma.orderReceipt.createMany({ data }),
  );
  await insertAll(customs.orderLines, (data) => prisma.orderLine.createMany({ data }));

  const listLines = byDocument(customs.inventoryLines, (line) => `${line.agentCode}|${line.copNo}`);
  const bills = new Map<string, { guarantorUscc: string; period: string; customsTax: Decimal; valueAddedTax: Decimal; consumptionTax: Decimal; total: Decimal; listCount: number }>();
  const declarations = customs.declarations.map((declaration) => {
    const lines = listLines.get(`${declaration.agentCode}|${declaration.copNo}`) ?? [];
    const base = { ...declaration, contentHash: inventoryHash(declaration, lines), goodsValue: goodsValueOf(lines as Array<{ totalPrice: string }>) };
    if (!ACCEPTED.has(declaration.returnStatus)) return base;
    // The tax the list was accepted with, by the same rules a declaration is decided with.
    const tax = taxOfSeededList(declaration, lines);
    const released = declaration.returnStatus === 800 ? billPeriod(declaration.returnTime as Date) : null;
    if (released) {
      const key = `${declaration.assureCode}|${released}`;
      const bill = bills.get(key) ?? { guarantorUscc: declaration.assureCode, period: released, customsTax: new Decimal(0), valueAddedTax: new Decimal(0), consumptionTax: new Decimal(0), total: new Decimal(0), listCount: 0 };
      bill.customsTax = bill.customsTax.plus(tax.customsTax);
      bill.valueAddedTax = bill.valueAddedTax.plus(tax.valueAddedTax);
      bill.consumptionTax = bill.consumptionTax.plus(tax.consumptionTax);
      bill.total = bill.total.plus(tax.total);
      bill.listCount += 1;
      bills.set(key, bill);
    }
    return { ...base, dutiableValue: tax.dutiableValue, customsTax: tax.customsTax, valueAddedTax: tax.valueAddedTax, consumptionTax: tax.consumptionTax, taxTotal: tax.total, taxBillPeriod: released };
  });
  await insertAll(declarations, (data) => prisma.inventoryDeclaration.createMany({ data }));
  await insertAll(
    [...bills.values()].map((bill) => ({
      ...bill,
      customsTax: bill.customsTax.toFixed(),
      valueAddedTax: bill.valueAddedTax.toFixed(),
      consumptionTax: bill.consumptionTax.toFixed(),
      total: bill.total.toFixed(),
      dueDate: billDueDate(bill.period),
    })),
    (data) => prisma.taxBill.createMany({ data }),
  );
  await insertAll(
    seededReceipts("CEB622", customs.declarations, (d) => ({ agentCode: d.agentCode, copNo: d.copNo }), (d) => d.returnInfo ?? ""),
    (data) => prisma.declarationReceipt.createMany({ data }),
  );
  await insertAll(customs.inventoryLines, (data) => prisma.inventoryLine.createMany({ data }));
}
