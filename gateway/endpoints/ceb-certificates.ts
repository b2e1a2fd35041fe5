import { randomUUID } from "node:crypto";
import type { GraphQLResponse } from "@apollo/server";
import type { Identity } from "../../lib/auth/identity";
import { ErrorCode } from "../../lib/graphql/errors";
import { CertificatesUnavailable, SignatureRefused, type CertificateLookup } from "./ceb-signature";

/**
 * How long a certificate read from credit is kept: a revocation takes effect for signatures within this
 * time. Only certificates found are kept, so that one registered a moment ago is used at once.
 */
export const CERTIFICATE_CACHE_MS = 5_000;

const SIGNING_CERTIFICATE = `query SigningCertificate($uscc: String!, $serialNumber: String!) {
  signingCertificate(uscc: $uscc, serialNumber: $serialNumber) { pem }
}`;

/**
 * The gateway's own identity when it reads certificates for the XML endpoint: a service of customs, whose
 * DXP layer checks the signatures of the messages filed with it (credit shares the records with customs).
 */
const verifier = (): Identity => ({ subject: "service:gateway", role: "staff", department: "customs", service: true, usccs: [], requestId: randomUUID() });

type Execute = (query: string, operationName: string, variables: Record<string, unknown>, identity: Identity) => Promise<GraphQLResponse>;

/** Reads a sender's certificates through the graph, as a service, keeping those found for CERTIFICATE_CACHE_MS. */
export function certificatesFromGraph(execute: Execute, clock: () => number = Date.now): CertificateLookup {
  const kept = new Map<string, { pem: string; until: number }>();
  return async (uscc, serialNumber) => {
    const key = `${uscc}:${serialNumber.toLowerCase()}`;
    const cached = kept.get(key);
    if (cached && cached.until > clock()) return cached.pem;
    kept.delete(key);
    const response = await execute(SIGNING_CERTIFICATE, "SigningCertificate", { uscc, serialNumber }, verifier());
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    const found = (result?.data as { signingCertificate: { pem: string } | null } | undefined)?.signingCertificate;
    // Credit refusing the sender's code is the message's fault (1001), answered the same every time; only a
    // credit that cannot answer is "system busy", for the sender to try again.
    const refusal = result?.errors?.find((error) => error.extensions?.code === ErrorCode.BAD_USER_INPUT);
    if (refusal) throw new SignatureRefused(`1001 invalid signature: the sender ${uscc} is not an enterprise code (${refusal.message})`);
    if (found === undefined || result?.errors?.length) throw new CertificatesUnavailable("credit cannot be asked for the sender's certificate now");
    if (found === null) return null;
    // Entries past their time are dropped as new ones come, so that the cache holds only the certificates in use.
    for (const [known, entry] of kept) if (entry.until <= clock()) kept.delete(known);
    kept.set(key, { pem: found.pem, until: clock() + CERTIFICATE_CACHE_MS });
    return found.pem;
  };
}
