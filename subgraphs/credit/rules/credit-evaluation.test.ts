import { evaluateCredit as evaluate, scoreRuleOn, weightOf } from "./credit-evaluation";

const RULE = scoreRuleOn(new Date("2026-12-15T00:00:00+08:00"));
const evaluateCredit = (current: Parameters<typeof evaluate>[0], delta: number, listed: boolean) => evaluate(current, delta, listed, RULE);

describe("credit evaluation after an event", () => {
  it("moves the score by the event and keeps the class within its band", () => {
    expect(evaluateCredit({ creditClass: "GENERAL_CERTIFIED", score: 88 }, -5, false)).toMatchObject({ creditClass: "GENERAL_CERTIFIED", score: 83 });
  });

  it("drops a certified enterprise to GENERAL below its band", () => {
    expect(evaluateCredit({ creditClass: "ADVANCED_CERTIFIED", score: 92 }, -10, false)).toMatchObject({ creditClass: "GENERAL", score: 82 });
  });

  it("makes an enterprise DISHONEST under 40 or on the negative list", () => {
    expect(evaluateCredit({ creditClass: "GENERAL", score: 45 }, -10, false)).toMatchObject({ creditClass: "DISHONEST", score: 35 });
    expect(evaluateCredit({ creditClass: "GENERAL", score: 75 }, 0, true)).toMatchObject({ creditClass: "DISHONEST" });
  });

  it("never certifies by itself, and keeps the score within 0–100", () => {
    expect(evaluateCredit({ creditClass: "GENERAL", score: 95 }, 20, false)).toMatchObject({ creditClass: "GENERAL", score: 100 });
    expect(evaluateCredit({ creditClass: "DISHONEST", score: 10 }, -50, false)).toMatchObject({ score: 0 });
  });

  it("keeps a DISHONEST enterprise so until customs rehabilitates it", () => {
    expect(evaluateCredit({ creditClass: "DISHONEST", score: 60 }, 5, false)).toMatchObject({ creditClass: "DISHONEST", score: 65 });
  });

  it("weighs the departments' events by the rules in force on their day, and leaves staff judgements to their reporter", () => {
    const day = new Date("2026-12-15T00:00:00+08:00");
    expect(weightOf("LIST_REJECTED", day)).toBeLessThan(0);
    expect(weightOf("REBATE_REFUSED", day)).toBeLessThan(0);
    expect(weightOf("INSPECTION_FAILED", day)).toBe(-10);
    expect(weightOf("CLEAN_RECORD", day)).toBeGreaterThan(0);
    expect(weightOf("PENALTY", day)).toBeUndefined();
    expect(() => scoreRuleOn(new Date("2018-04-30T12:00:00+08:00"))).toThrow(/no rule in force/);
  });
});
