import Decimal from "decimal.js";
import { decideSampling, freshDraw } from "./inspection-sampling";
import { nextRiskLevel, riskRuleOn } from "./risk-monitoring";

const on = new Date("2026-11-20T00:00:00Z");
const base = { declarationDate: on, draw: new Decimal("0.5") };

describe("inspection sampling", () => {
  it("takes the rate from the highest risk of the goods and the credit class", () => {
    expect(decideSampling({ ...base, riskLevels: ["LOW", "HIGH"], creditClass: "GENERAL" }).rate).toBe("0.15");
    expect(decideSampling({ ...base, riskLevels: ["HIGH"], creditClass: "GENERAL_CERTIFIED" }).rate).toBe("0.075");
    expect(decideSampling({ ...base, riskLevels: ["HIGH"], creditClass: "ADVANCED_CERTIFIED" }).rate).toBe("0.03");
    expect(decideSampling({ ...base, riskLevels: ["LOW"], creditClass: "DISHONEST" }).rate).toBe("0.8");
    expect(decideSampling({ ...base, riskLevels: ["MEDIUM"], creditClass: null }).rate).toBe("0.05");
  });

  it("selects a list when the order's draw is under the rate, and says why", () => {
    const input = { ...base, riskLevels: ["LOW" as const], creditClass: "DISHONEST" as const };
    expect(decideSampling({ ...input, draw: new Decimal("0.799999999") })).toMatchObject({ selected: true, draw: "0.799999999", rule: "2018-05-01" });
    expect(decideSampling({ ...input, draw: new Decimal("0.8") }).selected).toBe(false);
    expect(decideSampling(input).reason).toMatch(/credit class DISHONEST → rate 0.8; the order's draw 0\.500000000 < rate: selected for inspection/);
  });

  it("draws from a secure random source, uniformly over [0, 1), a different number each time", () => {
    const draws = Array.from({ length: 4000 }, () => freshDraw());
    for (const draw of draws) {
      expect(draw.greaterThanOrEqualTo(0)).toBe(true);
      expect(draw.lessThan(1)).toBe(true);
    }
    expect(new Set(draws.map((draw) => draw.toFixed())).size).toBeGreaterThan(3990);
    const share = draws.filter((draw) => draw.lessThan("0.8")).length / draws.length;
    expect(share).toBeGreaterThan(0.77);
    expect(share).toBeLessThan(0.83);
  });

  it("has a rule for the zone plan's own period (2016–2018) and none before 225号", () => {
    expect(decideSampling({ ...base, declarationDate: new Date("2016-03-01"), riskLevels: ["HIGH"], creditClass: "GENERAL" })).toMatchObject({
      rate: "0.15",
      rule: "2014-12-01",
    });
    expect(() => decideSampling({ ...base, declarationDate: new Date("2014-11-30"), riskLevels: ["LOW"], creditClass: null })).toThrow(
      /no inspection sampling rule/,
    );
  });
});

describe("risk monitoring", () => {
  const product = riskRuleOn("2026-11-20")!.product;

  it("raises a level one step after enough failures within the window, never above HIGH", () => {
    const record = { level: "LOW" as const, floor: "LOW" as const, failures: product.raiseAfterFailures, passesInARow: 0 };
    expect(nextRiskLevel(record, product)).toMatchObject({ toLevel: "MEDIUM", reason: expect.stringMatching(/failed inspections within 180 days/) });
    expect(nextRiskLevel({ ...record, failures: product.raiseAfterFailures - 1 }, product)).toBeNull();
    expect(nextRiskLevel({ ...record, level: "HIGH" }, product)).toBeNull();
  });

  it("lowers a level one step after a clean run, never below its floor", () => {
    const record = { level: "HIGH" as const, floor: "MEDIUM" as const, failures: 0, passesInARow: product.lowerAfterPasses };
    expect(nextRiskLevel(record, product)).toMatchObject({ toLevel: "MEDIUM" });
    expect(nextRiskLevel({ ...record, passesInARow: product.lowerAfterPasses - 1 }, product)).toBeNull();
    expect(nextRiskLevel({ ...record, level: "MEDIUM" }, product)).toBeNull();
  });

  it("is in force for the zone plan's period", () => {
    expect(riskRuleOn("2016-01-01")).toBeDefined();
  });
});

describe("the sampling rule of a list is the one in force on its day in China", () => {
  it("applies the rule of 1 May 2018 (its first day) from 00:30 that day in China, 16:30 UTC the day before", () => {
    const list = { ...base, riskLevels: ["LOW" as const], creditClass: null };
    expect(decideSampling({ ...list, declarationDate: new Date("2018-05-01T00:30:00+08:00") }).rule).toBe("2018-05-01");
    expect(decideSampling({ ...list, declarationDate: new Date("2018-04-30T23:30:00+08:00") }).rule).toBe("2014-12-01");
  });
});
