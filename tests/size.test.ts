import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import budget from "../size-budget.json" with { type: "json" };

// Minified, gzipped browser bundle of the given exports of the core, zod and ts-pattern external.
async function bundledBytes(exports: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    stdin: { contents: `export { ${exports} } from "./src/index.ts";`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external: ["zod", "ts-pattern"],
    write: false,
    logLevel: "silent",
  });
  return { bytes: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, text: result.outputFiles[0]!.text };
}

// The core's browser bundle stays within its budget (size-budget.json).
describe("bundle size", () => {
  it("keeps the core's minified, gzipped browser bundle within budget", async () => {
    const { bytes, text } = await bundledBytes("score, safeScore, rubrics, ScoreResultSchema, RubricInputError");
    // Built for the browser, a Node built-in would not resolve; say so plainly if one slips in.
    expect(text).not.toMatch(/["'](node:)?(fs|path|os|child_process|worker_threads|util|url|crypto|stream|buffer)["']/);
    console.info(`core bundle: ${bytes} bytes gzipped (budget ${budget.budgetBytes}, target ${budget.targetBytes})`);
    expect(bytes).toBeLessThanOrEqual(budget.budgetBytes);
  });

  it("leaves out the built-in rubrics an application does not import", async () => {
    const all = await bundledBytes("score, rubrics");
    for (const name of ["lastJobFailure", "goalHitAndMiss", "interviewDebrief"]) {
      const { bytes } = await bundledBytes(`score, ${name}`);
      console.info(`core bundle with ${name} only: ${bytes} bytes gzipped`);
      // Each rubric's own criteria, flags and signals are several kilobytes: dropping two of
      // the three must show.
      expect(bytes).toBeLessThan(all.bytes * 0.93);
    }
  });
});
