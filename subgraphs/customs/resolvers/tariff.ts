import { forbidden } from "../../../lib/graphql/errors";
import { now } from "../../../lib/clock";
import type { Resolvers } from "../__generated__/resolvers-types";
import { loadTariff } from "../tariff";

/** The tariff's load: an administrator's act (docs/roles.md), not a department's decision. */
export const tariffResolvers: Resolvers = {
  Mutation: {
    loadTariff: (_, { csv, effectiveFrom }, { identity, prisma }) => {
      if (identity.role !== "admin") throw forbidden("only administrators may load the tariff");
      return loadTariff(prisma, csv, effectiveFrom, identity.subject, now());
    },
  },
  TariffVersion: {
    id: ({ version }) => version.id,
    effectiveFrom: ({ version }) => version.effectiveFrom,
    rowCount: ({ version }) => version.rowCount,
    contentHash: ({ version }) => version.contentHash,
    loadedBy: ({ version }) => version.loadedBy,
    loadedAt: ({ version }) => version.loadedAt,
    created: ({ created }) => created,
  },
};
