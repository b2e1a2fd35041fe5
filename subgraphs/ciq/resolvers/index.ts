import { badUserInput } from "../../../lib/graphql/errors";
import { documentNo, enterpriseCode, dayWindow, uscc } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { EnterpriseFiling, Inspection, Prisma, ProductFiling } from "../../../prisma/ciq/generated/client";
import { decideInspection, recordInspectionResult } from "./inspection";
import { riskWarnings } from "./risk-monitoring";
import { approveProductFiling, fileProduct, filingHistory, productFilingsFor, rejectProductFiling, revokeProductFiling } from "./product-filings";
import { approveEnterpriseFiling, enterpriseFilingHistory, fileEnterprise, rejectEnterpriseFiling, revokeEnterpriseFiling } from "./enterprise-filings";
import { filingStatusOn } from "../rules/product-filing";
import { chinaDay } from "../../../lib/rules/china-time";
import { now } from "../../../lib/clock";
import type { SamplingRule } from "../rules/inspection-sampling";
import type { EnterpriseFilingFilter, InspectionFilter, ProductFilingFilter, Resolvers } from "../__generated__/resolvers-types";

function productFilingWhere(filter: ProductFilingFilter | null | undefined): Prisma.ProductFilingWhereInput {
  if (!filter) return {};
  if (filter.hsPrefix != null && !/^\d{2,10}$/.test(filter.hsPrefix)) {
    throw badUserInput("filter.hsPrefix", "must be 2 to 10 digits of a commodity code");
  }
  return {
    status: filter.status ?? undefined,
    riskLevel: filter.riskLevel ?? undefined,
    ownerUscc: filter.enterprise == null ? undefined : uscc("filter.enterprise", filter.enterprise),
    hsCode: filter.hsPrefix == null ? undefined : { startsWith: filter.hsPrefix },
    filedAt: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

function enterpriseFilingWhere(filter: EnterpriseFilingFilter | null | undefined): Prisma.EnterpriseFilingWhereInput {
  if (!filter) return {};
  return {
    status: filter.status ?? undefined,
    role: filter.role ?? undefined,
    uscc: filter.enterprise == null ? undefined : uscc("filter.enterprise", filter.enterprise),
    filedAt: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

function inspectionWhere(filter: InspectionFilter | null | undefined): Prisma.InspectionWhereInput {
  if (!filter) return {};
  return {
    result: filter.result ?? undefined,
    agentCode: filter.enterprise == null ? undefined : enterpriseCode("filter.enterprise", filter.enterprise),
    decidedAt: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

/** CIQ's resolvers, deciding samples by `samplingRules` (the service's construction chooses them: subgraphs/ciq/index.ts). */
export const createCiqResolvers = (samplingRules: readonly SamplingRule[]): Resolvers => ({
  Mutation: {
    decideInspection: (_, { request }, context) => decideInspection(request, context, samplingRules),
    recordInspectionResult: (_, args, context) => recordInspectionResult(args, context),
    fileProduct: (_, args, context) => fileProduct(args, context),
    approveProductFiling: (_, args, context) => approveProductFiling(args, context),
    rejectProductFiling: (_, args, context) => rejectProductFiling(args, context),
    revokeProductFiling: (_, args, context) => revokeProductFiling(args, context),
    fileEnterprise: (_, args, context) => fileEnterprise(args, context),
    approveEnterpriseFiling: (_, args, context) => approveEnterpriseFiling(args, context),
    rejectEnterpriseFiling: (_, args, context) => rejectEnterpriseFiling(args, context),
    revokeEnterpriseFiling: (_, args, context) => revokeEnterpriseFiling(args, context),
  },
  Query: {
    productFilingsByNumber: async (_, { filingNos }, { loaders }) => {
      if (filingNos.length > 100) throw badUserInput("filingNos", "may name at most 100 filings");
      return loaders.productFilingByNo.loadMany(filingNos.map((filingNo) => ({ filingNo }))).then((rows) =>
        rows.map((row) => {
          if (row instanceof Error) throw row;
          return row;
        }),
      );
    },
    productFilingsFor: (_, args, context) => productFilingsFor(args, context),
    enterpriseFilingApplication: (_, { id }, { prisma }) => prisma.enterpriseFilingApplication.findUnique({ where: { id: documentNo("id", id, 32) } }),
    productFilingApplication: (_, { id }, { prisma }) => prisma.productFilingApplication.findUnique({ where: { id: documentNo("id", id, 32) } }),
    productFiling: (_, { filingNo }, { loaders }) => loaders.productFilingByNo.load({ filingNo: documentNo("filingNo", filingNo, 32) }),
    productFilings: (_, args, { prisma, readable }) =>
      paginate<ProductFiling, Prisma.ProductFilingWhereInput>(
        args,
        { fields: ["filedAt", "filingNo"], direction: "desc" },
        { AND: [productFilingWhere(args.filter), readable("ProductFiling")] },
        { rows: (query) => prisma.productFiling.findMany(query), count: (where) => prisma.productFiling.count({ where }) },
      ),
    enterpriseFilings: (_, args, { prisma, readable }) =>
      paginate<EnterpriseFiling, Prisma.EnterpriseFilingWhereInput>(
        args,
        { fields: ["filedAt", "filingNo"], direction: "desc" },
        { AND: [enterpriseFilingWhere(args.filter), readable("EnterpriseFiling")] },
        { rows: (query) => prisma.enterpriseFiling.findMany(query), count: (where) => prisma.enterpriseFiling.count({ where }) },
      ),
    inspection: (_, { id }, { loaders }) => loaders.inspectionById.load({ id: documentNo("id", id, 32) }),
    inspections: (_, args, { prisma, readable }) =>
      paginate<Inspection, Prisma.InspectionWhereInput>(
        args,
        { fields: ["decidedAt", "id"], direction: "desc" },
        { AND: [inspectionWhere(args.filter), readable("Inspection")] },
        { rows: (query) => prisma.inspection.findMany(query), count: (where) => prisma.inspection.count({ where }) },
      ),
    riskWarnings: (_, args, context) => riskWarnings(args, context),
  },
  ProductFiling: {
    __resolveReference: (ref, { loaders }) => loaders.productFilingByNo.load(ref),
    owner: (filing) => ({ uscc: filing.ownerUscc }),
    status: (filing) => filingStatusOn(filing, chinaDay(now())),
    statusOn: (filing, { date }) => filingStatusOn(filing, chinaDay(date)),
  },
  ProductFilingApplication: {
    filing: (application, _, { loaders }) => (application.filingNo ? loaders.productFilingByNo.load({ filingNo: application.filingNo }) : null),
    history: (application, _, context) => filingHistory(context, application.id, application.filingNo),
  },
  EnterpriseFiling: {
    enterprise: (filing) => ({ uscc: filing.uscc }),
    status: (filing) => filingStatusOn(filing, chinaDay(now())),
    statusOn: (filing, { date }) => filingStatusOn(filing, chinaDay(date)),
  },
  EnterpriseFilingApplication: {
    filing: async (application, _, { prisma }) =>
      application.filingNo ? prisma.enterpriseFiling.findUnique({ where: { filingNo: application.filingNo } }) : null,
    history: (application, _, context) => enterpriseFilingHistory(context, application.id, application.filingNo),
  },
  Inspection: {
    declaration: (inspection) => ({ agentCode: inspection.agentCode, copNo: inspection.copNo }),
  },
  InventoryDeclaration: {
    __resolveReference: (ref) => ({ agentCode: ref.agentCode, copNo: ref.copNo }),
    inspection: async (declaration, _, { loaders }) => (await loaders.inspectionsByDeclaration.load(declaration))[0] ?? null,
  },
  Enterprise: {
    __resolveReference: (ref) => ({ uscc: ref.uscc }),
    filings: (enterprise, _, { loaders }) => loaders.filingsByEnterprise.load(enterprise),
  },
  RiskWarning: {
    currentLevel: async (warning, _, { prisma, loaders }) =>
      warning.subject === "PRODUCT"
        ? ((await loaders.productFilingByNo.load({ filingNo: warning.subjectKey }))?.riskLevel ?? warning.toLevel)
        : ((await prisma.originRisk.findUnique({ where: { country: warning.subjectKey } }))?.riskLevel ?? "LOW"),
    inspection: (warning, _, { loaders }) => loaders.inspectionById.load({ id: warning.inspectionId }),
    productFiling: (warning, _, { loaders }) => (warning.subject === "PRODUCT" ? loaders.productFilingByNo.load({ filingNo: warning.subjectKey }) : null),
  },
});
