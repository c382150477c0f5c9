import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import budget from "../size-budget.json" with { type: "json" };

// The core's browser bundle stays within its budget (size-budget.json).
describe("bundle size", () => {
  it("keeps the core's minified, gzipped browser bundle within budget", async () => {
    const result = await build({
      stdin: { contents: 'export { score, safeScore, rubrics, ScoreResultSchema, RubricInputError } from "./src/index.ts";', resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      external: ["zod", "ts-pattern"],
      write: false,
      logLevel: "silent",
    });
    // Built for the browser, a Node built-in would not resolve; say so plainly if one slips in.
    expect(result.outputFiles[0]!.text).not.toMatch(/["'](node:)?(fs|path|os|child_process|worker_threads|util|url|crypto|stream|buffer)["']/);
    const bytes = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    console.info(`core bundle: ${bytes} bytes gzipped (budget ${budget.budgetBytes}, target ${budget.targetBytes})`);
    expect(bytes).toBeLessThanOrEqual(budget.budgetBytes);
  });
});
