import { DOMParser, onErrorStopParsing, type Element } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import type { RefusedMessage } from "../../lib/documents/ceb-receipt";

/**
 * ds:Signature on CEB messages (docs/partner-guide.md#signing): an enveloped XML signature over the whole
 * business message, made with the sender enterprise's registered certificate, whose serial number is the
 * signature's KeyName. Refusals carry the standard's DXP security codes: 1001 (invalid signature: missing,
 * malformed, unknown or revoked key, wrong key) and 1004 (the signature does not match the data).
 */
export const DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
/** The one profile accepted (SHA-256 + RSA-2048; SHA-1 + RSA-1024 is refused, see subgraphs/credit/resolvers/certificates.ts). */
const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

/** Whether unsigned messages of the kinds that need a signature are refused (production) or taken (demo and tests). */
export type SignatureMode = "required" | "optional";
export const SIGNATURE_MODES: readonly SignatureMode[] = ["required", "optional"];

/**
 * The messages that must be signed when declared (appStatus 2): the lists, CEB621 import and CEB603 export.
 * The standard makes ds:Signature mandatory on a declared CEB621; the export list is the same legal act (the
 * agent's declaration to customs, 申报清单) and is held to the same rule. Orders, payments, waybills and
 * movements are evidence the list is matched against; their signature is verified when they carry one.
 */
export const SIGNED_WHEN_DECLARED = new Set(["CEB621Message", "CEB603Message"]);
export const DECLARED = "2";

export class SignatureRefused extends Error {}

/** Credit could not be asked for the sender's certificate: the message is answered "system busy", nothing stored. */
export class CertificatesUnavailable extends Error {
  constructor(
    message: string,
    readonly original: RefusedMessage = {},
  ) {
    super(message);
  }
}

/** The PEM of the certificate registered, unrevoked and valid now for `uscc` with this serial number; null when there is none. */
export type CertificateLookup = (uscc: string, serialNumber: string) => Promise<string | null>;

const children = (parent: Element, namespace: string, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name,
  );

function one(parent: Element, name: string, what: string): Element {
  const found = children(parent, DSIG_NAMESPACE, name);
  if (found.length !== 1) throw new SignatureRefused(`1001 invalid signature: ${what} must hold exactly one ds:${name}`);
  return found[0]!;
}

const algorithm = (element: Element) => element.getAttribute("Algorithm");

/**
 * Verifies the message's signature, if it carries one (null when it carries none), as made by `signer`
 * (the enterprise the message files for) and returns the XML that was verified: the message root as signed, canonicalised, without the signature. The caller
 * processes that text and nothing else of the message, so that no element outside what was verified (a
 * second business node, a wrapped copy) is ever read. Guards against signature wrapping: exactly one
 * ds:Signature, a child of the root; exactly one Reference, URI="" (the whole document) with the enveloped
 * transform; SHA-256 digest and RSA-SHA256 signature.
 */
export async function verifySignature(xml: string, signer: () => string, lookup: CertificateLookup): Promise<string | null> {
  let root: Element | null;
  try {
    root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml").documentElement;
  } catch {
    throw new SignatureRefused("1001 invalid signature: the message cannot be read for its signature");
  }
  if (!root) throw new SignatureRefused("1001 invalid signature: the message has no root");
  const all = root.getElementsByTagNameNS(DSIG_NAMESPACE, "Signature");
  if (all.length === 0) return null;
  const signature = all[0]!;
  if (all.length !== 1 || signature.parentNode !== root)
    throw new SignatureRefused("1001 invalid signature: the message must carry exactly one ds:Signature, a child of its root");
  const signedInfo = one(signature, "SignedInfo", "ds:Signature");
  if (algorithm(one(signedInfo, "SignatureMethod", "ds:SignedInfo")) !== RSA_SHA256) {
    throw new SignatureRefused("1001 invalid signature: SignatureMethod must be RSA-SHA256 (the SHA-256 + RSA-2048 profile)");
  }
  const reference = one(signedInfo, "Reference", "ds:SignedInfo");
  if (!reference.hasAttribute("URI") || reference.getAttribute("URI") !== "") {
    throw new SignatureRefused('1001 invalid signature: the Reference must be URI="" (the whole message), with the enveloped-signature transform');
  }
  const transforms = children(reference, DSIG_NAMESPACE, "Transforms").flatMap((list) => children(list, DSIG_NAMESPACE, "Transform").map(algorithm));
  if (!transforms.includes(ENVELOPED)) throw new SignatureRefused("1001 invalid signature: the Reference must carry the enveloped-signature transform");
  if (algorithm(one(reference, "DigestMethod", "ds:Reference")) !== SHA256) throw new SignatureRefused("1001 invalid signature: DigestMethod must be SHA-256");
  const keyNames = children(one(signature, "KeyInfo", "ds:Signature"), DSIG_NAMESPACE, "KeyName");
  const serial = keyNames.length === 1 ? (keyNames[0]!.textContent ?? "").trim() : "";
  if (!/^[0-9a-fA-F]{1,64}$/.test(serial))
    throw new SignatureRefused("1001 invalid signature: KeyInfo must name the certificate by its serial number (one hexadecimal ds:KeyName)");
  const sender = signer();
  const pem = await lookup(sender, serial);
  if (!pem) {
    throw new SignatureRefused(
      `1001 invalid signature: no certificate with serial number ${serial.toLowerCase()} is registered, unrevoked and valid for the sender ${sender}`,
    );
  }
  // The certificate is the registered one, never one the message carries (getCertFromKeyInfo stays unset).
  const verifier = new SignedXml({ publicCert: pem });
  verifier.loadSignature(signature.toString());
  let matches: boolean;
  try {
    matches = verifier.checkSignature(xml);
  } catch {
    throw new SignatureRefused("1001 invalid signature: the signature value does not verify with the sender's registered certificate");
  }
  // A failed digest: the signed data was changed after signing.
  if (!matches) throw new SignatureRefused("1004 the signature does not match the data: the message was changed after it was signed");
  const [signed] = verifier.getSignedReferences();
  if (signed === undefined) throw new SignatureRefused("1004 the signature does not match the data");
  return signed;
}
