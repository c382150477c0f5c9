import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fitRubricParams, rubrics } from "../src/index.js";
// @ts-expect-error: a plain ES module script shared with the corpus tools, without types
import { readCorpus } from "../scripts/corpus.mjs";
import type { LabelledAnswer } from "../src/index.js";

// The fitted parameters are data; re-running the fit on the dev split must reproduce them.
describe("calibration", () => {
  it("re-fitting on the dev split reproduces rubrics/*/calibration.json", () => {
    expect(() => execFileSync(process.execPath, ["scripts/calibrate.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  }, 120_000);

  // A small sample, so that some grid values beat the defaults by a little, by chance.
  const sample = (readCorpus("last-job-failure", "dev") as LabelledAnswer[]).slice(0, 80);
  const rubric = rubrics["last-job-failure"];
  const movedFromDefaults = (fit: ReturnType<typeof fitRubricParams>) =>
    Object.entries(fit).filter(([key, f]) => Object.entries(f.params).some(([name, value]) => value !== rubric.criteria[key as keyof typeof rubric.criteria].params[name]));

  it("leaves a parameter at its default unless the fit gains at least minGain", () => {
    const free = fitRubricParams(rubric, sample, { minGain: 0 });
    const strict = fitRubricParams(rubric, sample, { minGain: 1 });
    // Without a margin the search moves something on so small a sample; with an impossible margin nothing moves.
    expect(movedFromDefaults(free).length).toBeGreaterThan(0);
    expect(movedFromDefaults(strict)).toEqual([]);
    for (const f of Object.values(strict)) expect(f.qwk).toBe(f.defaultQwk);
    const usual = fitRubricParams(rubric, sample);
    for (const [key, f] of movedFromDefaults(usual)) expect(f.qwk - f.defaultQwk, key).toBeGreaterThanOrEqual(0.01);
    for (const f of Object.values(free)) expect(f.qwk).toBeGreaterThanOrEqual(f.defaultQwk);
  }, 60_000);
});
