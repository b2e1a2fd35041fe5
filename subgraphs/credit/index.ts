import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/credit/generated/client";
import { createCreditLoaders, type CreditLoaders } from "./loaders";
import { creditResolvers } from "./resolvers";
import { statisticsResolvers } from "./resolvers/statistics";
import { sweepCredit } from "./resolvers/credit-sweep";
import { TRANSACTION_OPTIONS } from "../../lib/db/database";

export const credit: DepartmentService<PrismaClient, CreditLoaders> = {
  name: "credit",
  createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createLoaders: createCreditLoaders,
  resolvers: [creditResolvers, statisticsResolvers],
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  sweep: sweepCredit,
};
