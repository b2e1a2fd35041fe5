import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/ciq/generated/client";
import { createCiqLoaders, type CiqLoaders } from "./loaders";
import { ciqResolvers } from "./resolvers";
import { statisticsResolvers } from "./resolvers/statistics";

export const ciq: DepartmentService<PrismaClient, CiqLoaders> = {
  name: "ciq",
  createClient: (adapter) => new PrismaClient({ adapter }),
  createLoaders: createCiqLoaders,
  resolvers: [ciqResolvers, statisticsResolvers],
};
