import { badUserInput, forbidden } from "../../../lib/graphql/errors";
import { now } from "../../../lib/clock";
import type { Resolvers } from "../__generated__/resolvers-types";
import { loadTariff, tariffOn } from "../tariff";

/** Codes per request: a list's lines, or a page of a catalogue. */
const MAX_CODES = 500;

/** The tariff's load: an administrator's act (docs/roles.md), not a department's decision. */
export const tariffResolvers: Resolvers = {
  Mutation: {
    loadTariff: (_, { csv, effectiveFrom }, { identity, prisma }) => {
      if (identity.role !== "admin") throw forbidden("only administrators may load the tariff");
      return loadTariff(prisma, csv, effectiveFrom, identity.subject, now());
    },
  },
  Query: {
    tariffLines: async (_, { codes, on }, { prisma }) => {
      if (codes.length > MAX_CODES) throw badUserInput("codes", `at most ${MAX_CODES} codes per request, got ${codes.length}`);
      const bad = codes.findIndex((code) => !/^\d{10}$/.test(code));
      if (bad >= 0) throw badUserInput(`codes[${bad}]`, `${JSON.stringify(codes[bad])} is not a 10-digit commodity code`);
      const tariff = await tariffOn(prisma, on);
      return codes.map((code) => {
        const row = tariff.rows.get(code);
        return row && tariff.version ? { ...row, version: tariff.version.id, effectiveFrom: tariff.version.effectiveFrom } : null;
      });
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
