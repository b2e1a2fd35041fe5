import { createHash } from "node:crypto";
import Decimal from "decimal.js";

/**
 * Message fields that identify a transmission, not the document: a resend may carry new ones. appStatus
 * is not among them: a document saved (1) and then declared (2) is a new filing of it.
 */
const ENVELOPE = new Set(["guid", "appTime", "appType"]);

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Decimal || (value && typeof value === "object" && "toFixed" in value && typeof (value as Decimal).toFixed === "function")) {
    return new Decimal((value as Decimal).toFixed()).toFixed();
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] != null)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * SHA-256 of a document's business content: keys sorted, empty fields dropped, amounts in one decimal
 * form ("10", never "10.00"), the envelope left out. Two submissions with the same hash are the same
 * document, whatever their GUIDs and transmission times.
 */
export function documentHash(document: Record<string, unknown>, amountFields: ReadonlySet<string>): string {
  const normalise = (object: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(object)
        .filter(([key]) => !ENVELOPE.has(key))
        .map(([key, value]) => [
          key,
          Array.isArray(value)
            ? value.map((item) => (item && typeof item === "object" ? normalise(item as Record<string, unknown>) : item))
            : amountFields.has(key) && value != null
              ? new Decimal(String(value)).toFixed()
              : value,
        ]),
    );
  return createHash("sha256")
    .update(JSON.stringify(canonical(normalise(document))))
    .digest("hex");
}
