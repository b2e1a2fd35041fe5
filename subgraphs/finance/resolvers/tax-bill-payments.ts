import Decimal from "decimal.js";
import { requireStaffOf } from "../../../lib/auth/guards";
import { badUserInput } from "../../../lib/graphql/errors";
import { documentNo, uscc } from "../../../lib/graphql/filters";
import type { TaxBillPayment } from "../../../prisma/finance/generated/client";
import type { TaxBillPaymentInput } from "../__generated__/resolvers-types";
import type { FinanceContext, TaxBillRef } from "../context";
import { recordEvents } from "../../../lib/service/outbox";
import { now } from "../../../lib/clock";

/** Records a tax bill payment once per reference. */
export async function recordTaxBillPayment(payment: TaxBillPaymentInput, { identity, prisma }: FinanceContext): Promise<TaxBillPayment> {
  requireStaffOf(identity, ["finance"], "record tax bill payments");
  documentNo("payment.reference", payment.reference, 60);
  uscc("payment.guarantorUscc", payment.guarantorUscc);
  if (new Decimal(payment.amount).lessThanOrEqualTo(0)) throw badUserInput("payment.amount", "must be greater than 0");
  const known = await prisma.taxBillPayment.findUnique({ where: { reference: payment.reference } });
  if (known) {
    if (known.guarantorUscc !== payment.guarantorUscc || known.period !== payment.period || !known.amount.equals(payment.amount)) {
      throw badUserInput("payment.reference", "this reference already records another payment");
    }
    return known;
  }
  // The payment and its event for the guarantor (TaxBill @access parties) are stored together or not at all.
  return prisma.$transaction(async (tx) => {
    const recorded = await tx.taxBillPayment.create({ data: { ...payment, recordedBy: identity.subject } });
    await recordEvents(tx, [
      {
        kind: "TAX_BILL_PAYMENT",
        documentKey: { guarantorUscc: recorded.guarantorUscc, period: recorded.period },
        enterprises: [recorded.guarantorUscc],
        receipt: {
          reference: recorded.reference,
          guarantorUscc: recorded.guarantorUscc,
          period: recorded.period,
          amount: recorded.amount.toFixed(),
          paidAt: recorded.paidAt,
        },
        // When finance recorded it: paidAt is the bank's time, which may be days before.
        occurredAt: now(),
      },
    ]);
    return recorded;
  });
}

export async function paidAmount(bill: TaxBillRef, { loaders }: FinanceContext): Promise<Decimal> {
  return (await loaders.paymentsByTaxBill.load(bill)).reduce((sum, payment) => sum.plus(payment.amount.toFixed()), new Decimal(0));
}

export async function paymentStatus(bill: TaxBillRef, context: FinanceContext): Promise<"UNPAID" | "PARTIAL" | "PAID"> {
  const paid = await paidAmount(bill, context);
  if (paid.isZero()) return "UNPAID";
  return paid.greaterThanOrEqualTo(bill.total ?? "0") ? "PAID" : "PARTIAL";
}
