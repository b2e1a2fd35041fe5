import { readAuditLog } from "../../../lib/auth/audit";
import { now } from "../../../lib/clock";
import { requireStaffOf } from "../../../lib/auth/guards";
import type { Identity } from "../../../lib/auth/identity";
import { badUserInput, forbidden } from "../../../lib/graphql/errors";
import { documentNo, dayWindow, enterpriseCode, uscc } from "../../../lib/graphql/filters";
import { paginate } from "../../../lib/graphql/pagination";
import type { CreditEvent, Enterprise, EnterpriseVersion, NegativeListEntry, PersonalDataRead, Prisma } from "../../../prisma/credit/generated/client";
import { changes, decide, register, statusOn, today } from "../registration";
import { recordCreditEvent } from "./record-event";
import { addToNegativeList, removeFromNegativeList } from "./negative-list";
import { decideClass } from "./certification";
import { enterpriseCertificates, registerCertificate, revokeCertificate, signingCertificate } from "./certificates";
import { classOn, entryInForce, entryInForceWhere } from "../rules/in-force";
import type { CreditContext } from "../context";
import type { CreditEventFilter, EnterpriseFilter, NegativeListFilter, Resolvers } from "../__generated__/resolvers-types";

const MAX_EVENTS = 50;
/** Entries in force today (China): the day is read per request, so a fixed clock moves it. */
const activeEntry = () => entryInForceWhere(today());

function enterpriseWhere(filter: EnterpriseFilter | null | undefined): Prisma.EnterpriseWhereInput {
  if (!filter) return {};
  if (filter.districtCode != null && !/^\d{6}$/.test(filter.districtCode)) {
    throw badUserInput("filter.districtCode", "must be a 6-digit administrative division code");
  }
  const listed = { negativeListEntries: { some: activeEntry() } };
  return {
    districtCode: filter.districtCode ?? undefined,
    roles: filter.role ? { has: filter.role } : undefined,
    creditProfile: filter.creditClass ? { is: { creditClass: filter.creditClass } } : undefined,
    ...(filter.onNegativeList == null ? {} : filter.onNegativeList ? listed : { NOT: listed }),
  };
}

function negativeListWhere(filter: NegativeListFilter | null | undefined): Prisma.NegativeListEntryWhereInput {
  return {
    ...(filter?.activeOnly === false ? {} : activeEntry()),
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

/** An enterprise user or partner acting for this USCC. */
const actsFor = (identity: Identity, code: string) => (identity.role === "enterprise" || identity.role === "partner") && identity.usccs.includes(code);

const actor = (identity: Identity) => ({ subject: identity.subject, role: identity.role });

/** An enterprise by its USCC or its 10-character customs code (`field` names the argument in errors). */
function enterpriseByAnyCode(field: string, code: string, loaders: CreditContext["loaders"]) {
  return code.length === 10
    ? loaders.enterpriseByCustomsCode.load({ customsCode: enterpriseCode(field, code) })
    : loaders.enterpriseByUscc.load({ uscc: uscc(field, code) });
}

export const creditResolvers: Resolvers = {
  Mutation: {
    recordCreditEvent: (_, { event }, context) => recordCreditEvent(event, context),
    applyForRegistration: (_, { application }, { identity, prisma }) => {
      // A malformed USCC is named as such, before asking whether the caller acts for it.
      if (!actsFor(identity, uscc("application.uscc", application.uscc)))
        throw forbidden("an enterprise applies for its own registration: a user or partner acting for that USCC");
      return register(prisma, actor(identity), application, { status: "PENDING", reason: "application", effectiveOn: today() }, now(), "application");
    },
    registerEnterprise: (_, { registration, reason, effectiveOn }, { identity, prisma }) => {
      requireStaffOf(identity, ["credit"], "register enterprises");
      return register(prisma, actor(identity), registration, { status: "ACTIVE", reason, effectiveOn }, now());
    },
    decideRegistration: (_, { decision }, { identity, prisma }) => {
      requireStaffOf(identity, ["credit"], "decide on registrations");
      return decide(prisma, actor(identity), decision, now());
    },
    addToNegativeList: (_, { entry }, context) => addToNegativeList(entry, context),
    removeFromNegativeList: (_, { removal }, context) => removeFromNegativeList(removal, context),
    grantCertification: (_, { decision }, context) => decideClass(decision, "grant", context),
    withdrawCertification: (_, { decision }, context) => decideClass(decision, "withdraw", context),
    registerCertificate: (_, { uscc, pem }, context) => registerCertificate(uscc, pem, context),
    revokeCertificate: (_, { uscc, serialNumber }, context) => revokeCertificate(uscc, serialNumber, context),
  },
  Query: {
    // Only the caller's own: an enterprise user's or a partner's enterprises, never one named by the caller.
    ownEnterprises: async (_, __, { identity, loaders }) =>
      (await Promise.all([...identity.usccs].sort().map((code) => loaders.enterpriseByUscc.load({ uscc: code })))).filter((enterprise) => enterprise !== null),
    enterprise: (_, args, { loaders }) => enterpriseByAnyCode("uscc", args.uscc, loaders),
    enterprisesByCode: (_, { codes }, { loaders }) => {
      if (codes.length === 0 || codes.length > 100) throw badUserInput("codes", "must name 1 to 100 enterprises");
      // Checked before any is looked up, so that a bad code refuses the whole request and reads nothing.
      codes.forEach((code, index) => (code.length === 10 ? enterpriseCode : uscc)(`codes[${index}]`, code));
      return Promise.all(codes.map((code, index) => enterpriseByAnyCode(`codes[${index}]`, code, loaders)));
    },
    enterpriseCertificates: (_, args, context) => enterpriseCertificates(args.uscc, context),
    signingCertificate: (_, args, context) => signingCertificate(args.uscc, args.serialNumber, context),
    registrationHistory: async (_, args, { identity, loaders }) => {
      const code = uscc("uscc", args.uscc);
      const allowed = identity.role === "admin" || (identity.role === "staff" && identity.department === "credit") || actsFor(identity, code);
      if (!allowed) throw forbidden("only credit staff, administrators and the enterprise itself may read its registration history");
      return [...(await loaders.versionsByUscc.load({ uscc: code }))].sort((a, b) => a.version - b.version);
    },
    creditPersonalDataReads: (_, args, { identity, prisma }) =>
      readAuditLog<PersonalDataRead, Prisma.PersonalDataReadWhereInput>(identity, args, {
        rows: (query) => prisma.personalDataRead.findMany(query),
        count: (where) => prisma.personalDataRead.count({ where }),
      }),
    enterpriseByCustomsCode: (_, { customsCode }, { loaders }) => {
      if (!/^[0-9A-Z]{10}$/.test(customsCode)) throw badUserInput("customsCode", "must be 10 digits or capitals");
      return loaders.enterpriseByCustomsCode.load({ customsCode });
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
    publicNegativeList: (_, args, { prisma }) =>
      paginate<NegativeListEntry, Prisma.NegativeListEntryWhereInput>(args, { fields: ["listedAt", "id"], direction: "desc" }, activeEntry(), {
        rows: (query) => prisma.negativeListEntry.findMany(query),
        count: (where) => prisma.negativeListEntry.count({ where }),
      }),
    publicRevokedRegistrations: (_, args, { prisma }) =>
      paginate<EnterpriseVersion, Prisma.EnterpriseVersionWhereInput>(
        args,
        { fields: ["effectiveOn", "uscc", "version"], direction: "desc" },
        // In SQL `<>` leaves out NULL: a revocation without a category (migration 0008 gave the old ones one) is still published.
        {
          status: "REVOKED",
          effectiveOn: { lte: today() },
          OR: [{ revocationCategory: null }, { revocationCategory: { not: "APPLICATION_REFUSED" } }],
        },
        { rows: (query) => prisma.enterpriseVersion.findMany(query), count: (where) => prisma.enterpriseVersion.count({ where }) },
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
    // A registration whose first step has not yet taken effect is still pending.
    status: async (enterprise, _, { loaders }) => statusOn(await loaders.versionsByUscc.load(enterprise), today()) ?? "PENDING",
    statusOn: async (enterprise, { on }, { loaders }) => statusOn(await loaders.versionsByUscc.load(enterprise), on) ?? "PENDING",
    negativeListEntries: (enterprise, _, { loaders }) => loaders.negativeListByUscc.load(enterprise),
    onNegativeList: async (enterprise, { on }, { loaders }) => {
      const day = on ?? today();
      return (await loaders.negativeListByUscc.load(enterprise)).some((entry) => entryInForce(entry, day));
    },
    creditClassChanges: (enterprise, _, { loaders }) => loaders.classChangesByUscc.load(enterprise),
    creditEvents: async (enterprise, { last }, { loaders }) => {
      const count = last ?? 10;
      if (!Number.isInteger(count) || count < 0 || count > MAX_EVENTS) throw badUserInput("last", `must be from 0 to ${MAX_EVENTS}`);
      return (await loaders.eventsByUscc.load(enterprise)).slice(0, count);
    },
  },
  CreditProfile: {
    creditClass: async (profile, { on }, { loaders }) => classOn(await loaders.classChangesByUscc.load(profile), on ?? today(), profile.creditClass)!,
  },
  PublicRevokedRegistration: {
    // The name the enterprise was registered under when it was revoked; the free-text reason is never published.
    enterpriseName: (step) => step.name,
    revokedOn: (step) => step.effectiveOn,
    category: (step) => step.revocationCategory ?? "OTHER",
  },
  PublicNegativeListEntry: {
    enterpriseName: async (entry, _, { loaders }) => (await loaders.enterpriseByUscc.load(entry))!.name,
  },
  CreditEvent: {
    __resolveReference: (ref, { loaders }) => loaders.eventById.load({ id: documentNo("id", ref.id, 32) }),
    enterprise: (event, _, { loaders }) => loaders.enterpriseByUscc.load(event).then((enterprise) => enterprise!),
  },
  RegistrationStep: {
    changes: async (step, _, { loaders }) => {
      const versions = await loaders.versionsByUscc.load(step);
      return changes(versions.find((version) => version.version === step.version - 1) ?? null, step);
    },
  },
  NegativeListEntry: {
    __resolveReference: (ref, { loaders }) => loaders.negativeListEntryById.load({ id: documentNo("id", ref.id, 32) }),
    active: (entry) => entryInForce(entry, today()),
    enterprise: (entry, _, { loaders }) => loaders.enterpriseByUscc.load(entry).then((enterprise) => enterprise!),
  },
};
