import { randomUUID } from "node:crypto";
import type { Credentials, TestSystem } from "./system";

type Document = Record<string, unknown>;

const c14 = (iso: string) => iso.slice(0, 19).replace(/[-T:]/g, "");

/** A field as the standard writes it: date-times C14, dates C8, everything else as text. */
function field(name: string, value: unknown): string {
  const text =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)
      ? c14(value)
      : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? value.replaceAll("-", "")
        : String(value);
  return `<ceb:${name}>${text}</ceb:${name}>`;
}

/**
 * A CEB message of `documents`, as a partner's system sends it. `head` null puts the fields straight in the
 * node (CEB403 Receipts); `list` names the element of the items in the document's `listField`.
 */
export function cebMessage(root: string, node: string, head: string | null, list: string | null, documents: Document[], listField = "lines"): string {
  const fields = (document: Document) =>
    Object.entries(document)
      .filter(([name]) => name !== listField)
      .map(([name, value]) => field(name, value))
      .join("");
  const items = (document: Document) => (list ? (document[listField] as Document[]).map((item) => `<ceb:${list}>${fields(item)}</ceb:${list}>`).join("") : "");
  const nodes = documents
    .map((document) => `<ceb:${node}>${head ? `<ceb:${head}>${fields(document)}</ceb:${head}>` : fields(document)}${items(document)}</ceb:${node}>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><ceb:${root} guid="${randomUUID().toUpperCase()}" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">${nodes}<ceb:BaseTransfer><ceb:copCode>x</ceb:copCode><ceb:dxpMode>DXP</ceb:dxpMode></ceb:BaseTransfer></ceb:${root}>`;
}

/** POSTs a message to the gateway's /ceb endpoint. */
export async function postCeb(system: TestSystem, xml: string, credentials: Credentials): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL("/ceb", system.gatewayUrl), {
    method: "POST",
    headers: { ...system.headers(credentials), "content-type": "application/xml" },
    body: xml,
  });
  return { status: response.status, text: await response.text() };
}

/** The return statuses of a receipt message, one per business node. */
export const returnStatuses = (xml: string): number[] => [...xml.matchAll(/<ceb:returnStatus>(-?\d+)<\/ceb:returnStatus>/g)].map((match) => Number(match[1]));
