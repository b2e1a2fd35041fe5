/**
 * The administrator's offline work, shared by the `npm run partner`, `npm run enterprise` and `npm run admin`
 * commands (and their tests): the same functions as the graph's mutations, so an enterprise registered
 * offline is registered exactly as credit staff would register it, and the gateway's own token checks.
 */
import { randomBytes } from "node:crypto";
import { loadSecurityEnv } from "../lib/config";
import { issueToken, userClaimsSchema } from "../gateway/security/auth";
import { usccProblem } from "../lib/rules/uscc";
import { now } from "../lib/clock";
import { newKey, readStore, writeStore } from "../gateway/security/partner-keys";
import type { Enterprise, PrismaClient } from "../prisma/credit/generated/client";
import { register, statusToday, type Registration } from "../subgraphs/credit/registration";

/** A refusal the command prints as it is, without a stack. */
export class OperatorError extends Error {}

/**
 * Issues a partner key acting for enterprises that credit registers and that are ACTIVE today: a key for an
 * unknown, pending, suspended or revoked enterprise would let documents in that admission refuses anyway.
 */
export async function addPartner(credit: PrismaClient, file: string, partner: { name: string; usccs: string[] }): Promise<{ id: string; key: string }> {
  if (partner.usccs.length === 0) throw new OperatorError("add needs at least one --uscc");
  for (const uscc of partner.usccs) {
    const problem = usccProblem(uscc);
    if (problem) throw new OperatorError(`--uscc ${uscc} ${problem}`);
    const status = await statusToday(credit, uscc);
    if (status === null) throw new OperatorError(`--uscc ${uscc} is not a registered enterprise: register it first (npm run enterprise -- register …)`);
    if (status !== "ACTIVE") throw new OperatorError(`--uscc ${uscc} is ${status}, not ACTIVE: credit decides on its registration first`);
  }
  const store = readStore(file);
  const { key, record } = newKey();
  const id = `p_${randomBytes(6).toString("hex")}`;
  store.partners.push({ id, name: partner.name, usccs: partner.usccs, keys: [record] });
  writeStore(file, store);
  return { id, key };
}

/** Registers an enterprise ACTIVE from `effectiveOn`, as credit staff's registerEnterprise does, in the operator's name. */
export function registerOffline(credit: PrismaClient, operator: string, registration: Registration, reason: string, effectiveOn: Date): Promise<Enterprise> {
  return register(credit, { subject: `operator:${operator}`, role: "admin" }, registration, { status: "ACTIVE", reason, effectiveOn }, now());
}

/** How long the first administrator's token is valid unless `--expires` says otherwise: long enough to set up, short enough to matter if it leaks. */
export const ADMIN_TOKEN_LIFETIME = "8h";

/**
 * A token for an administrator, signed with the gateway's own JWT_SECRET (and its issuer and audience), so
 * that the gateway accepts it in production as it accepts the identity provider's tokens. With JWT_JWKS_URL
 * the gateway trusts only the identity provider's keys: an administrator is made there, never here.
 */
export async function createAdmin(source: NodeJS.ProcessEnv, admin: { subject: string; expiresIn?: string }): Promise<{ token: string; expiresIn: string }> {
  if (source.JWT_JWKS_URL && !source.JWT_SECRET) {
    throw new OperatorError(
      "JWT_JWKS_URL is set: the gateway accepts only your identity provider's tokens; give the administrator the claims role=admin and sub there",
    );
  }
  if (!source.JWT_SECRET) {
    throw new OperatorError("JWT_SECRET is not set: set the gateway's JWT_SECRET (32 characters or more) in this shell, as the gateway has it");
  }
  let env;
  try {
    env = loadSecurityEnv({ ...source, TRADEGRAPH_CONTEXT_SECRET: source.TRADEGRAPH_CONTEXT_SECRET ?? "-".repeat(32) });
  } catch (error) {
    throw new OperatorError(error instanceof Error ? error.message : String(error));
  }
  const expiresIn = admin.expiresIn ?? ADMIN_TOKEN_LIFETIME;
  if (!/^\d{1,4}[mhd]$/.test(expiresIn)) throw new OperatorError("--expires must be minutes, hours or days, e.g. 30m, 8h, 7d");
  const claims = userClaimsSchema.safeParse({ sub: admin.subject, role: "admin" });
  if (!claims.success || admin.subject.trim() !== admin.subject) throw new OperatorError("--subject must be 1 to 200 characters without surrounding spaces");
  const token = await issueToken(env.JWT_SECRET!, claims.data, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, expiresIn });
  return { token, expiresIn };
}
