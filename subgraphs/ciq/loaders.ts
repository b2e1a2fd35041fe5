import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";
import type { PrismaClient } from "../../prisma/ciq/generated/client";

export function createCiqLoaders(prisma: PrismaClient) {
  return {
    productFilingByNo: rowByKey(["filingNo"], (where) => prisma.productFiling.findMany({ where })),
    inspectionById: rowByKey(["id"], (where) => prisma.inspection.findMany({ where })),
    inspectionsByDeclaration: rowsByKey(["agentCode", "copNo"], (where) =>
      prisma.inspection.findMany({ where, orderBy: [{ decidedAt: "desc" }, { id: "desc" }] }),
    ),
    filingsByEnterprise: rowsByKey(["uscc"], (where) => prisma.enterpriseFiling.findMany({ where, orderBy: { role: "asc" } })),
  };
}

export type CiqLoaders = ReturnType<typeof createCiqLoaders>;
