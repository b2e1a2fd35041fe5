import { badUserInput } from "../../../lib/graphql/errors";
import { documentNo, dayWindow, uscc } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { CreditEvent, Enterprise, NegativeListEntry, Prisma } from "../../../prisma/credit/generated/client";
import { recordCreditEvent } from "./record-event";
import type { CreditEventFilter, EnterpriseFilter, NegativeListFilter, Resolvers } from "../__generated__/resolvers-types";

const MAX_EVENTS = 50;
const ACTIVE_ENTRY = { removedAt: null } satisfies Prisma.NegativeListEntryWhereInput;

function enterpriseWhere(filter: EnterpriseFilter | null | undefined): Prisma.EnterpriseWhereInput {
  if (!filter) return {};
  if (filter.districtCode != null && !/^\d{6}$/.test(filter.districtCode)) {
    throw badUserInput("filter.districtCode", "must be a 6-digit administrative division code");
  }
  const listed = { negativeListEntries: { some: ACTIVE_ENTRY } };
  return {
    districtCode: filter.districtCode ?? undefined,
    roles: filter.role ? { has: filter.role } : undefined,
    creditProfile: filter.creditClass ? { is: { creditClass: filter.creditClass } } : undefined,
    ...(filter.onNegativeList == null ? {} : filter.onNegativeList ? listed : { NOT: listed }),
  };
}

function negativeListWhere(filter: NegativeListFilter | null | undefined): Prisma.NegativeListEntryWhereInput {
  return {
    ...(filter?.activeOnly === false ? {} : ACTIVE_ENTRY),
    uscc: filter?.enterprise == null ? undefined : uscc("filter.enterprise", filter.enterprise),
    listedAt: dayWindow("filter", filter?.from, filter?.to, "instant"),
  };
}

function creditEventWhere(filter: CreditEventFilter | null | undefined): Prisma.CreditEventWhereInput {
  if (!filter) return {};
  return {
    kind: filter.kind ?? undefined,
    uscc: filter.enterprise == null ? undefined : uscc("filter.enterprise", filter.enterprise),
    occurredAt: dayWindow("filter", filter.from, filter.to, "instant"),
  };
}

export const creditResolvers: Resolvers = {
  Mutation: {
    recordCreditEvent: (_, { event }, context) => recordCreditEvent(event, context),
  },
  Query: {
    enterprise: (_, args, { loaders }) => loaders.enterpriseByUscc.load({ uscc: uscc("uscc", args.uscc) }),
    enterpriseByCustomsCode: (_, { customsCode }, { prisma }) => {
      if (!/^[0-9A-Z]{10}$/.test(customsCode)) throw badUserInput("customsCode", "must be 10 digits or capitals");
      return prisma.enterprise.findUnique({ where: { customsCode } });
    },
    enterprises: (_, args, { prisma, readable }) =>
      paginate<Enterprise, Prisma.EnterpriseWhereInput>(
        args,
        { fields: ["uscc"], direction: "asc" },
        { AND: [enterpriseWhere(args.filter), readable("Enterprise")] },
        { rows: (query) => prisma.enterprise.findMany(query), count: (where) => prisma.enterprise.count({ where }) },
      ),
    negativeList: (_, args, { prisma, readable }) =>
      paginate<NegativeListEntry, Prisma.NegativeListEntryWhereInput>(
        args,
        { fields: ["listedAt", "id"], direction: "desc" },
        { AND: [negativeListWhere(args.filter), readable("NegativeListEntry")] },
        { rows: (query) => prisma.negativeListEntry.findMany(query), count: (where) => prisma.negativeListEntry.count({ where }) },
      ),
    creditEvents: (_, args, { prisma, readable }) =>
      paginate<CreditEvent, Prisma.CreditEventWhereInput>(
        args,
        { fields: ["occurredAt", "id"], direction: "desc" },
        { AND: [creditEventWhere(args.filter), readable("CreditEvent")] },
        { rows: (query) => prisma.creditEvent.findMany(query), count: (where) => prisma.creditEvent.count({ where }) },
      ),
  },
  Enterprise: {
    __resolveReference: (ref, { loaders }) => loaders.enterpriseByUscc.load(ref),
    creditProfile: (enterprise, _, { loaders }) => loaders.profileByUscc.load(enterprise),
    negativeListEntries: (enterprise, _, { loaders }) => loaders.negativeListByUscc.load(enterprise),
    onNegativeList: async (enterprise, _, { loaders }) => (await loaders.negativeListByUscc.load(enterprise)).some((entry) => entry.removedAt === null),
    creditEvents: async (enterprise, { last }, { loaders }) => {
      const count = last ?? 10;
      if (!Number.isInteger(count) || count < 0 || count > MAX_EVENTS) throw badUserInput("last", `must be from 0 to ${MAX_EVENTS}`);
      return (await loaders.eventsByUscc.load(enterprise)).slice(0, count);
    },
  },
  CreditEvent: {
    __resolveReference: (ref, { loaders }) => loaders.eventById.load({ id: documentNo("id", ref.id, 32) }),
    enterprise: (event, _, { loaders }) => loaders.enterpriseByUscc.load(event).then((enterprise) => enterprise!),
  },
  NegativeListEntry: {
    __resolveReference: (ref, { loaders }) => loaders.negativeListEntryById.load({ id: documentNo("id", ref.id, 32) }),
    active: (entry) => entry.removedAt === null,
    enterprise: (entry, _, { loaders }) => loaders.enterpriseByUscc.load(entry).then((enterprise) => enterprise!),
  },
};
