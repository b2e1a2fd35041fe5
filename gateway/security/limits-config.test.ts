import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_LIMITS } from "./limits";
import { readLimitsFile } from "./limits-config";
import { DEFAULT_RATE_LIMITS } from "./rate-limit";

const file = (content: string) => {
  const name = path.join(mkdtempSync(path.join(tmpdir(), "limits-")), "limits.json");
  writeFileSync(name, content);
  return name;
};

describe("per-role limits from GATEWAY_LIMITS_FILE", () => {
  it("are the defaults without a file", () => {
    expect(readLimitsFile(undefined)).toEqual({ limits: DEFAULT_LIMITS, rateLimits: DEFAULT_RATE_LIMITS });
  });

  it("override only the values a file names", () => {
    const { limits, rateLimits } = readLimitsFile(file(`{"operations": {"analyst": {"maxCost": 80000}}, "rates": {"partner": {"perSecond": 50}}}`));
    expect(limits.analyst).toEqual({ ...DEFAULT_LIMITS.analyst, maxCost: 80000 });
    expect(limits.staff).toEqual(DEFAULT_LIMITS.staff);
    expect(rateLimits.partner).toEqual({ ...DEFAULT_RATE_LIMITS.partner, perSecond: 50 });
  });

  it.each([[`{"operations": {"analyst": {"maxCost": -1}}}`], [`{"operations": {"robot": {"maxCost": 10}}}`], [`{"operation": {}}`]])(
    "refuse a file that would weaken them by mistake: %s",
    (content) => {
      expect(() => readLimitsFile(file(content))).toThrow();
    },
  );
});
