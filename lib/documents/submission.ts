import { GraphQLError } from "graphql";
import type { Identity } from "../auth/identity";
import { ErrorCode } from "../graphql/errors";
import type { Problem } from "../rules/document-checks";

/** A stored receipt, as the Receipt type reads it. */
export type ReceiptRow = { messageType: string; guid: string; version: number; returnStatus: number; returnInfo: string; returnTime: Date };

/**
 * A refused document: nothing was stored. The first problem names the field in the message and in
 * `extensions.field`; all of them, each with the standard's negative return status, are in
 * `extensions.problems`, so that a partner can fix every one in a single round.
 */
export function rejectDocument(problems: Problem[], prefix: string): never {
  const [first] = problems;
  const path = (problem: Problem) => `${problem.document ?? prefix}.${problem.field}`;
  const field = path(first!);
  throw new GraphQLError(`${field}: ${first!.message}`, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field,
      returnStatus: first!.returnStatus,
      problems: problems.map(({ document: _, ...problem }) => ({ ...problem, field: path({ ...problem, document: _ }) })),
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

/**
 * The database refused a second row with the same key: another submission of it got there first. Prisma
 * says P2002; inside an interactive transaction on PGlite the driver adapter's error comes through
 * unmapped, with PostgreSQL's own unique_violation (23505) as its cause.
 */
export function isDuplicateKey(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  return code === "P2002" || (name === "DriverAdapterError" && cause?.code === "23505");
}

export interface StoredVersion {
  contentHash: string;
  version: number;
}

/** A filed message as a resend compares it: the GUID the sender gave it and its content. */
export interface SentMessage {
  guid: string;
  contentHash: string;
}

/**
 * The one rule for a document sent again under a number already filed: it is a resend, answered with the
 * receipt already issued, only when it is the same message — the same GUID (the standard's identifier of
 * a message) and the same content. The same content under a new GUID is a second 新增 of the number, which
 * the standard refuses as a duplicate (-301010 for an order, -401007 a payment, -504012 a waybill, -621004
 * a list); other content under the same GUID is no resend either.
 */
export function isResend(stored: SentMessage, sent: SentMessage): boolean {
  return stored.guid === sent.guid && stored.contentHash === sent.contentHash;
}

/**
 * How one kind of document is filed. The department supplies its storage; `fileDocument` supplies the
 * rules every CEB document follows: the same message again (`isResend`) is answered with the receipt
 * already issued and writes nothing; a new 新增 (appType 1) under a filed number is a duplicate, whatever
 * its content, unless the filed document is only saved; a change (appType 2) needs the document to exist
 * and to be still changeable, and one that changes nothing is answered with the current receipt.
 */
export interface Filing<Receipt> {
  appType: string;
  /** The GUID of the message being filed. */
  guid: string;
  contentHash: string;
  /** Where in the submission the document's number is, for errors. */
  keyField: string;
  prefix: string;
  duplicateStatus: number;
  invalidStatus: number;
  /** The stored document: its current version, with the GUID of the message that filed that version. */
  find(): Promise<(StoredVersion & { guid: string; returnStatus: number }) | null>;
  /**
   * Stores a new document with its first receipt, atomically; a key already taken throws Prisma's P2002. It
   * may return the receipt it stored, which is then the answer (sparing a read of it); else `latestReceipt` is.
   */
  create(): Promise<Receipt | void>;
  /** Why the stored document may no longer change, if it may not. */
  unchangeable(): Promise<{ returnStatus: number; message: string } | null>;
  /** Replaces the stored version `expected` with the new content, its earlier content kept, atomically. */
  change(expected: StoredVersion): Promise<unknown>;
  latestReceipt(): Promise<Receipt>;
}

/** 电子口岸已暂存: saved by the sender, not declared; it may still be filed again in full. */
export const SAVED = 1;

/** The status a filed order, payment or waybill gets: accepted when declared (appStatus 2), saved otherwise. */
export function filingStatus(appStatus: string, document: string): { returnStatus: number; returnInfo: string } {
  return appStatus === "2"
    ? { returnStatus: 120, returnInfo: `海关入库: the ${document} is accepted` }
    : { returnStatus: SAVED, returnInfo: `电子口岸已暂存: the ${document} is saved and not yet declared` };
}

export async function fileDocument<Receipt>(filing: Filing<Receipt>): Promise<Receipt> {
  const reject = (returnStatus: number, message: string): never => rejectDocument([{ field: filing.keyField, returnStatus, message }], filing.prefix);
  const duplicate = () => reject(filing.duplicateStatus, "another document with this number is already filed");

  const existing = await filing.find();
  if (existing && isResend(existing, filing)) return filing.latestReceipt();
  // A document only saved (returnStatus 1) is filed again as a whole: saved, then declared, is one filing.
  if (filing.appType === "1" && existing?.returnStatus !== SAVED) {
    if (existing) duplicate();
    try {
      const issued = await filing.create();
      if (issued) return issued;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Filed at the same moment by another request: the same message gets its receipt, another is a duplicate.
      const winner = await filing.find();
      if (!winner || !isResend(winner, filing)) duplicate();
    }
    return filing.latestReceipt();
  }
  if (!existing) return reject(filing.invalidStatus, "there is no filed document with this number to change (appType 2)");
  // A change (or a saved document filed again) that changes nothing stores nothing: the current receipt stands.
  if (existing.contentHash === filing.contentHash) return filing.latestReceipt();
  const blocked = existing.returnStatus === SAVED ? null : await filing.unchangeable();
  if (blocked) reject(blocked.returnStatus, blocked.message);
  await filing.change(existing);
  return filing.latestReceipt();
}

/** A change lost a race with another change of the same document. */
export function concurrentChange(prefix: string): GraphQLError {
  return new GraphQLError(`${prefix}: it changed while this change was being filed; send it again`, { extensions: { code: "CONFLICT" } });
}
