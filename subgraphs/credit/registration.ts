/**
 * Enterprise registration (docs/partner-guide.md, step 1): the one place that registers an enterprise and
 * moves its status on, for the mutations and for the operator's offline command alike. Every step is a new
 * EnterpriseVersion row (append-only); the Enterprise row holds the latest step's fields, and the status in
 * force on a day is derived from the versions' effective days.
 */
import { isDuplicateKey } from "../../lib/documents/submission";
import { badUserInput } from "../../lib/graphql/errors";
import { now } from "../../lib/clock";
import { chinaDay } from "../../lib/rules/china-time";
import { usccProblem } from "../../lib/rules/uscc";
import { recordEvents, type OutboxWriter } from "../../lib/service/outbox";
import {
  $Enums,
  type Enterprise,
  type EnterpriseStatus,
  type EnterpriseVersion,
  type EnterpriseRole,
  type PrismaClient,
  type RevocationCategory,
} from "../../prisma/credit/generated/client";

/** A registration step's event: the enterprise itself reads it (RegistrationStep @access parties). */
function registrationEvent(
  tx: OutboxWriter,
  enterprise: { uscc: string; customsCode: string | null },
  step: { version: number; status: string; effectiveOn: Date; reason: string; at: Date },
) {
  return recordEvents(tx, [
    {
      kind: "REGISTRATION",
      documentKey: { uscc: enterprise.uscc },
      enterprises: [enterprise.uscc, enterprise.customsCode],
      receipt: { uscc: enterprise.uscc, ...step, effectiveOn: chinaDay(step.effectiveOn) },
      occurredAt: step.at,
    },
  ]);
}

export interface Actor {
  subject: string;
  role: string;
}

export interface Registration {
  reference: string;
  uscc: string;
  name: string;
  roles: EnterpriseRole[];
  districtCode: string;
  customsCode?: string | null;
  contacts?: { name: string; telephone: string; email?: string | null } | null;
}

export interface Decision {
  reference: string;
  uscc: string;
  status: EnterpriseStatus;
  reason: string;
  /** A China-time day (the Date scalar: that date at UTC midnight). */
  effectiveOn: Date;
  /** The published category of a revocation (REVOKED only). */
  revocationCategory?: RevocationCategory | null;
}

/** A refused application is revoked as APPLICATION_REFUSED, and only it: it was never a registration to disclose. */
function revocationProblem(from: EnterpriseStatus, decision: Decision): string | null {
  const category = decision.revocationCategory ?? null;
  if (decision.status !== "REVOKED") return category ? "is given only when revoking (status REVOKED)" : null;
  if (!category) return "is required when revoking: the category the zone publishes (the reason stays unpublished)";
  if (from === "PENDING" && category !== "APPLICATION_REFUSED") return "must be APPLICATION_REFUSED when a PENDING application is revoked";
  if (from !== "PENDING" && category === "APPLICATION_REFUSED") return `cannot be APPLICATION_REFUSED for a registration that is ${from}`;
  return null;
}

/** The steps credit staff may take from each status. */
const NEXT: Record<EnterpriseStatus, EnterpriseStatus[]> = {
  PENDING: ["ACTIVE", "REVOKED"],
  ACTIVE: ["SUSPENDED", "REVOKED"],
  SUSPENDED: ["ACTIVE", "REVOKED"],
  REVOKED: [],
};

/** Enterprises registered before registrations were versioned count as ACTIVE throughout. */
const UNVERSIONED: EnterpriseStatus = "ACTIVE";

function text(field: string, value: string, max: number): string {
  if (value.trim().length === 0 || value.length > max || value.trim() !== value)
    throw badUserInput(field, `must be 1 to ${max} characters without surrounding spaces`);
  return value;
}

function validRegistration(field: string, registration: Registration): void {
  text(`${field}.reference`, registration.reference, 200);
  const problem = usccProblem(registration.uscc);
  if (problem) throw badUserInput(`${field}.uscc`, problem);
  text(`${field}.name`, registration.name, 200);
  if (registration.roles.length === 0) throw badUserInput(`${field}.roles`, "must name at least one role");
  const known = Object.values($Enums.EnterpriseRole) as string[];
  const unknown = registration.roles.find((role) => !known.includes(role));
  if (unknown) throw badUserInput(`${field}.roles`, `${unknown} is not a role of the zone (${known.join(", ")})`);
  if (!/^\d{6}$/.test(registration.districtCode)) throw badUserInput(`${field}.districtCode`, "must be a 6-digit administrative division code");
  if (registration.customsCode != null && !/^[0-9A-Z]{10}$/.test(registration.customsCode)) {
    throw badUserInput(`${field}.customsCode`, "must be 10 digits or capitals");
  }
  const contacts = registration.contacts;
  if (contacts) {
    text(`${field}.contacts.name`, contacts.name, 100);
    // The value itself is personal data: the message says what is wrong without repeating it.
    if (!/^[0-9 +-]{5,30}$/.test(contacts.telephone)) throw badUserInput(`${field}.contacts.telephone`, "must be 5 to 30 digits, spaces, + or -");
    if (contacts.email != null && !/^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]+$/.test(contacts.email))
      throw badUserInput(`${field}.contacts.email`, "is not an e-mail address");
  }
}

/** The status in force on a China-time day: the latest step (by effective day, then order) that has taken effect. */
export function statusOn(versions: readonly EnterpriseVersion[], day: Date): EnterpriseStatus | null {
  if (versions.length === 0) return UNVERSIONED;
  const inForce = versions
    .filter((version) => version.effectiveOn.getTime() <= day.getTime())
    .sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.version - b.version)
    .at(-1);
  // Before its first step took effect the enterprise was not registered at all.
  return inForce?.status ?? null;
}

/** Today in China, as the Date scalar carries a day. */
export const today = (): Date => new Date(chinaDay(now()));

/**
 * Registers an enterprise, recorded as `actor`'s step at `at`: PENDING when it applies for itself, ACTIVE from
 * `effectiveOn` when credit staff (or the operator's command, or the demo seed) register it. The same reference
 * again returns the enterprise as it is.
 */
export async function register(
  prisma: PrismaClient,
  actor: Actor,
  registration: Registration,
  step: { status: "PENDING" | "ACTIVE"; reason: string; effectiveOn: Date },
  at: Date,
  field = "registration",
): Promise<Enterprise> {
  validRegistration(field, registration);
  text("reason", step.reason, 500);
  const known = await prisma.enterpriseVersion.findUnique({ where: { reference: registration.reference }, include: { enterprise: true } });
  if (known) {
    if (known.uscc !== registration.uscc) throw badUserInput(`${field}.reference`, "was already used for another enterprise");
    return known.enterprise;
  }
  // The same application may have been registered a moment ago by a concurrent request: it is answered as a resend.
  const registeredBySame = async () => {
    const first = await prisma.enterpriseVersion.findUnique({ where: { reference: registration.reference }, include: { enterprise: true } });
    return first?.uscc === registration.uscc ? first.enterprise : null;
  };
  if (await prisma.enterprise.findUnique({ where: { uscc: registration.uscc }, select: { uscc: true } })) {
    const same = await registeredBySame();
    if (same) return same;
    throw badUserInput(`${field}.uscc`, "is already registered (credit staff decide on its status)");
  }
  const { customsCode = null, contacts } = registration;
  if (customsCode && (await prisma.enterprise.findUnique({ where: { customsCode }, select: { uscc: true } }))) {
    throw badUserInput(`${field}.customsCode`, "belongs to another enterprise");
  }
  const fields = { name: registration.name, roles: registration.roles, districtCode: registration.districtCode, customsCode };
  const created = prisma.$transaction(async (tx) => {
    const enterprise = await tx.enterprise.create({
      data: {
        uscc: registration.uscc,
        ...fields,
        registeredOn: step.effectiveOn,
        status: step.status,
        contactName: contacts?.name ?? null,
        contactTelephone: contacts?.telephone ?? null,
        contactEmail: contacts?.email ?? null,
      },
    });
    const version = await tx.enterpriseVersion.create({
      data: {
        uscc: registration.uscc,
        version: 1,
        reference: registration.reference,
        status: step.status,
        effectiveOn: step.effectiveOn,
        ...fields,
        contactsChanged: !!contacts,
        actor: actor.subject,
        actorRole: actor.role,
        reason: step.reason,
        at,
      },
    });
    await registrationEvent(tx, enterprise, version);
    return enterprise;
  });
  return created.catch(async (error: unknown) => {
    // A concurrent request took the USCC, the customs code or the reference first: answer as if it had come first.
    if (!isDuplicateKey(error)) throw error;
    const same = await registeredBySame();
    if (same) return same;
    throw badUserInput(`${field}.uscc`, "is already registered, or its customs code belongs to another enterprise");
  });
}

/** Moves a registration on by credit staff's decision (NEXT), from its effective day, recorded as `actor`'s step at `at`. */
export async function decide(prisma: PrismaClient, actor: Actor, decision: Decision, at: Date): Promise<Enterprise> {
  text("decision.reference", decision.reference, 200);
  text("decision.reason", decision.reason, 500);
  const problem = usccProblem(decision.uscc);
  if (problem) throw badUserInput("decision.uscc", problem);
  if (decision.status !== "REVOKED" && decision.revocationCategory) {
    throw badUserInput("decision.revocationCategory", revocationProblem(decision.status, decision)!);
  }
  const known = await prisma.enterpriseVersion.findUnique({ where: { reference: decision.reference }, include: { enterprise: true } });
  if (known) {
    if (known.uscc !== decision.uscc) throw badUserInput("decision.reference", "was already used for another enterprise");
    return known.enterprise;
  }
  return prisma.$transaction(async (tx) => {
    // Locks the enterprise row so that two decisions on one enterprise take their version numbers in turn.
    const locked = await tx.$queryRaw<Array<{ uscc: string }>>`SELECT "uscc" FROM "Enterprise" WHERE "uscc" = ${decision.uscc} FOR UPDATE`;
    if (locked.length === 0) throw badUserInput("decision.uscc", "is not a registered enterprise");
    const enterprise = (await tx.enterprise.findUnique({ where: { uscc: decision.uscc } }))!;
    const last = await tx.enterpriseVersion.findFirst({ where: { uscc: decision.uscc }, orderBy: { version: "desc" } });
    if (!NEXT[enterprise.status].includes(decision.status)) {
      throw badUserInput(
        "decision.status",
        `a ${enterprise.status} registration cannot become ${decision.status} (allowed: ${NEXT[enterprise.status].join(", ") || "none"})`,
      );
    }
    const revocation = revocationProblem(enterprise.status, decision);
    if (revocation) throw badUserInput("decision.revocationCategory", revocation);
    if (last && decision.effectiveOn.getTime() < last.effectiveOn.getTime()) {
      throw badUserInput("decision.effectiveOn", `must not be before ${chinaDay(last.effectiveOn)}, when the previous step took effect`);
    }
    const version = await tx.enterpriseVersion.create({
      data: {
        uscc: decision.uscc,
        version: (last?.version ?? 0) + 1,
        reference: decision.reference,
        status: decision.status,
        effectiveOn: decision.effectiveOn,
        name: enterprise.name,
        roles: enterprise.roles,
        customsCode: enterprise.customsCode,
        districtCode: enterprise.districtCode,
        contactsChanged: false,
        actor: actor.subject,
        actorRole: actor.role,
        reason: decision.reason,
        revocationCategory: decision.revocationCategory ?? null,
        at,
      },
    });
    const updated = await tx.enterprise.update({ where: { uscc: decision.uscc }, data: { status: decision.status } });
    await registrationEvent(tx, updated, version);
    return updated;
  });
}

/** The registration status in force today; null for an enterprise never registered. What partner-key issuance asks. */
export async function statusToday(prisma: PrismaClient, uscc: string): Promise<EnterpriseStatus | null> {
  const enterprise = await prisma.enterprise.findUnique({ where: { uscc }, include: { versions: true } });
  return enterprise && (statusOn(enterprise.versions, today()) ?? "PENDING");
}

type Snapshot = Pick<EnterpriseVersion, "status" | "name" | "roles" | "customsCode" | "districtCode">;

/** What a step changed against the one before it (the first step: every field it set). */
export function changes(previous: Snapshot | null, version: EnterpriseVersion): Array<{ field: string; before: string | null; after: string | null }> {
  const show = (snapshot: Snapshot | null) =>
    snapshot && {
      status: snapshot.status,
      name: snapshot.name,
      roles: snapshot.roles.join(","),
      customsCode: snapshot.customsCode,
      districtCode: snapshot.districtCode,
    };
  const before = show(previous);
  const after = show(version)!;
  const changed = (Object.keys(after) as Array<keyof typeof after>)
    .filter((field) => (before?.[field] ?? null) !== after[field] && !(before === null && after[field] === null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] }));
  return version.contactsChanged ? [...changed, { field: "contacts", before: null, after: null }] : changed;
}
