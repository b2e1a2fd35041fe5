import { createHash, X509Certificate } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Identity } from "../../../lib/auth/identity";
import { now } from "../../../lib/clock";
import { badUserInput, ErrorCode, forbidden } from "../../../lib/graphql/errors";
import { enterpriseCode, uscc as validUscc } from "../../../lib/graphql/filters";
import { CUSTOMS_CODE_LENGTH } from "../../../lib/rules/enterprise-code";
import { isDuplicateKey } from "../../../lib/documents/submission";
import type { EnterpriseCertificate } from "../../../prisma/credit/generated/client";
import type { CreditContext } from "../context";

/**
 * Certificates enterprises sign their CEB messages with (ds:Signature; docs/partner-guide.md#signing).
 * The standard (试行) allows SHA-1 + RSA-1024 or SHA-256 + RSA-2048; only the second is accepted here:
 * SHA-1 collisions are practical (SHAttered, 2017) and 1024-bit RSA is within reach of a determined
 * attacker, so a certificate that can only make the first profile's signatures is refused at registration.
 */
export const MIN_RSA_BITS = 2048;

/** A refused certificate: BAD_USER_INPUT on `pem` with a stable `reason`. */
function refused(reason: string, message: string): GraphQLError {
  return new GraphQLError(`pem: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: "pem", reason } });
}

/** A serial number as KeyName carries it: lower-case hexadecimal without leading zeros. */
export const normalSerial = (serial: string): string => serial.toLowerCase().replace(/^0+(?=.)/, "");

/** Credit staff, administrators, and users or partners acting for the enterprise. */
function requireCertificateKeeper(identity: Identity, uscc: string, action: string): void {
  if (identity.role === "admin" || (identity.role === "staff" && identity.department === "credit")) return;
  if ((identity.role === "enterprise" || identity.role === "partner") && identity.usccs.includes(uscc)) return;
  throw forbidden(`only credit staff, administrators and the enterprise itself (its users and partners) may ${action}`);
}

/** The length header of the DER element at `at`: where its content starts. */
function contentStart(der: Buffer, at: number): number {
  const first = der[at + 1]!;
  return first < 0x80 ? at + 2 : at + 2 + (first & 0x7f);
}

/**
 * node:crypto does not tell a certificate's version, so it is read from the DER: Certificate ::= SEQUENCE
 * { tbsCertificate SEQUENCE { version [0] EXPLICIT INTEGER (2 = v3) … } }; v1 omits the version.
 */
function isVersion3(der: Buffer): boolean {
  const tbs = contentStart(der, 0);
  const version = contentStart(der, tbs);
  return der[version] === 0xa0 && der[version + 2] === 0x02 && der[version + 3] === 0x01 && der[version + 4] === 0x02;
}

/** The certificate's facts, or the precise reason it is refused. */
function readCertificate(pem: string): { serialNumber: string; subject: string; notBefore: Date; notAfter: Date; pem: string } {
  if (/PRIVATE KEY/.test(pem)) throw refused("CERTIFICATE_UNREADABLE", "holds a private key: send only the certificate, and keep the key secret");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    throw refused("CERTIFICATE_UNREADABLE", "is not an X.509 certificate in PEM");
  }
  if (!isVersion3(certificate.raw)) throw refused("CERTIFICATE_NOT_V3", "is not an X.509 v3 certificate");
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== "rsa") throw refused("CERTIFICATE_KEY_NOT_RSA", `has a ${key.asymmetricKeyType ?? "non-RSA"} key: the standard signs with RSA`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) throw refused("CERTIFICATE_KEY_TOO_SHORT", `has a ${bits}-bit RSA key: at least ${MIN_RSA_BITS} bits (SHA-256 + RSA-2048 profile)`);
  const notBefore = new Date(certificate.validFrom);
  const notAfter = new Date(certificate.validTo);
  const at = now();
  if (notBefore > at) throw refused("CERTIFICATE_NOT_YET_VALID", `is valid only from ${notBefore.toISOString()}`);
  if (notAfter < at) throw refused("CERTIFICATE_EXPIRED", `expired on ${notAfter.toISOString()}`);
  return {
    serialNumber: normalSerial(certificate.serialNumber),
    subject: certificate.subject.replaceAll("\n", ", "),
    notBefore,
    notAfter,
    pem: certificate.toString(),
  };
}

const idOf = (uscc: string, serialNumber: string) => `EC${createHash("sha256").update(`${uscc}:${serialNumber}`).digest("hex").slice(0, 30)}`;

export async function registerCertificate(code: string, pem: string, { identity, prisma }: CreditContext): Promise<EnterpriseCertificate> {
  const uscc = validUscc("uscc", code);
  requireCertificateKeeper(identity, uscc, "register its certificates");
  const facts = readCertificate(pem);
  const id = idOf(uscc, facts.serialNumber);
  const same = (known: EnterpriseCertificate) => {
    if (known.pem !== facts.pem)
      throw refused("CERTIFICATE_SERIAL_TAKEN", `another certificate with serial number ${facts.serialNumber} is registered for ${uscc}`);
    return known;
  };
  const known = await prisma.enterpriseCertificate.findUnique({ where: { id } });
  if (known) return same(known);
  if (!(await prisma.enterprise.findUnique({ where: { uscc }, select: { uscc: true } }))) throw badUserInput("uscc", "is not a registered enterprise");
  try {
    return await prisma.enterpriseCertificate.create({ data: { id, uscc, ...facts, registeredBy: identity.subject, registeredAt: now() } });
  } catch (error) {
    // The same registration sent twice at once: the first one's row is the answer.
    if (!isDuplicateKey(error)) throw error;
    return same((await prisma.enterpriseCertificate.findUnique({ where: { id } }))!);
  }
}

export async function revokeCertificate(code: string, serial: string, { identity, prisma }: CreditContext): Promise<EnterpriseCertificate> {
  const uscc = validUscc("uscc", code);
  requireCertificateKeeper(identity, uscc, "revoke its certificates");
  if (!/^[0-9a-fA-F]{1,64}$/.test(serial)) throw badUserInput("serialNumber", "must be hexadecimal (1 to 64 digits)");
  const id = idOf(uscc, normalSerial(serial));
  // Only a certificate not yet revoked is updated: a second revocation keeps the first one's time.
  await prisma.enterpriseCertificate.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now(), revokedBy: identity.subject } });
  const certificate = await prisma.enterpriseCertificate.findUnique({ where: { id } });
  if (!certificate) throw badUserInput("serialNumber", `is not a certificate registered for ${uscc}`);
  return certificate;
}

export async function enterpriseCertificates(code: string, { identity, prisma }: CreditContext): Promise<EnterpriseCertificate[]> {
  const uscc = validUscc("uscc", code);
  requireCertificateKeeper(identity, uscc, "read its certificates");
  return prisma.enterpriseCertificate.findMany({ where: { uscc }, orderBy: [{ registeredAt: "desc" }, { id: "asc" }] });
}

/**
 * For the gateway's signature check: only a certificate usable now (unrevoked, within its validity). The
 * message names its sender by USCC or by customs code; a customs code is the enterprise registered with it
 * (no such enterprise: no certificate).
 */
export async function signingCertificate(code: string, serial: string, { identity, prisma, loaders }: CreditContext): Promise<EnterpriseCertificate | null> {
  if (identity.service !== true) throw forbidden("only the departments' services may look up signing certificates");
  const named = enterpriseCode("uscc", code);
  const uscc = named.length === CUSTOMS_CODE_LENGTH ? (await loaders.enterpriseByCustomsCode.load({ customsCode: named }))?.uscc : named;
  if (!uscc || !/^[0-9a-fA-F]{1,64}$/.test(serial)) return null;
  const at = now();
  return prisma.enterpriseCertificate.findFirst({
    where: { id: idOf(uscc, normalSerial(serial)), revokedAt: null, notBefore: { lte: at }, notAfter: { gte: at } },
  });
}
