import { readFileSync } from "node:fs";
import { z } from "zod";
import { ROLES, type Role } from "../../lib/auth/identity";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits";
import { DEFAULT_RATE_LIMITS, type RateLimit } from "./rate-limit";

const positive = z.number().int().positive();
const fileSchema = z
  .object({
    operations: z.partialRecord(z.enum(ROLES), z.object({ maxDepth: positive, maxAliases: positive, maxRootFields: positive, maxCost: positive }).partial()),
    rates: z.partialRecord(z.enum(ROLES), z.object({ perSecond: positive, burst: positive }).partial()),
  })
  .partial()
  .strict();

/**
 * Per-role limits from a JSON file (GATEWAY_LIMITS_FILE), each value overriding the default of the same
 * name, e.g. {"operations": {"analyst": {"maxCost": 80000}}, "rates": {"partner": {"perSecond": 50}}}.
 */
export function readLimitsFile(file: string | undefined): { limits: Record<Role, OperationLimits>; rateLimits: Record<Role, RateLimit> } {
  const parsed = file ? fileSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : {};
  const merge = <T>(defaults: Record<Role, T>, overrides: Partial<Record<Role, Partial<T>>> | undefined) =>
    Object.fromEntries(ROLES.map((role) => [role, { ...defaults[role], ...overrides?.[role] }])) as Record<Role, T>;
  return { limits: merge(DEFAULT_LIMITS, parsed.operations), rateLimits: merge(DEFAULT_RATE_LIMITS, parsed.rates) };
}
