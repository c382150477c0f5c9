import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The fitted parameters are data; re-running the fit on the dev split must reproduce them.
describe("calibration", () => {
  it("re-fitting on the dev split reproduces rubrics/*/calibration.json", () => {
    expect(() => execFileSync(process.execPath, ["scripts/calibrate.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  }, 120_000);
});
