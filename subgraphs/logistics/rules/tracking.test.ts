import { trackingProblem } from "./tracking";

const t = (iso: string) => new Date(iso);

describe("a parcel's journey", () => {
  it("follows the bonded-zone order", () => {
    expect(trackingProblem("DECLARED", null, "ARRIVED", t("2026-01-01"))).toBeNull();
    expect(trackingProblem("ARRIVED", null, "RELEASED", t("2026-01-01"))).toBeNull();
    expect(trackingProblem("RELEASED", null, "DEPARTED", t("2026-01-01"))).toBeNull();
    expect(trackingProblem("DEPARTED", null, "DELIVERED", t("2026-01-01"))).toBeNull();
  });

  it("cannot skip arrival or leave before release", () => {
    expect(trackingProblem("DECLARED", null, "DEPARTED", t("2026-01-01"))).toMatch(/DEPARTED cannot follow DECLARED/);
    expect(trackingProblem("ARRIVED", null, "DEPARTED", t("2026-01-01"))).toMatch(/cannot follow ARRIVED/);
  });

  it("ends at delivery or return", () => {
    expect(trackingProblem("DELIVERED", null, "IN_TRANSIT", t("2026-01-01"))).toMatch(/nothing follows/);
    expect(trackingProblem("RETURNED", null, "ARRIVED", t("2026-01-01"))).toMatch(/nothing follows/);
  });

  it("does not go back in time", () => {
    expect(trackingProblem("ARRIVED", t("2026-01-02"), "RELEASED", t("2026-01-01"))).toMatch(/before the last event/);
  });
});
