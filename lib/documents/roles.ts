import { GraphQLError } from "graphql";
import type { Identity } from "../auth/identity";
import type { GraphClient } from "../graph-client";
import { departmentUnreachable, ErrorCode } from "../graphql/errors";
import { CUSTOMS_CODE_LENGTH } from "../rules/enterprise-code";
import { enterprisesByCode, usccOf } from "./enterprise-codes";
import { requireSubmitter } from "./submission";

/** The roles an enterprise plays in the zone, as credit registers them (`Enterprise.roles`). */
export const ZONE_ROLES = ["PLATFORM", "ECOMMERCE", "LOGISTICS", "PAYMENT", "AGENT", "WAREHOUSE", "MANUFACTURER"] as const;
export type ZoneRole = (typeof ZONE_ROLES)[number];

/** Who may send one kind of document: the field naming the sender, the roles it must hold, and its relations to the documents it refers to. */
export interface SenderRule {
  /** The CEB message, or the operation when the standard has no message for it. */
  message: string;
  /** The mutation that files it (the XML endpoint runs the same mutation). */
  mutation: string;
  /** Where the sender's USCC is in the submission; the caller must act for that enterprise. */
  field: string;
  /** The sender must hold one of these roles in credit. */
  roles: readonly ZoneRole[];
  /** The relations the filing checks against the documents it refers to (docs/roles.md states them for partners). */
  relations: string;
}

/**
 * Every document a partner or an enterprise user files, and who may file it. docs/roles.md is this table
 * for partners; the unit test beside this module checks every kind against every role.
 */
export const SENDER_RULES = {
  order: { message: "CEB311", mutation: "submitOrder", field: "order.ebpCode", roles: ["PLATFORM"], relations: "the platform files its own orders" },
  payment: {
    message: "CEB411",
    mutation: "submitPayment",
    field: "payment.payCode",
    roles: ["PAYMENT"],
    relations: "a registered payment institution files the payments it made",
  },
  waybill: {
    message: "CEB511",
    mutation: "submitWaybill",
    field: "waybill.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "the logistics company files its own waybills",
  },
  trackingEvent: {
    message: "tracking event",
    mutation: "recordTrackingEvent",
    field: "event.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "only for the company's own waybills",
  },
  waybillStatus: {
    message: "CEB513",
    mutation: "submitWaybillStatus",
    field: "status.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "only for the company's own waybills",
  },
  inventory: {
    message: "CEB621",
    mutation: "declareInventory",
    field: "inventory.agentCode",
    roles: ["AGENT"],
    relations:
      "a registered declaring agent; an order that already has a list of another agent (declared, waiting or rejected; not cancelled) is not the sender's to declare, and the annual-limit check answers only the agent of the order's list",
  },
  inventoryCancel: {
    message: "CEB623",
    mutation: "cancelInventory",
    field: "request.agentCode",
    roles: ["AGENT"],
    relations: "only the agent's own lists, found by the agent's own GUIDs",
  },
  inventoryReturn: {
    message: "CEB625",
    mutation: "returnInventory",
    field: "request.agentCode",
    roles: ["AGENT"],
    relations: "only the agent's own lists, found by the agent's own GUIDs",
  },
  exportOrder: {
    message: "CEB303",
    mutation: "submitExportOrder",
    field: "order.ebpCode",
    roles: ["PLATFORM"],
    relations: "the platform files its own export orders",
  },
  exportWaybill: {
    message: "CEB505",
    mutation: "submitExportWaybill",
    field: "waybill.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "the logistics company files its own waybills",
  },
  exportArrival: {
    message: "CEB507",
    mutation: "recordExportArrival",
    field: "arrival.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "only for the company's own export waybills",
  },
  exportDeparture: {
    message: "CEB509",
    mutation: "recordExportDeparture",
    field: "departure.logisticsCode",
    roles: ["LOGISTICS"],
    relations: "only for the company's own export waybills",
  },
  exportInventory: {
    message: "CEB603",
    mutation: "declareExportInventory",
    field: "inventory.agentCode",
    roles: ["AGENT"],
    relations:
      "a registered declaring agent, for an export order and an export waybill of the list's own consignor (ebcCode); any other order or waybill is not found",
  },
  exportCancel: {
    message: "CEB605",
    mutation: "cancelExportInventory",
    field: "request.agentCode",
    roles: ["AGENT"],
    relations: "only the agent's own lists, found by the agent's own GUIDs",
  },
  exportSummary: {
    message: "CEB701",
    mutation: "applySummaryDeclaration",
    field: "application.agentCode",
    roles: ["AGENT"],
    relations: "the consignor's own agent: only lists this agent declared for this consignor (ebcCode) are summarised; any other list is not found",
  },
  exportReceipt: {
    message: "CEB403",
    mutation: "submitExportReceipt",
    field: "receipt.payCode",
    roles: ["PAYMENT"],
    relations: "a registered payment institution, never the exporter itself nor a sender acting for it (finance's certifierProblem, -403010)",
  },
  exportRebate: {
    message: "rebate application",
    mutation: "applyExportRebate",
    field: "application.ebcCode",
    roles: ["ECOMMERCE"],
    relations: "the exporter, for a declaration form of its own lists; another consignor's form is not found",
  },
  productFiling: {
    message: "product filing (商品备案)",
    mutation: "fileProduct",
    field: "application.ownerUscc",
    roles: ["ECOMMERCE"],
    relations: "the e-commerce enterprise files its own products (CIQ staff may file for it)",
  },
} as const satisfies Record<string, SenderRule>;

export type DocumentKind = keyof typeof SENDER_RULES;

/**
 * Why a sender holding `roles` in credit (null: not registered) may not send this kind of document; null when it may.
 * Pure, so that the rule table is tested without a running system.
 */
export function senderRefusal(kind: DocumentKind, roles: readonly string[] | null): string | null {
  const rule: SenderRule = SENDER_RULES[kind];
  const needed = rule.roles.join(" or ");
  if (roles === null) return `a ${rule.message} is sent by an enterprise registered in the zone as ${needed}; this one is not registered`;
  if (!rule.roles.some((role) => roles.includes(role)))
    return `a ${rule.message} is sent by an enterprise registered in the zone as ${needed}; this one is registered as ${roles.join(", ") || "nothing"}`;
  return null;
}

/**
 * The sender rule of one document, before anything of it is read or stored: the caller acts for the
 * enterprise the document names as its sender, and credit registers that enterprise in a role that may
 * send it. Credit is asked once per document, through the graph. A sender named by its 10-character customs
 * code is the enterprise credit registered with that code: the caller must act for that enterprise's USCC.
 */
export async function requireSender(context: { identity: Identity; graph: GraphClient }, kind: DocumentKind, sender: string): Promise<void> {
  const rule: SenderRule = SENDER_RULES[kind];
  const byUscc = sender.length !== CUSTOMS_CODE_LENGTH;
  // A USCC is checked before credit is asked, so that a caller learns nothing of an enterprise it does not act for.
  if (byUscc) requireSubmitter(context.identity, sender, rule.field);
  const known = await enterprisesByCode<{ roles: string[] }>(context.graph, [sender], "roles");
  if (!known) throw departmentUnreachable(rule.field, "credit", "about the sender's roles");
  if (!byUscc) requireSubmitter(context.identity, usccOf(sender, known), rule.field);
  const refusal = senderRefusal(kind, known.get(sender)?.roles ?? null);
  if (refusal) throw new GraphQLError(`${rule.field}: ${refusal}`, { extensions: { code: ErrorCode.FORBIDDEN, field: rule.field, reason: "SENDER_ROLE" } });
}
