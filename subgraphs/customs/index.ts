import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/customs/generated/client";
import { createCustomsLoaders, type CustomsLoaders } from "./loaders";
import { customsResolvers } from "./resolvers";
import { exportResolvers } from "./resolvers/export";
import { statisticsResolvers } from "./resolvers/statistics";
import { sweepCustoms } from "./resolvers/sweep";
import { tariffResolvers } from "./resolvers/tariff";
import { receiptResolvers } from "./resolvers/receipts";
import { webhookResolvers } from "./resolvers/webhooks";
import { relayEvents } from "./relay";
import { dispatchNow, startWebhooks } from "./webhooks";
import { TRANSACTION_OPTIONS } from "../../lib/db/database";

export const customs: DepartmentService<PrismaClient, CustomsLoaders> = {
  name: "customs",
  createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  createLoaders: createCustomsLoaders,
  resolvers: [customsResolvers, statisticsResolvers, exportResolvers, tariffResolvers, receiptResolvers, webhookResolvers],
  recordAudit: (prisma, reads) => prisma.personalDataRead.createMany({ data: reads }),
  sweep: sweepCustoms,
  // What the relay logged is dispatched at once, not on the dispatcher's next period.
  relay: async (context, jobs, signal) => {
    if ((await relayEvents(context, signal)) > 0) await dispatchNow(jobs);
  },
  startWork: startWebhooks,
};
