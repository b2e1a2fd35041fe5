import type { DepartmentService } from "../../lib/subgraph";
import { PrismaClient } from "../../prisma/ciq/generated/client";
import { createCiqLoaders, type CiqLoaders } from "./loaders";
import { createCiqResolvers } from "./resolvers";
import { statisticsResolvers } from "./resolvers/statistics";
import { SAMPLING_RULES, type SamplingRule } from "./rules/inspection-sampling";
import { TRANSACTION_OPTIONS } from "../../lib/db/database";

export interface CiqOptions {
  /**
   * The sampling rates (default: inspection-sampling.rules.json). A test system passes its own table whose
   * rates are 0 or 1, so that a test's list is selected or not by its goods' risk, never by luck; the draw
   * stays the secret random one either way.
   */
  samplingRules?: readonly SamplingRule[];
}

export function createCiq({ samplingRules = SAMPLING_RULES }: CiqOptions = {}): DepartmentService<PrismaClient, CiqLoaders> {
  return {
    name: "ciq",
    createClient: (adapter) => new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
    createLoaders: createCiqLoaders,
    resolvers: [createCiqResolvers(samplingRules), statisticsResolvers],
  };
}

export const ciq = createCiq();
