import { billDueDate, billPeriod } from "./tax-bill";

describe("aggregated tax bills", () => {
  it("take a release into the month it happened in China", () => {
    expect(billPeriod(new Date("2026-02-28T16:30:00Z"))).toBe("2026-03");
    expect(billPeriod(new Date("2026-02-28T15:59:59Z"))).toBe("2026-02");
  });

  it("are due 45 days after the month's last day", () => {
    expect(billDueDate("2026-11").toISOString().slice(0, 10)).toBe("2027-01-14");
    expect(billDueDate("2024-02").toISOString().slice(0, 10)).toBe("2024-04-14");
  });

  it("have no rule before CBEC aggregated tax existed", () => {
    expect(() => billDueDate("2015-12")).toThrow(/no tax bill rule/);
  });
});
