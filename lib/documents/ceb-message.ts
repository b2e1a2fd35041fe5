import { randomUUID } from "node:crypto";
import { XMLBuilder } from "fast-xml-parser";
import { chinaTime } from "../rules/china-time";

/**
 * The standard's message envelope (docs/domain.md#ceb-messages), for every message the zone sends: the
 * receipts the gateway answers with and the notices a department issues (CEB816). One builder, so that
 * every message has the same namespace, attributes and times.
 */
export const CEB_NAMESPACE = "http://www.chinaport.gov.cn/ceb";

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: false });

/** YYYYMMDDhhmmssSSS in China Standard Time (the standard's C17 times: returnTime and the like). */
export function cebTime(date: Date): string {
  return chinaTime(date).replace(/[-T:.]/g, "");
}

/** A whole message: `<ceb:{root} guid version xmlns:ceb>` around `body`, whose keys are `ceb:`-prefixed element names. */
export function cebEnvelope(root: string, body: Record<string, unknown>, guid: string = randomUUID().toUpperCase()): string {
  const xml = builder.build({ [`ceb:${root}`]: { "@guid": guid, "@version": "1.0", "@xmlns:ceb": CEB_NAMESPACE, ...body } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
