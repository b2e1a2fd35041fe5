import { XMLParser } from "fast-xml-parser";
import { decodeMessage } from "./ceb-encoding";
import { MessageRejected } from "./ceb-xml";

/**
 * The standard's terminal-node layer (docs/domain.md#ceb-messages): a business message sent as
 * DxpMsg { TransInfo { CopMsgId, SenderId, ReceiverIds { ReceiverId+ }, CreatTime, MsgType }, Data, AddInfo? },
 * Data being the business message's bytes in base64, in their own encoding. A partner whose system sends
 * the DXP layer posts it as it is; the business message inside is processed as if posted bare.
 */
export const DXP_NAMESPACE = "http://www.chinaport.gov.cn/dxp";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: false, parseTagValue: false, trimValues: true });

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Whether the text's root element is DxpMsg (whatever its prefix). */
const ROOT = /^\s*(?:<\?xml[^>]*\?>)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?DxpMsg[\s>/]/;

/** The envelope's elements by local name (prefixes as the sender chose them). */
function byLocalName(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name.startsWith("@") ? name : localName(name), child]));
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface Unwrapped {
  /** The business message's text. */
  xml: string;
  /** The envelope's CopMsgId, when the message came in one: what a refusal names when the business message cannot be read. */
  copMsgId?: string;
}

/** The business message of a DXP envelope, or the text itself when it is not one; a malformed envelope is refused (0002). */
export function unwrapDxp(text: string): Unwrapped {
  if (!ROOT.test(text)) return { xml: text };
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(text, true) as Record<string, unknown>;
  } catch {
    throw new MessageRejected("0002 the DXP envelope is not well-formed XML");
  }
  const rootTag = Object.keys(parsed).find((name) => localName(name) === "DxpMsg")!;
  const root = parsed[rootTag] as Record<string, unknown>;
  const prefix = rootTag.includes(":") ? rootTag.slice(0, rootTag.indexOf(":")) : null;
  if (root?.[prefix ? `@xmlns:${prefix}` : "@xmlns"] !== DXP_NAMESPACE)
    throw new MessageRejected(`0002 the DXP envelope is not in the namespace ${DXP_NAMESPACE}`);
  const envelope = byLocalName(root);
  const info = byLocalName(envelope.TransInfo);
  const copMsgId = typeof info.CopMsgId === "string" && info.CopMsgId !== "" ? info.CopMsgId : undefined;
  const refuse = (reason: string): never => {
    throw new MessageRejected(`0002 the DXP envelope ${reason}`, { guid: copMsgId });
  };
  for (const field of ["CopMsgId", "SenderId", "CreatTime", "MsgType"]) {
    if (typeof info[field] !== "string" || info[field] === "") refuse(`has no TransInfo/${field}`);
  }
  const receivers = byLocalName(info.ReceiverIds).ReceiverId;
  if (!(typeof receivers === "string" && receivers !== "") && !(Array.isArray(receivers) && receivers.length > 0))
    refuse("has no TransInfo/ReceiverIds/ReceiverId");
  const data = typeof envelope.Data === "string" ? envelope.Data.replace(/\s+/g, "") : "";
  if (!BASE64.test(data) || data.length % 4 !== 0) refuse("has no Data, or its Data is not base64");
  let xml: string;
  try {
    // The business message names its own encoding in its declaration; the envelope's says nothing of it.
    xml = decodeMessage(Buffer.from(data, "base64"), undefined);
  } catch (error) {
    throw new MessageRejected(`${(error as Error).message} (in the DXP envelope's Data)`, { guid: copMsgId });
  }
  const root2 = /<(?:[\w.-]+:)?(\w+)[\s>/]/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1];
  const msgType = info.MsgType as string;
  if (root2 !== msgType && root2 !== `${msgType}Message`) refuse(`says MsgType ${msgType.slice(0, 40)} but its Data holds ${root2 ?? "no message"}`);
  return { xml, copMsgId };
}
