import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/finance/generated/client";
import { createFinanceLoaders, type FinanceLoaders } from "./loaders";
import { financeResolvers } from "./resolvers";
import { statisticsResolvers } from "./resolvers/statistics";
import { seedFinance } from "./seed";

export const finance: DepartmentService<PrismaClient, FinanceLoaders> = {
  name: "finance",
  createClient: (adapter) => new PrismaClient({ adapter }),
  createLoaders: createFinanceLoaders,
  resolvers: [financeResolvers, statisticsResolvers],
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  seed: seedFinance,
};
