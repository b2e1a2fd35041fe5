import type { IncomingMessage } from "node:http";
import type { GraphQLResponse } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Identity } from "../../lib/auth/identity";
import { ErrorCode } from "../../lib/graphql/errors";
import { now } from "../../lib/clock";
import { HttpRejection, type Route } from "../../lib/http";
import { unwrapDxp } from "./ceb-dxp";
import { decodeMessage } from "./ceb-encoding";
import {
  CertificatesUnavailable,
  DECLARED,
  SIGNED_WHEN_DECLARED,
  SignatureRefused,
  verifySignature,
  type CertificateLookup,
  type SignatureMode,
} from "./ceb-signature";
import { MessageRejected, parseMessage, refusedMessage, schemaProblems, senderField, type ParsedMessage } from "./ceb-xml";
import { formatErrorMessage, receiptMessage, type DocumentOutcome, type RefusedMessage } from "../../lib/documents/ceb-receipt";
import type { ManifestOperation } from "../security/persisted-queries";

/** Where partners POST the standard's XML messages. */
export const CEB_PATH = "/ceb";
const XML = "application/xml; charset=utf-8";
/** A document refused for who sent it, in the standard's terms: an invalid enterprise code for this sender. */
const FORBIDDEN_STATUS = -10102;
/**
 * Faults that pass (a department or its database away for a moment): answered in the standard's system
 * range (DXP 3000–3999), "system busy, send again", so that a partner's resend logic can tell them from a
 * refusal. Filings are idempotent, so the resend never stores a document twice.
 */
const RETRYABLE = new Set<unknown>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SUBGRAPH_UNAVAILABLE, ErrorCode.SUBGRAPH_TIMEOUT]);
export const SYSTEM_BUSY = "3000 系统繁忙，请重新发送 (system busy, send the message again)";
/** How long a partner should wait before sending a message with a busy document again. */
const RETRY_AFTER_SECONDS = "1";

/**
 * What a refused document's receipt says. A department's refusal (with its return status) names the field
 * and is written not to quote personal values; bad input refused by GraphQL itself quotes what was sent, so
 * only its code is told.
 */
function returnInfo(error: { message: string; extensions?: Record<string, unknown> } | undefined, returnStatus: number | undefined): string {
  if (!error) return "the document could not be processed";
  if (returnStatus === undefined && error.extensions?.code === ErrorCode.BAD_USER_INPUT) return "0002 the document does not fit its schema";
  return error.message;
}

interface Options {
  identify(req: IncomingMessage, raw: string): Promise<Identity>;
  schema(): GraphQLSchema | undefined;
  operations(): Map<string, ManifestOperation>;
  execute(query: string, operationName: string, variables: Record<string, unknown>, identity: Identity): Promise<GraphQLResponse>;
  /** Whether the messages that need ds:Signature may come unsigned (CEB_SIGNATURES; docs/operations.md). */
  signatures: SignatureMode;
  /** The sender's registered certificates, read from credit. */
  certificates: CertificateLookup;
}

const refusal = (reason: string, original: RefusedMessage) => ({ status: 400, contentType: XML, body: formatErrorMessage(reason, original) });

/**
 * Takes a CEB message of a kind in MESSAGE_KINDS (import 311/411/511/621; export 303/403/505/507/509/603),
 * bare or in its DXP envelope, in UTF-8, GBK or GB18030; verifies its ds:Signature (required on the declared
 * lists, SIGNED_WHEN_DECLARED); runs each business node as the registered operation a partner would send over
 * GraphQL, and answers with the receipt message: the same checks, the same storage, the same receipts either
 * way. A message refused whole (encoding, envelope, format, signature) gets CEB900 and stores nothing.
 */
export function cebMessages(options: Options): Route {
  return async ({ req, raw, bytes }) => {
    if (req.method !== "POST") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "POST a CEB message to this endpoint");
    const identity = await options.identify(req, raw);
    const schema = options.schema();
    if (!schema) throw new HttpRejection(503, "SUBGRAPH_UNAVAILABLE", "the graph is not loaded yet");
    let message: ParsedMessage;
    let envelope: { copMsgId?: string } = {};
    try {
      const unwrapped = unwrapDxp(decodeMessage(bytes, req.headers["content-type"]));
      envelope = unwrapped;
      message = fitting(parseMessage(unwrapped.xml, schema), unwrapped.xml, schema);
      // What runs is what the signature covers, checked against the schema like any message.
      message = fitting(await verified(message, unwrapped.xml, schema, options), unwrapped.xml, schema);
    } catch (error) {
      if (error instanceof MessageRejected) return refusal(error.message, { ...error.original, guid: error.original.guid ?? envelope.copMsgId });
      if (error instanceof CertificatesUnavailable) {
        return {
          status: 503,
          contentType: XML,
          body: formatErrorMessage(`${SYSTEM_BUSY}: ${error.message}`, error.original),
          headers: { "retry-after": RETRY_AFTER_SECONDS },
        };
      }
      throw error;
    }
    const operation = [...options.operations().values()].find((candidate) => candidate.name === message.kind.operation);
    if (!operation) throw new HttpRejection(503, "PERSISTED_QUERY_NOT_IN_LIST", `${message.kind.operation} is not registered`);
    const outcomes: DocumentOutcome[] = [];
    let busyDocuments = 0;
    for (const document of message.documents) {
      const response = await options.execute(operation.body, operation.name, { [message.kind.variable]: document }, identity);
      const result = response.body.kind === "single" ? response.body.singleResult : undefined;
      const receipt = (result?.data as Record<string, { returnStatus: number; returnInfo: string; returnTime: string }> | undefined)?.[message.kind.field];
      if (receipt) {
        outcomes.push({ document, returnStatus: receipt.returnStatus, returnInfo: receipt.returnInfo, returnTime: new Date(receipt.returnTime) });
        continue;
      }
      const error = result?.errors?.[0];
      const code = error?.extensions?.code;
      const busy = RETRYABLE.has(code);
      busyDocuments += busy ? 1 : 0;
      const returnStatus = typeof error?.extensions?.returnStatus === "number" ? error.extensions.returnStatus : undefined;
      outcomes.push({
        document,
        returnStatus: returnStatus ?? (code === "FORBIDDEN" ? FORBIDDEN_STATUS : -1),
        returnInfo: busy ? `${SYSTEM_BUSY}: ${error!.message}` : (problemsText(error?.extensions?.problems) ?? returnInfo(error, returnStatus)),
        returnTime: now(),
      });
    }
    return {
      status: 200,
      contentType: XML,
      body: receiptMessage(message.kind.receipt, outcomes),
      headers: busyDocuments > 0 ? { "retry-after": RETRY_AFTER_SECONDS } : undefined,
    };
  };
}

/** A refusal's receipt lists every problem of the document, as `field: message` separated by "; " (docs/errors.md). */
function problemsText(problems: unknown): string | undefined {
  if (!Array.isArray(problems) || problems.length === 0) return undefined;
  return (problems as Array<{ field: string; message: string }>).map((problem) => `${problem.field}: ${problem.message}`).join("; ");
}

/**
 * The message, when it fits its schema. One that does not is refused whole, before any of its documents is
 * run, as the standard's XSD check refuses it; GraphQL's own refusal of such variables would quote them in full.
 */
function fitting(message: ParsedMessage, xml: string, schema: GraphQLSchema): ParsedMessage {
  const unfit = schemaProblems(message, schema);
  if (unfit.length > 0) throw new MessageRejected(`0002 the message does not fit its schema: ${unfit.join("; ")}`, refusedMessage(message, xml));
  return message;
}

/** The one enterprise every document of a message files for (its sender field): a signature signs for one. */
function signerOf(message: ParsedMessage): string {
  const field = senderField(message.kind);
  const senders = new Set(message.documents.map((document) => String(document[field] ?? "")));
  if (senders.size !== 1) throw new SignatureRefused(`1001 invalid signature: one signature signs for one enterprise, but the documents' ${field} differ`);
  return [...senders][0]!;
}

/**
 * The signed part of a message, parsed, when it files for `signer`, the enterprise whose certificate verified
 * (looked up by the message as it came, before the signed part is known); else a 1001 refusal, for an
 * enterprise's signature never carries documents filed for another.
 */
export function signedBy(signed: ParsedMessage, signer: string): ParsedMessage {
  const sender = signerOf(signed);
  if (sender !== signer) {
    const field = senderField(signed.kind);
    throw new SignatureRefused(`1001 invalid signature: the signed documents' ${field} ${sender} is not the enterprise ${signer} whose certificate verified`);
  }
  return signed;
}

/**
 * The message to process: when it is signed (always verified) or must be (a declared list, unless signatures
 * are optional), the message parsed again from exactly the XML the signature covers; otherwise the message
 * as it came. The signer is the enterprise every document of the message files for.
 */
async function verified(message: ParsedMessage, xml: string, schema: GraphQLSchema, options: Options): Promise<ParsedMessage> {
  const required = SIGNED_WHEN_DECLARED.has(message.kind.root) && message.documents.some((document) => document.appStatus === DECLARED);
  const original = refusedMessage(message, xml);
  try {
    // The certificate is looked up for the sender the message as it came names (the signature must be found
    // before the signed part is known) …
    let signer = "";
    const signed = await verifySignature(xml, () => (signer = signerOf(message)), options.certificates);
    if (signed === null) {
      if (required && options.signatures === "required")
        throw new SignatureRefused("1001 invalid signature: the message is not signed (ds:Signature is required on a declared list)");
      return message;
    }
    // … and what is processed is the signed part, which must name that same sender: else an enterprise's
    // signature would carry documents filed for another one.
    return signedBy(parseMessage(signed, schema), signer);
  } catch (error) {
    if (error instanceof SignatureRefused) throw new MessageRejected(error.message, original);
    if (error instanceof CertificatesUnavailable) throw new CertificatesUnavailable(error.message, original);
    throw error;
  }
}
