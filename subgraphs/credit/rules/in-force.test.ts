import { classOn, entryInForce } from "./in-force";

const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

describe("a negative-list entry in force", () => {
  const entry = { effectiveFrom: day("2026-03-10"), removedOn: day("2026-04-01") };
  it("is in force from its first day, included, to its removal day, excluded", () => {
    expect(["2026-03-09", "2026-03-10", "2026-03-31", "2026-04-01"].map((d) => entryInForce(entry, day(d)))).toEqual([false, true, true, false]);
    expect(entryInForce({ ...entry, removedOn: null }, day("2030-01-01"))).toBe(true);
  });
});

describe("the credit class on a day", () => {
  const change = (toClass: "GENERAL" | "ADVANCED_CERTIFIED" | "DISHONEST", effectiveFrom: string, decidedAt: string) => ({
    toClass,
    effectiveFrom: day(effectiveFrom),
    decidedAt: new Date(decidedAt),
  });
  const changes = [
    change("ADVANCED_CERTIFIED", "2026-05-01", "2026-04-20T02:00:00Z"),
    change("DISHONEST", "2026-06-01", "2026-04-21T02:00:00Z"),
    change("GENERAL", "2026-06-01", "2026-05-30T02:00:00Z"),
  ];
  it("is the latest change effective on or before it, the later decision winning on the same day, else the profile's", () => {
    expect(classOn(changes, day("2026-04-30"), "GENERAL")).toBe("GENERAL");
    expect(classOn(changes, day("2026-04-30"), null)).toBeNull();
    expect(classOn(changes, day("2026-05-01"), "GENERAL")).toBe("ADVANCED_CERTIFIED");
    expect(classOn(changes, day("2026-06-01"), "DISHONEST")).toBe("GENERAL");
  });
});
