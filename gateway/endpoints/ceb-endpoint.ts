import type { IncomingMessage } from "node:http";
import type { GraphQLResponse } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Identity } from "../../lib/auth/identity";
import { ErrorCode } from "../../lib/graphql/errors";
import { now } from "../../lib/clock";
import { HttpRejection, type Route } from "../../lib/http";
import { formatErrorMessage, receiptMessage, type DocumentOutcome } from "../../lib/documents/ceb-receipt";
import { MessageRejected, messageType, parseMessage, schemaProblems } from "./ceb-xml";
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
}

/**
 * Takes a CEB message of a kind in MESSAGE_KINDS (import 311/411/511/621; export 303/403/505/507/509/603),
 * runs each business node as the registered operation a partner would send over GraphQL, and answers with the receipt message: the same checks, the same storage, the
 * same receipts either way.
 */
export function cebMessages(options: Options): Route {
  return async ({ req, raw }) => {
    if (req.method !== "POST") throw new HttpRejection(405, "METHOD_NOT_ALLOWED", "POST a CEB message to this endpoint");
    const identity = await options.identify(req, raw);
    const schema = options.schema();
    if (!schema) throw new HttpRejection(503, "SUBGRAPH_UNAVAILABLE", "the graph is not loaded yet");
    let message;
    try {
      message = parseMessage(raw, schema);
    } catch (error) {
      if (error instanceof MessageRejected) return { status: 400, contentType: XML, body: formatErrorMessage(error.message, error.original) };
      throw error;
    }
    // A message that does not fit its schema is refused whole, before any of its documents is run, as the
    // standard's XSD check refuses it; GraphQL's own refusal of such variables would quote them in full.
    const unfit = schemaProblems(message, schema);
    if (unfit.length > 0) {
      const reason = `0002 the message does not fit its schema: ${unfit.join("; ")}`;
      return { status: 400, contentType: XML, body: formatErrorMessage(reason, { messageType: messageType(message.kind), guid: message.guid }) };
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
