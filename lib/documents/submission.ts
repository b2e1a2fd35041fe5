import { GraphQLError } from "graphql";
import type { Identity } from "../auth/identity";
import { ErrorCode } from "../graphql/errors";
import type { Problem } from "../rules/document-checks";

/**
 * A refused document: nothing was stored. The first problem names the field in the message and in
 * `extensions.field`; all of them, each with the standard's negative return status, are in
 * `extensions.problems`, so that a partner can fix every one in a single round.
 */
export function rejectDocument(problems: Problem[], prefix: string): never {
  const [first] = problems;
  const field = `${prefix}.${first!.field}`;
  throw new GraphQLError(`${field}: ${first!.message}`, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field,
      returnStatus: first!.returnStatus,
      problems: problems.map((problem) => ({ ...problem, field: `${prefix}.${problem.field}` })),
    },
  });
}

/** Only the enterprise a document names as its sender may file it, and only as itself. */
export function requireSubmitter(identity: Identity, code: string, field: string): void {
  if ((identity.role === "partner" || identity.role === "enterprise") && identity.usccs.includes(code)) return;
  throw new GraphQLError(`${field}: you may file documents only for the enterprises you act for`, {
    extensions: { code: ErrorCode.FORBIDDEN, field },
  });
}

/** The database refused a second row with the same key: another submission of it got there first. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
