import { createHash, randomUUID, type webcrypto } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { identitySchema, type Identity } from "../auth/identity";

/**
 * Both halves of the gateway → subgraph trust protocol. The gateway signs, per subgraph fetch, a
 * short-lived token naming the caller and binding the exact request body; a subgraph verifies it before
 * running anything. A token is valid for one subgraph (audience), one body (hash) and one use (jti).
 */
export const CONTEXT_HEADER = "x-tradegraph-context";
export const CONTEXT_ISSUER = "tradegraph-gateway";
export const CONTEXT_LIFETIME_SECONDS = 30;
/** HS256 keys shorter than this are refused at start, so that a guessable secret cannot slip through. */
export const MIN_SECRET_LENGTH = 32;

export function contextKey(secret: string): Uint8Array {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the subgraph context secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return new TextEncoder().encode(secret);
}

const imported = new WeakMap<Uint8Array, Promise<webcrypto.CryptoKey>>();

/**
 * The secret as a WebCrypto HMAC key, imported once per secret: jose would otherwise import it again for every
 * token it signs or verifies (one per subgraph fetch and one per service request), about a third of the cost.
 */
export function hmacKey(key: Uint8Array): Promise<webcrypto.CryptoKey> {
  let hmac = imported.get(key);
  if (!hmac) {
    hmac = crypto.subtle.importKey("raw", new Uint8Array(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    imported.set(key, hmac);
  }
  return hmac;
}

export function bodyHash(body: string): string {
  return createHash("sha256").update(body).digest("base64url");
}

export interface VerifiedContext {
  identity: Identity;
  /** The client's operation name, for the audit log. */
  operation: string | null;
}

export async function signContext(key: Uint8Array, { identity, operation }: VerifiedContext, audience: string, body: string): Promise<string> {
  return new SignJWT({ ...identity, op: operation, bh: bodyHash(body) })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(CONTEXT_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${CONTEXT_LIFETIME_SECONDS}s`)
    .setJti(randomUUID())
    .sign(await hmacKey(key));
}

export class ContextRejected extends Error {}

/** Remembers the tokens a subgraph has accepted until they expire, so that none is accepted twice. */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private prunedAt = 0;

  accept(jti: string, expiresAt: number): boolean {
    const now = Date.now() / 1000;
    // Expired tokens are forgotten at most once a second, so that a busy service does not scan on every request.
    if (now - this.prunedAt >= 1) {
      for (const [id, expiry] of this.seen) if (expiry < now) this.seen.delete(id);
      this.prunedAt = now;
    }
    if (this.seen.has(jti)) return false;
    this.seen.set(jti, expiresAt);
    return true;
  }
}

export async function verifyContext(
  key: Uint8Array,
  token: string | undefined,
  audience: string,
  body: string,
  replays: ReplayGuard,
): Promise<VerifiedContext> {
  if (!token) throw new ContextRejected("missing gateway context");
  let payload;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(key), {
      algorithms: ["HS256"],
      issuer: CONTEXT_ISSUER,
      audience,
      maxTokenAge: `${CONTEXT_LIFETIME_SECONDS}s`,
      requiredClaims: ["jti", "exp", "iat"],
    }));
  } catch {
    throw new ContextRejected("invalid gateway context");
  }
  if (payload.bh !== bodyHash(body)) throw new ContextRejected("gateway context does not match the request");
  if (!replays.accept(payload.jti!, payload.exp!)) throw new ContextRejected("gateway context already used");
  const identity = identitySchema.safeParse(payload);
  if (!identity.success) throw new ContextRejected("gateway context names no valid identity");
  return { identity: identity.data, operation: typeof payload.op === "string" ? payload.op : null };
}
