import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/logistics/generated/client";
import { createLogisticsLoaders, type LogisticsLoaders } from "./loaders";
import { logisticsResolvers } from "./resolvers";
import { exportResolvers } from "./resolvers/export";
import { statisticsResolvers } from "./resolvers/statistics";
import { TRANSACTION_OPTIONS } from "../../lib/db/database";
import { sweepLogistics } from "./resolvers/tracking";

export const logistics: DepartmentService<PrismaClient, LogisticsLoaders> = {
  name: "logistics",
  createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createLoaders: createLogisticsLoaders,
  resolvers: [logisticsResolvers, statisticsResolvers, exportResolvers],
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  sweep: sweepLogistics,
};
