import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// Runs against the built package (npm test builds first), as a platform would import it.
const text =
  "I promised the client a go-live date without checking the vendor's lead time, and we shipped two weeks late. " +
  "Since then I confirm lead times in writing before I commit to any date, and all four launches this year landed on time.";

describe("built package", () => {
  it("scores from the ESM build with evidence that slices the input", async () => {
    const { rubrics, score, ScoreResultSchema } = await import("../dist/index.js");
    const result = score(rubrics["last-job-failure"], { text });
    expect(ScoreResultSchema.safeParse(result).success).toBe(true);
    expect(result.dimensions.ownership.level).toBe(3);
    for (const dimension of Object.values(result.dimensions)) {
      for (const e of dimension.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("scores from the CommonJS build the same way", async () => {
    const require = createRequire(import.meta.url);
    const cjs = require("../dist/index.cjs");
    const esm = await import("../dist/index.js");
    expect(JSON.stringify(cjs.score(cjs.rubrics["last-job-failure"], { text }))).toBe(JSON.stringify(esm.score(esm.rubrics["last-job-failure"], { text })));
  });
});

describe("built testing subpath", () => {
  it("exports the matchers and builders", async () => {
    const testing = await import("../dist/testing.js");
    expect(typeof testing.installRubricMatchers).toBe("function");
    expect(Object.keys(testing.rubricMatchers)).toEqual(["toHaveLevel", "toScoreAtLeast", "toHaveFlag", "toCite", "toNeedHumanReview"]);
  });
});
