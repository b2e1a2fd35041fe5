import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { identitySchema, type Identity } from "../../lib/auth/identity";
import { DEPARTMENTS } from "../../lib/departments";
import { ErrorCode } from "../../lib/graphql/errors";
import { HttpRejection } from "../../lib/http";
import { currentRequest } from "../../lib/request-context";
import { isValidUscc } from "../../lib/rules/uscc";
import { API_KEY_HEADER, type PartnerKeys } from "./partner-keys";

/**
 * Who is calling. Users (staff, enterprise users, analysts, administrators) present a JWT; partner
 * platforms present an API key. Anything else is refused: nothing in the graph is public.
 */
export interface AuthOptions {
  /** HS256 secret (development and demo) … */
  secret?: string;
  /** … or the JWKS of the identity provider (production): RS256 and ES256 only. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  partners: PartnerKeys;
}

export const DEFAULT_ISSUER = "tradegraph";
export const DEFAULT_AUDIENCE = "tradegraph-gateway";

export const userClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(["staff", "enterprise", "analyst", "admin"]),
  department: z.enum(DEPARTMENTS).optional(),
  uscc: z.string().refine(isValidUscc, "not a valid USCC").optional(),
});

/**
 * Why a credential was refused, in `extensions.reason` beside the code UNAUTHENTICATED that clients already
 * branch on: an app refreshes an expired token, and signs in again for any other.
 */
export const TokenRefusal = {
  /** No bearer token and no API key. */
  CREDENTIAL_MISSING: "CREDENTIAL_MISSING",
  /** A token that was valid and is past its `exp`: refresh it. */
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  /** A token that is not one of ours (bad signature, issuer, audience, algorithm, malformed, not yet valid) or names no valid role. */
  INVALID_TOKEN: "INVALID_TOKEN",
  /** An unknown or revoked partner API key. */
  INVALID_API_KEY: "INVALID_API_KEY",
} as const;

const REALM = 'Bearer realm="tradegraph"';

/**
 * A token verified once is taken again, without verifying its signature anew, for at most this long and
 * never past its own `exp`. Verifying costs a Web Crypto job per request (jose); under load from one
 * caller that was most of the gateway's own work per request (bench README, "public"). A key withdrawn from
 * the identity provider's JWKS stops a token it signed at most this long later.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** How many verified tokens are remembered; beyond that the oldest is forgotten (and verified again if it comes back). */
export const VERIFIED_TOKENS_KEPT = 10_000;

/** RFC 6750 §3: a request without a credential gets the bare challenge; a refused token gets invalid_token and why. */
const unauthenticated = (reason: keyof typeof TokenRefusal, message: string) =>
  new HttpRejection(
    401,
    ErrorCode.UNAUTHENTICATED,
    message,
    {
      "www-authenticate": reason === "TOKEN_EXPIRED" || reason === "INVALID_TOKEN" ? `${REALM}, error="invalid_token", error_description="${message}"` : REALM,
    },
    { extensions: { reason } },
  );

export function createAuthenticator(options: AuthOptions): (req: IncomingMessage) => Promise<Identity> {
  if (!options.secret === !options.jwksUrl) throw new Error("configure exactly one of JWT_SECRET and JWT_JWKS_URL");
  // The accepted algorithms are fixed by how the key was configured, never read from the token: this is
  // what refuses `alg: none` and an RS256 public key replayed as an HS256 secret.
  const checks = { issuer: options.issuer, audience: options.audience, requiredClaims: ["exp", "sub"] };
  const verify = options.secret
    ? (
        (key: Uint8Array) => (token: string) =>
          jwtVerify(token, key, { ...checks, algorithms: ["HS256"] })
      )(new TextEncoder().encode(options.secret))
    : (
        (jwks: JWTVerifyGetKey) => (token: string) =>
          jwtVerify(token, jwks, { ...checks, algorithms: ["RS256", "ES256"] })
      )(createRemoteJWKSet(new URL(options.jwksUrl!)));

  /** Verified tokens, each with who it names and until when it is taken without verifying (epoch ms, at most its exp). */
  const verified = new Map<string, { caller: Omit<Identity, "requestId">; until: number }>();
  const remembered = (token: string) => {
    const entry = verified.get(token);
    if (entry && entry.until > Date.now()) return entry.caller;
    if (entry) verified.delete(token);
    return undefined;
  };
  const remember = (token: string, caller: Omit<Identity, "requestId">, exp: number) => {
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, { caller, until: Math.min(exp * 1000, Date.now() + VERIFIED_TOKEN_TTL_MS) });
  };

  return async (req) => {
    // The id lib/http.ts gave the request (x-request-id), so that the identity's id is the one the caller sees.
    const requestId = currentRequest()?.requestId ?? randomUUID();
    const apiKey = req.headers[API_KEY_HEADER];
    if (typeof apiKey === "string") {
      const partner = options.partners.authenticate(apiKey);
      if (!partner) throw unauthenticated("INVALID_API_KEY", "the API key is not valid");
      return identitySchema.parse({ subject: `partner:${partner.id}`, role: "partner", usccs: partner.usccs, requestId });
    }
    const bearer = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? "");
    if (!bearer) throw unauthenticated("CREDENTIAL_MISSING", "sign in: send a bearer token, or a partner API key in x-api-key");
    const token = bearer[1]!;
    const known = remembered(token);
    if (known) return { ...known, requestId };
    let payload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      // jose checks the signature before the times, so only a token of ours is ever called expired.
      if (error instanceof errors.JWTExpired) throw unauthenticated("TOKEN_EXPIRED", "the token has expired");
      throw unauthenticated("INVALID_TOKEN", "the token is not valid");
    }
    const claims = userClaimsSchema.safeParse(payload);
    const identity = claims.success
      ? identitySchema.safeParse({
          subject: claims.data.sub,
          role: claims.data.role,
          department: claims.data.department,
          usccs: claims.data.uscc ? [claims.data.uscc] : [],
          requestId,
        })
      : undefined;
    if (!identity?.success) throw unauthenticated("INVALID_TOKEN", "the token's claims do not name a valid role");
    const { requestId: _request, ...caller } = identity.data;
    // jose has checked exp: verify requires it.
    remember(token, caller, payload.exp!);
    return identity.data;
  };
}

export type UserClaims = z.infer<typeof userClaimsSchema>;

/** Issues a user token with an HS256 secret: for the demo mode and the tests; production tokens come from the identity provider. */
export async function issueToken(
  secret: string,
  claims: UserClaims,
  options: { issuer?: string; audience?: string; expiresIn?: string } = {},
): Promise<string> {
  const { sub, ...rest } = userClaimsSchema.parse(claims);
  return new SignJWT(rest)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(secret));
}
