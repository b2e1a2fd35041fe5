/**
 * The administrator's offline work on credit's database, shared by the `npm run partner` and
 * `npm run enterprise` commands (and their tests): the same functions as the graph's mutations, so an
 * enterprise registered offline is registered exactly as credit staff would register it.
 */
import { randomBytes } from "node:crypto";
import { usccProblem } from "../lib/rules/uscc";
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
  return register(credit, { subject: `operator:${operator}`, role: "admin" }, registration, { status: "ACTIVE", reason, effectiveOn });
}
