import { chinaDay, chinaMonth, chinaYear } from "./china-time";
import { ruleOn } from "./effective";

/** 23:30 in China on the last day of the year is 15:30 UTC; 00:30 on New Year's Day is 16:30 UTC the day before. */
const LATE_ON_NEW_YEARS_EVE = new Date("2026-12-31T23:30:00+08:00");
const EARLY_ON_NEW_YEARS_DAY = new Date("2027-01-01T00:30:00+08:00");

describe("the day, month and year in China", () => {
  it("puts 23:30 on 31 December in China in that day, month and year", () => {
    expect([chinaDay(LATE_ON_NEW_YEARS_EVE), chinaMonth(LATE_ON_NEW_YEARS_EVE), chinaYear(LATE_ON_NEW_YEARS_EVE)]).toEqual(["2026-12-31", "2026-12", 2026]);
  });

  it("puts 00:30 on 1 January in China (still 31 December in UTC) in the new day, month and year", () => {
    expect(EARLY_ON_NEW_YEARS_DAY.toISOString()).toBe("2026-12-31T16:30:00.000Z");
    expect([chinaDay(EARLY_ON_NEW_YEARS_DAY), chinaMonth(EARLY_ON_NEW_YEARS_DAY), chinaYear(EARLY_ON_NEW_YEARS_DAY)]).toEqual(["2027-01-01", "2027-01", 2027]);
  });

  it("gives a calendar date (a Date scalar or DATE column, UTC midnight) its own day and year", () => {
    const declTime = new Date(Date.UTC(2026, 11, 31));
    expect([chinaDay(declTime), chinaYear(declTime)]).toEqual(["2026-12-31", 2026]);
  });
});

describe("the rule in force at an instant (ruleOn)", () => {
  const table = [
    { validFrom: "2026-01-01", name: "old" },
    { validFrom: "2027-01-01", name: "new" },
  ];

  it("is the rule of the instant's day in China, not of its UTC day", () => {
    expect(ruleOn(table, LATE_ON_NEW_YEARS_EVE, "t.rules.json").name).toBe("old");
    expect(ruleOn(table, EARLY_ON_NEW_YEARS_DAY, "t.rules.json").name).toBe("new");
  });

  it("applies from the first minute of its first day in China; before it, the configuration error names the China day", () => {
    expect(() => ruleOn(table, new Date("2026-01-01T07:59:59+08:00"), "t.rules.json")).not.toThrow();
    expect(() => ruleOn(table, new Date("2025-12-31T23:30:00+08:00"), "t.rules.json")).toThrow("t.rules.json has no rule in force on 2025-12-31");
  });
});
