import { decideSampling, samplingDraw } from "./inspection-sampling";

const on = new Date("2026-11-20T00:00:00Z");
const base = { agentCode: "91460100MA5T00002P", declarationDate: on };

describe("inspection sampling", () => {
  it("takes the rate from the highest risk of the goods and the credit class", () => {
    expect(decideSampling({ ...base, copNo: "A", riskLevels: ["LOW", "HIGH"], creditClass: "GENERAL" }).rate).toBe("0.15");
    expect(decideSampling({ ...base, copNo: "A", riskLevels: ["HIGH"], creditClass: "GENERAL_CERTIFIED" }).rate).toBe("0.075");
    expect(decideSampling({ ...base, copNo: "A", riskLevels: ["HIGH"], creditClass: "ADVANCED_CERTIFIED" }).rate).toBe("0.03");
    expect(decideSampling({ ...base, copNo: "A", riskLevels: ["LOW"], creditClass: "DISHONEST" }).rate).toBe("0.8");
    expect(decideSampling({ ...base, copNo: "A", riskLevels: ["MEDIUM"], creditClass: null }).rate).toBe("0.05");
  });

  it("decides the same list the same way every time, and says why", () => {
    const input = { ...base, copNo: "C-1", riskLevels: ["MEDIUM" as const], creditClass: "GENERAL" as const };
    expect(decideSampling(input)).toEqual(decideSampling(input));
    expect(decideSampling(input).reason).toMatch(/credit class GENERAL → rate 0.05; draw 0\.\d{6}/);
  });

  it("selects close to the configured share of lists", () => {
    const lists = Array.from({ length: 4000 }, (_, i) => decideSampling({ ...base, copNo: `L${i}`, riskLevels: ["HIGH"], creditClass: "DISHONEST" }));
    const share = lists.filter((decision) => decision.selected).length / lists.length;
    expect(share).toBeGreaterThan(0.77);
    expect(share).toBeLessThan(0.83);
  });

  it("draws in [0, 1)", () => {
    for (let i = 0; i < 200; i++) {
      const draw = samplingDraw("x", String(i)).toNumber();
      expect(draw).toBeGreaterThanOrEqual(0);
      expect(draw).toBeLessThan(1);
    }
  });

  it("has no rule before 2018-05-01", () => {
    expect(() => decideSampling({ ...base, declarationDate: new Date("2017-01-01"), copNo: "A", riskLevels: ["LOW"], creditClass: null })).toThrow(
      /no inspection sampling rule/,
    );
  });
});

describe("the sampling rule of a list is the one in force on its day in China", () => {
  it("applies the rule of 1 May 2018 (its first day) from 00:30 that day in China, 16:30 UTC the day before", () => {
    const list = { ...base, copNo: "A", riskLevels: ["LOW" as const], creditClass: null };
    const atNoon = decideSampling({ ...list, declarationDate: new Date("2018-05-01T12:00:00+08:00") });
    expect(decideSampling({ ...list, declarationDate: new Date("2018-05-01T00:30:00+08:00") })).toEqual(atNoon);
  });
});
