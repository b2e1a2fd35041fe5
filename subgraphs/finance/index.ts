import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/finance/generated/client";
import { createFinanceLoaders, type FinanceLoaders } from "./loaders";
import { financeResolvers } from "./resolvers";
import { seedFinance } from "./seed";

export const finance: DepartmentService<PrismaClient, FinanceLoaders> = {
  name: "finance",
  createClient: (adapter) => new PrismaClient({ adapter }),
  createLoaders: createFinanceLoaders,
  resolvers: financeResolvers,
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  seed: seedFinance,
};
