import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    typecheck: {
      include: ["tests/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
    },
  },
});
