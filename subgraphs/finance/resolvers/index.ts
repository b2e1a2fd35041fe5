import { documentNo, enterpriseByCode, enterpriseCode, dayWindow } from "../../../lib/graphql/filters";
import { readAuditLog } from "../../../lib/auth/audit";
import { recheckWaitingLists } from "../../../lib/documents/recheck";
import { paidAmount, paymentStatus, recordTaxBillPayment } from "./tax-bill-payments";
import { paginate } from "../../../lib/graphql/pagination";
import { PAYMENT_RECEIPT } from "../rules/payment";
import { submitPayment } from "./submit-payment";
import type { Payment, PersonalDataRead, Prisma } from "../../../prisma/finance/generated/client";
import type { PaymentFilter, Resolvers } from "../__generated__/resolvers-types";

function paymentWhere(filter: PaymentFilter | null | undefined): Prisma.PaymentWhereInput {
  if (!filter) return {};
  const party = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  return {
    returnStatus: filter.returnStatus ?? undefined,
    payTime: dayWindow("filter", filter.from, filter.to, "instant"),
    ...(party ? { OR: [{ payCode: party }, { ebpCode: party }] } : {}),
  };
}

export const financeResolvers: Resolvers = {
  Mutation: {
    recordTaxBillPayment: (_, { payment }, context) => recordTaxBillPayment(payment, context),
    submitPayment: async (_, { payment }, context) => {
      const receipt = await submitPayment(payment, context);
      await recheckWaitingLists(context, payment.orderNo);
      return receipt;
    },
  },
  Query: {
    financePersonalDataReads: (_, args, { identity, prisma }) =>
      readAuditLog<PersonalDataRead, Prisma.PersonalDataReadWhereInput>(identity, args, {
        rows: (query) => prisma.personalDataRead.findMany(query),
        count: (where) => prisma.personalDataRead.count({ where }),
      }),
    payment: (_, { payCode, payTransactionId }, { loaders }) =>
      loaders.paymentByKey.load({
        payCode: enterpriseCode("payCode", payCode),
        payTransactionId: documentNo("payTransactionId", payTransactionId, 60),
      }),
    payments: (_, args, { prisma, readable }) =>
      paginate<Payment, Prisma.PaymentWhereInput>(
        args,
        { fields: ["payTime", "payCode", "payTransactionId"], direction: "desc" },
        { AND: [paymentWhere(args.filter), readable("Payment")] },
        { rows: (query) => prisma.payment.findMany(query), count: (where) => prisma.payment.count({ where }) },
      ),
  },
  Payment: {
    __resolveReference: (ref, { loaders }) => loaders.paymentByKey.load(ref),
    receipts: async (payment, _, { loaders }) =>
      (await loaders.receiptsByPayment.load(payment)).map((receipt) => ({ ...receipt, messageType: PAYMENT_RECEIPT })),
    order: (payment) => ({ ebpCode: payment.ebpCode, orderNo: payment.orderNo }),
    paymentCompany: (payment) => enterpriseByCode(payment.payCode),
  },
  TaxBill: {
    __resolveReference: (ref) => ({ guarantorUscc: ref.guarantorUscc, period: ref.period, total: (ref as { total?: string }).total ?? null }),
    payments: (bill, _, { loaders }) => loaders.paymentsByTaxBill.load(bill),
    paidAmount: (bill, _, context) => paidAmount(bill, context),
    paymentStatus: (bill, _, context) => paymentStatus(bill, context),
  },
  Order: {
    __resolveReference: (ref) => ({ ebpCode: ref.ebpCode, orderNo: ref.orderNo }),
    payment: async (order, _, { loaders }) => (await loaders.paymentsByOrder.load(order))[0] ?? null,
  },
};
