import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // zod is a peer and ts-pattern a dependency: both stay external so a host app keeps one copy.
  external: ["zod", "ts-pattern", "vitest"],
});
