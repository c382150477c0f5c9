import { defineConfig } from "tsup";

// zod is a peer and ts-pattern a dependency: both stay external so a host app keeps one copy.
const external = ["zod", "ts-pattern", "vitest"];

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts", "testing-setup": "src/testing/setup.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    external,
  },
  {
    // The command line is the only Node-specific entry; its worker thread is an entry of its own.
    entry: { cli: "src/cli/index.ts", "cli-thread": "src/cli/thread.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    external,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
