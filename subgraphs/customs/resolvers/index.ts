import { dayWindow, documentNo, enterpriseByCode, enterpriseCode, periodWindow, uscc } from "../../../lib/graphql/filters";
import { readAuditLog } from "../../../lib/auth/audit";
import { paginate } from "../../../lib/graphql/pagination";
import type { InventoryDeclaration, Order, PersonalDataRead, Prisma, TaxBill } from "../../../prisma/customs/generated/client";
import { ORDER_RECEIPT } from "../rules/order";
import { concludeInspection } from "./conclude-inspection";
import { declareInventory, recheckDeclarations } from "./declare-inventory";
import { submitOrder } from "./submit-order";
import { buyerQuota } from "./buyer-quota";
import { billTaxLists, taxList, taxLists } from "./tax-lists";
import { taxListMessage } from "../rules/tax-list";
import { now } from "../../../lib/clock";
import { cancelInventory, returnInventory } from "./withdraw-inventory";
import { PARTY_USCCS } from "../events";
import type { DeclarationFilter, OrderFilter, Resolvers } from "../__generated__/resolvers-types";

function orderWhere(filter: OrderFilter | null | undefined): Prisma.OrderWhereInput {
  if (!filter) return {};
  const party = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  return {
    returnStatus: filter.returnStatus ?? undefined,
    appTime: dayWindow("filter", filter.from, filter.to, "instant"),
    ...(party ? { OR: [{ ebpCode: party }, { ebcCode: party }] } : {}),
  };
}

function declarationWhere(filter: DeclarationFilter | null | undefined): Prisma.InventoryDeclarationWhereInput {
  if (!filter) return {};
  const party = filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise);
  return {
    returnStatus: filter.returnStatus ?? undefined,
    tradeMode: filter.tradeMode ?? undefined,
    declTime: dayWindow("filter", filter.from, filter.to, "date"),
    ...(party
      ? {
          OR: [
            { ebpCode: party },
            { ebcCode: party },
            { agentCode: party },
            { logisticsCode: party },
            { assureCode: party },
            ...PARTY_USCCS.map((column) => ({ [column]: party })),
          ],
        }
      : {}),
  };
}

export const customsResolvers: Resolvers = {
  Mutation: {
    submitOrder: (_, { order }, context) => submitOrder(order, context),
    declareInventory: (_, { inventory }, context) => declareInventory(inventory, context),
    recheckDeclarations: (_, { orderNo }, context) => recheckDeclarations(orderNo, context),
    concludeInspection: (_, args, context) => concludeInspection(args, context),
    cancelInventory: (_, { request }, context) => cancelInventory(request, context),
    returnInventory: (_, { request }, context) => returnInventory(request, context),
  },
  Query: {
    customsPersonalDataReads: (_, args, { identity, prisma }) =>
      readAuditLog<PersonalDataRead, Prisma.PersonalDataReadWhereInput>(identity, args, {
        rows: (query) => prisma.personalDataRead.findMany(query),
        count: (where) => prisma.personalDataRead.count({ where }),
      }),
    order: (_, { ebpCode, orderNo }, { loaders }) =>
      loaders.orderByKey.load({ ebpCode: enterpriseCode("ebpCode", ebpCode), orderNo: documentNo("orderNo", orderNo, 60) }),
    orders: (_, args, { prisma, readable }) =>
      paginate<Order, Prisma.OrderWhereInput>(
        args,
        { fields: ["appTime", "ebpCode", "orderNo"], direction: "desc" },
        { AND: [orderWhere(args.filter), readable("Order")] },
        { rows: (query) => prisma.order.findMany(query), count: (where) => prisma.order.count({ where }) },
      ),
    declaration: (_, { agentCode, copNo }, { loaders }) =>
      loaders.declarationByKey.load({ agentCode: enterpriseCode("agentCode", agentCode), copNo: documentNo("copNo", copNo, 20) }),
    declarationByInvtNo: (_, { invtNo }, { prisma }) => prisma.inventoryDeclaration.findUnique({ where: { invtNo: documentNo("invtNo", invtNo, 18) } }),
    taxBill: (_, { guarantorUscc, period }, { loaders }) => loaders.taxBillByKey.load({ guarantorUscc: uscc("guarantorUscc", guarantorUscc), period }),
    taxBills: (_, args, { prisma, readable }) => {
      const filter = args.filter ?? {};
      const where: Prisma.TaxBillWhereInput = {
        guarantorUscc: filter.enterprise == null ? undefined : uscc("filter.enterprise", filter.enterprise),
        period: periodWindow("filter", filter.fromPeriod, filter.toPeriod),
      };
      return paginate<TaxBill, Prisma.TaxBillWhereInput>(
        args,
        { fields: ["period", "guarantorUscc"], direction: "desc" },
        { AND: [where, readable("TaxBill")] },
        { rows: (query) => prisma.taxBill.findMany(query), count: (where) => prisma.taxBill.count({ where }) },
      );
    },
    taxList: (_, args, context) => taxList(args, context),
    taxLists: (_, args, context) => taxLists(args, context),
    buyerQuota: (_, args, context) => buyerQuota(args, context),
    declarations: (_, args, { prisma, readable }) =>
      paginate<InventoryDeclaration, Prisma.InventoryDeclarationWhereInput>(
        args,
        { fields: ["declTime", "agentCode", "copNo"], direction: "desc" },
        { AND: [declarationWhere(args.filter), readable("InventoryDeclaration")] },
        { rows: (query) => prisma.inventoryDeclaration.findMany(query), count: (where) => prisma.inventoryDeclaration.count({ where }) },
      ),
  },
  Order: {
    __resolveReference: (ref, { loaders }) => loaders.orderByKey.load(ref),
    lines: (order, _, { loaders }) => loaders.orderLines.load(order),
    receipts: async (order, _, { loaders }) => (await loaders.receiptsByOrder.load(order)).map((receipt) => ({ ...receipt, messageType: ORDER_RECEIPT })),
    platform: (order) => enterpriseByCode(order.ebpCode),
    ecommerceEnterprise: (order) => enterpriseByCode(order.ebcCode),
    declaration: async (order, _, { loaders }) => (await loaders.declarationsByOrder.load(order))[0] ?? null,
    waybill: async (order, _, { loaders }) => {
      const declaration = (await loaders.declarationsByOrder.load(order))[0];
      return declaration ? { logisticsCode: declaration.logisticsCode, logisticsNo: declaration.logisticsNo } : null;
    },
  },
  InventoryDeclaration: {
    __resolveReference: (ref, { loaders }) => loaders.declarationByKey.load(ref),
    lines: (declaration, _, { loaders }) => loaders.declarationLines.load(declaration),
    receipts: (declaration, _, { loaders }) => loaders.receiptsByDeclaration.load(declaration),
    decision: (declaration) => (declaration.decision == null ? null : JSON.stringify(declaration.decision)),
    order: (declaration, _, { loaders }) => loaders.orderByKey.load(declaration),
    waybill: (declaration) => ({ logisticsCode: declaration.logisticsCode, logisticsNo: declaration.logisticsNo }),
    platform: (declaration) => enterpriseByCode(declaration.ebpCode),
    ecommerceEnterprise: (declaration) => enterpriseByCode(declaration.ebcCode),
    agent: (declaration) => enterpriseByCode(declaration.agentCode),
    guarantor: (declaration) => enterpriseByCode(declaration.assureCode),
  },
  TaxBill: {
    __resolveReference: (ref, { loaders }) => loaders.taxBillByKey.load(ref),
    guarantor: (bill) => enterpriseByCode(bill.guarantorUscc),
    taxLists: (bill, _, context) => billTaxLists(bill, context),
  },
  TaxList: {
    xml: (tax) => taxListMessage(tax, now()),
  },
  ProductFiling: {
    __resolveReference: (ref) => ({ filingNo: ref.filingNo }),
    destinations: (filing, _, { loaders }) => loaders.destinationsByFiling.load(filing.filingNo),
  },
  InventoryLine: {
    productFiling: (line) => (line.filingNo ? { filingNo: line.filingNo } : null),
  },
  Waybill: {
    __resolveReference: (ref) => ({ logisticsCode: ref.logisticsCode, logisticsNo: ref.logisticsNo }),
    declaration: async (waybill, _, { loaders }) => (await loaders.declarationsByWaybill.load(waybill))[0] ?? null,
    order: async (waybill, _, { loaders }) => {
      const declaration = (await loaders.declarationsByWaybill.load(waybill))[0];
      return declaration ? loaders.orderByKey.load(declaration) : null;
    },
  },
};
