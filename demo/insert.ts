import { createHash } from "node:crypto";
/** Keeps each INSERT under PostgreSQL's 65,535 bind parameters, whatever the width of the table. */
const MAX_PARAMETERS = 60_000;

export async function insertAll<Row extends object>(rows: Row[], write: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
}

/** A UUID that depends only on its name, so that the same seed writes the same ids. */
export function seededUuid(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface SeededDocument {
  guid: string;
  appTime: Date | string;
  returnStatus: number;
  returnInfo?: string | null;
  returnTime?: Date | string | null;
}

/**
 * The first receipt of each seeded document, as if it had been filed: its key, its GUID, version 1 and
 * its status, with an id that depends only on the message type and the key.
 */
export function seededReceipts<Doc extends SeededDocument, Key extends Record<string, string>>(
  messageType: string,
  documents: Doc[],
  key: (document: Doc) => Key,
  returnInfo: (document: Doc) => string,
) {
  return documents.map((document) => ({
    id: seededUuid(`${messageType}|${Object.values(key(document)).join("|")}|1`),
    ...key(document),
    guid: document.guid,
    version: 1,
    returnStatus: document.returnStatus,
    returnInfo: returnInfo(document),
    returnTime: document.returnTime ?? document.appTime,
  }));
}
