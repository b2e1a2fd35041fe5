import { retrySchedule } from "./jobs";
import { WEBHOOK_RETRY } from "../config";

const HOUR = 3600;

describe("the webhook retry schedule", () => {
  const schedule = retrySchedule(WEBHOOK_RETRY);
  const total = (bound: "min" | "max") => schedule.reduce((sum, wait) => sum + wait[bound], 0);

  it("doubles from a minute with jitter, each wait between the doubling and twice it, never more than an hour", () => {
    expect(schedule.slice(0, 7)).toEqual([
      { min: 60, max: 120 },
      { min: 120, max: 240 },
      { min: 240, max: 480 },
      { min: 480, max: 960 },
      { min: 960, max: 1920 },
      { min: 1920, max: 3600 },
      { min: 3600, max: 3600 },
    ]);
    expect(schedule.every((wait) => wait.max <= HOUR)).toBe(true);
  });

  it("keeps retrying for at least 24 hours (and about 25 at most) before a delivery is parked", () => {
    expect(schedule).toHaveLength(29);
    expect(total("min")).toBe(86_580);
    expect(total("min")).toBeGreaterThanOrEqual(24 * HOUR);
    expect(total("max")).toBeLessThanOrEqual(26 * HOUR);
  });
});
