import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/finance/generated/client";
import { createFinanceLoaders, type FinanceLoaders } from "./loaders";
import { financeResolvers } from "./resolvers";
import { exportResolvers } from "./resolvers/export";
import { sweepFinance } from "./resolvers/export-rebate";
import { statisticsResolvers } from "./resolvers/statistics";
import { TRANSACTION_OPTIONS } from "../../lib/db/database";

export const finance: DepartmentService<PrismaClient, FinanceLoaders> = {
  name: "finance",
  createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createLoaders: createFinanceLoaders,
  resolvers: [financeResolvers, statisticsResolvers, exportResolvers],
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  sweep: sweepFinance,
};
