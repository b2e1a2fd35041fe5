import type { Prisma, PrismaClient } from "../../../prisma/customs/generated/client";
import { billDueDate, billPeriod } from "../rules/tax-bill";

type Writer = Pick<PrismaClient, "taxBill"> | Prisma.TransactionClient;
type Amount = Prisma.Decimal | string;

export interface ReleasedTax {
  /** The guarantor's USCC (a list may name it by customs code: the bill is the USCC's, which it reads). */
  assureUscc: string;
  customsTax: Amount;
  valueAddedTax: Amount;
  consumptionTax: Amount;
  taxTotal: Amount;
}

/** Adds a released list's tax to its guarantor's bill for the month of release (created on first use). */
export function addToTaxBill(writer: Writer, list: ReleasedTax, releasedAt: Date) {
  const period = billPeriod(releasedAt);
  const amounts = { customsTax: list.customsTax, valueAddedTax: list.valueAddedTax, consumptionTax: list.consumptionTax, total: list.taxTotal };
  return {
    period,
    write: writer.taxBill.upsert({
      where: { guarantorUscc_period: { guarantorUscc: list.assureUscc, period } },
      create: { guarantorUscc: list.assureUscc, period, ...amounts, listCount: 1, dueDate: billDueDate(period) },
      update: {
        customsTax: { increment: list.customsTax },
        valueAddedTax: { increment: list.valueAddedTax },
        consumptionTax: { increment: list.consumptionTax },
        total: { increment: list.taxTotal },
        listCount: { increment: 1 },
      },
    }),
  };
}
