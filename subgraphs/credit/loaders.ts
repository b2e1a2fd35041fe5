import { rowByKey, rowsByKey } from "../../lib/graphql/loaders";
import type { PrismaClient } from "../../prisma/credit/generated/client";

export function createCreditLoaders(prisma: PrismaClient) {
  return {
    enterpriseByUscc: rowByKey(["uscc"], (where) => prisma.enterprise.findMany({ where })),
    enterpriseByCustomsCode: rowByKey(["customsCode"], (where) => prisma.enterprise.findMany({ where })),
    versionsByUscc: rowsByKey(["uscc"], (where) => prisma.enterpriseVersion.findMany({ where, orderBy: { version: "asc" } })),
    profileByUscc: rowByKey(["uscc"], (where) => prisma.creditProfile.findMany({ where })),
    negativeListByUscc: rowsByKey(["uscc"], (where) => prisma.negativeListEntry.findMany({ where, orderBy: [{ listedAt: "desc" }, { id: "desc" }] })),
    eventsByUscc: rowsByKey(["uscc"], (where) => prisma.creditEvent.findMany({ where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }] })),
    eventById: rowByKey(["id"], (where) => prisma.creditEvent.findMany({ where })),
    classChangesByUscc: rowsByKey(["uscc"], (where) => prisma.creditClassChange.findMany({ where, orderBy: [{ decidedAt: "desc" }, { id: "desc" }] })),
    negativeListEntryById: rowByKey(["id"], (where) => prisma.negativeListEntry.findMany({ where })),
  };
}

export type CreditLoaders = ReturnType<typeof createCreditLoaders>;
