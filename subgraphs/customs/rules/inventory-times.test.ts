import { chinaYear, chinaYearStart } from "../../../lib/rules/china-time";
import { declTimeProblems, INVENTORY_STATUS, waitingDeadline } from "./inventory";

const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe("the declaration date of a list, against the China day it is filed", () => {
  it.each([
    ["today, just after midnight in China (yesterday in UTC)", "2027-01-01", "2027-01-01T00:30:00+08:00"],
    ["today, late in the evening", "2026-12-31", "2026-12-31T23:30:00+08:00"],
    ["the earliest day of the window, 7 days back", "2026-12-24", "2026-12-31T23:30:00+08:00"],
  ])("takes %s", (_, declTime, filedAt) => {
    expect(declTimeProblems({ declTime: day(declTime) }, new Date(filedAt))).toEqual([]);
  });

  it.each([
    ["tomorrow in China", "2027-01-01", "2026-12-31T23:30:00+08:00", /after the day it is filed \(2026-12-31 in China\)/],
    ["a day before the window", "2026-12-23", "2026-12-31T23:30:00+08:00", /declared on a day from 2026-12-24 to 2026-12-31/],
    ["last year's date on the first morning of the year, beyond the window", "2026-12-24", "2027-01-01T00:30:00+08:00", /from 2026-12-25/],
  ])("refuses %s with -621002", (_, declTime, filedAt, message) => {
    const [problem, ...more] = declTimeProblems({ declTime: day(declTime) }, new Date(filedAt));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ field: "declTime", returnStatus: INVENTORY_STATUS.declTime, message: expect.stringMatching(message) });
  });
});

describe("the China year the buyer's quota counts in", () => {
  it("begins at 00:00 on 1 January in China, 16:00 UTC the day before", () => {
    expect(chinaYearStart(2027).toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(chinaYear(new Date("2026-12-31T15:59:59.999Z"))).toBe(2026);
    expect(chinaYear(new Date("2026-12-31T16:00:00.000Z"))).toBe(2027);
  });
});

describe("the deadline of a waiting list", () => {
  it("is 72 hours after the list began to wait, under the rule in force then", () => {
    expect(waitingDeadline(new Date("2026-12-20T10:00:00+08:00")).toISOString()).toBe("2026-12-23T02:00:00.000Z");
  });
});
