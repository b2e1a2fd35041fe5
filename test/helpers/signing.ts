import { KeyObject, randomBytes, webcrypto } from "node:crypto";
// @peculiar/x509 (through tsyringe) expects its user to load a Reflect metadata polyfill first.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { SignedXml } from "xml-crypto";
import { now } from "../../lib/clock";

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const DAY_MS = 86_400_000;
const rsa = (modulusLength: number) => ({ name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", publicExponent: new Uint8Array([1, 0, 1]), modulusLength });

/** A certificate a test issued, with the private key that signs for it. */
export interface TestCertificate {
  pem: string;
  /** Lower-case hexadecimal, no leading zero: the KeyName of its signatures. */
  serialNumber: string;
  privateKeyPem: string;
}

/** A serial number that is positive and has no leading zero (so that it reads the same everywhere). */
const serial = () => `${(0x10 + (randomBytes(1)[0]! % 0x60)).toString(16)}${randomBytes(9).toString("hex")}`;

/** An RSA key pair of `modulusLength` bits, or an EC (P-256) one for 0. */
async function keyPair(modulusLength: number): Promise<CryptoKeyPair> {
  const algorithm = modulusLength === 0 ? { name: "ECDSA", namedCurve: "P-256" } : rsa(modulusLength);
  return (await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair;
}

const privatePem = (key: CryptoKey) => KeyObject.from(key as unknown as webcrypto.CryptoKey).export({ type: "pkcs8", format: "pem" }) as string;

/**
 * A test certification authority, generated in the test (nothing is read from disk): a self-signed RSA-2048
 * root, and the partner certificates it issues (X.509 v3, RSA-2048, SHA-256 by default).
 */
export async function testCa() {
  const caKeys = await keyPair(2048);
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: "01",
    name: "CN=Tradegraph Test CA, O=Tradegraph tests",
    notBefore: new Date(now().getTime() - DAY_MS),
    notAfter: new Date(now().getTime() + 3650 * DAY_MS),
    keys: caKeys,
    signingAlgorithm: rsa(2048),
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
  });
  return {
    root,
    /** A certificate for `subject`; `validDays` from `fromDaysAgo` days ago; `bits` of RSA key (0: an EC key). */
    async issue(subject: string, { fromDaysAgo = 1, validDays = 365, bits = 2048 } = {}): Promise<TestCertificate> {
      const keys = await keyPair(bits);
      const serialNumber = serial();
      const start = now().getTime() - fromDaysAgo * DAY_MS;
      const certificate = await x509.X509CertificateGenerator.create({
        serialNumber,
        subject: `CN=${subject}, O=Tradegraph tests`,
        issuer: root.subject,
        notBefore: new Date(start),
        notAfter: new Date(start + validDays * DAY_MS),
        signingAlgorithm: rsa(2048),
        publicKey: keys.publicKey,
        signingKey: caKeys.privateKey,
        extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
      });
      return { pem: certificate.toString("pem"), serialNumber, privateKeyPem: privatePem(keys.privateKey) };
    },
  };
}

/** The standard's two signature profiles: SHA-256 + RSA (the one the zone accepts) and the older SHA-1 + RSA. */
export const PROFILES = {
  sha256: { signature: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", digest: "http://www.w3.org/2001/04/xmlenc#sha256" },
  sha1: { signature: "http://www.w3.org/2000/09/xmldsig#rsa-sha1", digest: "http://www.w3.org/2000/09/xmldsig#sha1" },
} as const;

/**
 * Signs a CEB message as the standard has it: an enveloped ds:Signature appended to the message root,
 * Reference URI="" (the whole message) with the enveloped-signature and exclusive c14n transforms, the
 * profile's digest and signature algorithms (SHA-256 unless a test asks for the refused SHA-1), and KeyInfo
 * naming the certificate by its serial number. `key` may differ from the certificate's own (a wrongly-signed
 * message).
 */
export function signCeb(
  xml: string,
  certificate: TestCertificate,
  key: string = certificate.privateKeyPem,
  profile: (typeof PROFILES)[keyof typeof PROFILES] = PROFILES.sha256,
): string {
  const signer = new SignedXml({
    privateKey: key,
    signatureAlgorithm: profile.signature,
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    getKeyInfoContent: () => `<ds:KeyName>${certificate.serialNumber}</ds:KeyName>`,
  });
  signer.addReference({
    xpath: "/*",
    uri: "",
    isEmptyUri: true,
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    digestAlgorithm: profile.digest,
  });
  signer.computeSignature(xml, { prefix: "ds", location: { reference: "/*", action: "append" } });
  return signer.getSignedXml();
}
