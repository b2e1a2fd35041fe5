import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../paths";
import { SENDER_RULES, senderRefusal, ZONE_ROLES, type DocumentKind } from "./roles";

const EXPECTED: Record<DocumentKind, string> = {
  order: "PLATFORM",
  payment: "PAYMENT",
  waybill: "LOGISTICS",
  trackingEvent: "LOGISTICS",
  waybillStatus: "LOGISTICS",
  inventory: "AGENT",
  inventoryCancel: "AGENT",
  inventoryReturn: "AGENT",
  exportOrder: "PLATFORM",
  exportWaybill: "LOGISTICS",
  exportArrival: "LOGISTICS",
  exportDeparture: "LOGISTICS",
  exportInventory: "AGENT",
  exportCancel: "AGENT",
  exportSummary: "AGENT",
  exportReceipt: "PAYMENT",
  exportRebate: "ECOMMERCE",
  productFiling: "ECOMMERCE",
};
const kinds = Object.keys(SENDER_RULES) as DocumentKind[];

describe("who may send each kind of document", () => {
  it("knows every kind a partner files", () => {
    expect(kinds.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = kinds.flatMap((kind) => ZONE_ROLES.map((role) => [kind, role, role === EXPECTED[kind]] as const));
  it.each(cases)("%s sent by an enterprise registered only as %s: allowed %s", (kind, role, allowed) => {
    const refusal = senderRefusal(kind, [role]);
    if (allowed) expect(refusal).toBeNull();
    else expect(refusal).toContain(`registered in the zone as ${EXPECTED[kind]}; this one is registered as ${role}`);
  });

  it.each(kinds)("%s is refused to an enterprise credit does not know, and to one with no role", (kind) => {
    expect(senderRefusal(kind, null)).toContain("this one is not registered");
    expect(senderRefusal(kind, [])).toContain("registered as nothing");
  });

  it.each(kinds)("%s is allowed to an enterprise that holds its role among others", (kind) => {
    expect(senderRefusal(kind, ["PLATFORM", "ECOMMERCE", EXPECTED[kind]])).toBeNull();
  });

  it("is the table the partner guide states (docs/roles.md)", () => {
    const guide = readFileSync(path.join(ROOT, "docs", "roles.md"), "utf8");
    for (const rule of Object.values(SENDER_RULES)) {
      const row = guide.split("\n").find((line) => line.includes(`\`${rule.mutation}\``));
      expect(row).toBeDefined();
      expect(row).toContain(rule.message);
      expect(row).toContain(`\`${rule.field}\``);
      for (const role of rule.roles) expect(row).toContain(role);
    }
  });
});
