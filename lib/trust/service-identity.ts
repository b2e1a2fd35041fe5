import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import type { Identity } from "../auth/identity";
import type { Department } from "../departments";
import { bodyHash, ContextRejected, hmacKey, type ReplayGuard } from "./subgraph-context";

/**
 * Both halves of a department service calling the graph as itself (e.g. customs reading the payment and
 * waybill of a list it matches). The service signs each request with the secret it shares with the
 * gateway; the gateway treats it as staff of that department, so the same `@access` policies apply.
 */
export const SERVICE_HEADER = "x-tradegraph-service";
const ISSUER = "tradegraph-service";
const AUDIENCE = "tradegraph-gateway";
const LIFETIME_SECONDS = 30;

/** The user request a service request serves: who asked, by which operation, under which request id. */
export interface ServiceOrigin {
  subject: string;
  operation: string | null;
  requestId: string;
}

export async function signServiceRequest(key: Uint8Array, department: Department, body: string, origin?: ServiceOrigin): Promise<string> {
  return new SignJWT({ department, bh: bodyHash(body), ...(origin ? { obo: origin } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(`service:${department}`)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .setJti(randomUUID())
    .sign(await hmacKey(key));
}

export async function verifyServiceRequest(key: Uint8Array, token: string, body: string, replays: ReplayGuard): Promise<Identity> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(key), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      maxTokenAge: `${LIFETIME_SECONDS}s`,
      requiredClaims: ["jti", "exp", "sub"],
    }));
  } catch {
    throw new ContextRejected("invalid service token");
  }
  if (payload.bh !== bodyHash(body)) throw new ContextRejected("service token does not match the request");
  if (!replays.accept(payload.jti!, payload.exp!)) throw new ContextRejected("service token already used");
  const origin = serviceOrigin(payload.obo);
  // A request made for a user keeps that user's request id, so that the gateway's and every subgraph's logs tie it to the user's request.
  return {
    subject: payload.sub!,
    role: "staff",
    department: payload.department as Department,
    usccs: [],
    requestId: origin?.requestId ?? randomUUID(),
    service: true,
    ...(origin ? { onBehalfOf: { subject: origin.subject, operation: origin.operation } } : {}),
  };
}

function serviceOrigin(claim: unknown): ServiceOrigin | null {
  if (typeof claim !== "object" || claim === null) return null;
  const { subject, operation, requestId } = claim as Record<string, unknown>;
  if (typeof subject !== "string" || typeof requestId !== "string" || !(typeof operation === "string" || operation === null)) return null;
  // Operation names are the client's: cut to what an identity carries, so that a long one cannot void the request.
  return { subject, operation: operation?.slice(0, 200) ?? null, requestId };
}
