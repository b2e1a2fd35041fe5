import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { identitySchema, type Identity } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";

/**
 * Signed download links: a browser opening a link sends no Authorization header, so a caller who holds a
 * token asks for a link (POST /export/link) and the link carries, signed, who asked and for which export
 * with which variables. It is good for one export and its exact variables, for a few minutes only, and it
 * holds no personal data and no token: what it grants is what the caller could read anyway, as the caller.
 */
export const EXPORT_LINK_TTL_MS = 5 * 60_000;
/** The query-string parameter that carries the link's token. */
export const LINK_PARAM = "link";
export const LINK_EXPIRED = "EXPORT_LINK_EXPIRED";
export const LINK_INVALID = "EXPORT_LINK_INVALID";
const VERSION = "v1";

/** What a link is good for: a registered export by name, or the explorer's own query (name null) with its text. */
export interface LinkPurpose {
  name: string | null;
  query: string | null;
  /** The `variables` parameter exactly as the link carries it (null when it carries none). */
  variables: string | null;
}

const payloadSchema = z.object({
  v: z.literal(VERSION),
  /** The caller, as the token established it, without the request's id (each download has its own). */
  who: z.object({ subject: z.string(), role: z.string(), department: z.string().optional(), usccs: z.array(z.string()) }),
  /** sha256 of the purpose: a link for one export or one set of variables is refused for another. */
  for: z.string(),
  exp: z.number().int(),
});

/** Links get their own key, derived from the gateway's secret, so that no other signature made with it passes for a link. */
export function exportLinkKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("tradegraph export download links").digest();
}

const purposeHash = (purpose: LinkPurpose) =>
  createHash("sha256")
    .update(JSON.stringify([purpose.name, purpose.query, purpose.variables]))
    .digest("base64url");
const signature = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest();

/** A link token for `identity` and `purpose`, valid until `issuedAt` (machine time, ms) plus EXPORT_LINK_TTL_MS. */
export function signExportLink(key: Buffer, identity: Identity, purpose: LinkPurpose, issuedAt = Date.now()): { token: string; expiresAt: Date } {
  const expiresAt = new Date(issuedAt + EXPORT_LINK_TTL_MS);
  const { subject, role, department, usccs } = identity;
  const payload: z.infer<typeof payloadSchema> = { v: VERSION, who: { subject, role, department, usccs }, for: purposeHash(purpose), exp: expiresAt.getTime() };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return { token: `${body}.${signature(key, body).toString("base64url")}`, expiresAt };
}

const invalid = (message: string) => new HttpRejection(403, LINK_INVALID, message);

/**
 * The caller a link was made for, with a fresh request id, when the token is ours, unexpired and made for
 * exactly this purpose. A forged or altered link is 403 EXPORT_LINK_INVALID; an expired one 401
 * EXPORT_LINK_EXPIRED (ask for a new link, which needs a valid token again).
 */
export function verifyExportLink(key: Buffer, token: string, purpose: LinkPurpose, at = Date.now()): Identity {
  const [body, mac, ...rest] = token.split(".");
  const expected = body ? signature(key, body) : undefined;
  const given = Buffer.from(mac ?? "", "base64url");
  if (!body || rest.length > 0 || !expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalid("the download link is not valid: ask for a new one");
  }
  const payload = payloadSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  if (!payload.success) throw invalid("the download link is not valid: ask for a new one");
  if (payload.data.for !== purposeHash(purpose)) throw invalid("the download link was made for another export or other variables");
  if (at >= payload.data.exp) throw new HttpRejection(401, LINK_EXPIRED, "the download link has expired: ask for a new one");
  return identitySchema.parse({ ...payload.data.who, requestId: randomUUID() });
}
