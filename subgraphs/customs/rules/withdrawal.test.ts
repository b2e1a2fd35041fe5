import { taxListStatus, TAX_LIST_STATUS } from "./tax-list";
import { lastReleaseWithClosedWindow, returnProblem } from "./withdrawal";

describe("the return window", () => {
  // Released on 1 November (a China day, held at UTC midnight): the 30 days run to the end of 1 December in China.
  const released = { returnStatus: 800, ieDate: new Date("2026-11-01T00:00:00Z") };
  const lastEvening = new Date("2026-12-01T15:30:00Z"); // 23:30 on 1 December in China
  const nextNight = new Date("2026-12-01T16:30:00Z"); // 00:30 on 2 December in China, still 1 December in UTC

  it("is open until midnight in China on its last day", () => {
    expect(returnProblem(released.ieDate, lastEvening)).toBeNull();
    expect(taxListStatus(released, lastEvening)).toBe(TAX_LIST_STATUS.issued);
  });

  it("has closed at 00:30 in China the next day, though it is still the last day in UTC", () => {
    expect(returnProblem(released.ieDate, nextNight)).toBe("released 31 days ago; goods are returned within 30 days of release");
    expect(taxListStatus(released, nextNight)).toBe(TAX_LIST_STATUS.summarised);
  });

  it("selects the same lists in SQL as one by one", () => {
    expect(lastReleaseWithClosedWindow(lastEvening).toISOString()).toBe("2026-10-31T00:00:00.000Z");
    expect(lastReleaseWithClosedWindow(nextNight).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
});
