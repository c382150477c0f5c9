import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIBRARY } from "../src/index.js";
import pkg from "../package.json" with { type: "json" };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const NODE_BUILTINS = /from\s+["'](node:|fs|path|os|url|util|crypto|http|https|stream|child_process|worker_threads|process|buffer|events)["'/]/;

describe("package", () => {
  it("writes the package.json version into every receipt", () => {
    expect(LIBRARY).toEqual({ name: pkg.name, version: pkg.version });
  });

  it("keeps Node built-ins and test runners out of the core (only src/cli may use Node; only src/testing, vitest)", () => {
    const offenders = [...sourceFiles("src"), ...sourceFiles("rubrics")]
      .filter((file) => !file.startsWith(join("src", "cli")))
      .filter((file) => NODE_BUILTINS.test(readFileSync(file, "utf8")) || /\bprocess\.|\brequire\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
    const vitestUsers = sourceFiles("src").filter((file) => /from\s+["']vitest["']/.test(readFileSync(file, "utf8")));
    expect(vitestUsers.every((file) => file.startsWith(join("src", "testing")))).toBe(true);
  });

  it("keeps the core's runtime dependencies to zod (peer) and ts-pattern", () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["ts-pattern"]);
    expect(pkg.peerDependencies).toEqual({ zod: "^4.0.0", vitest: ">=4.0.0" });
    expect(pkg.peerDependenciesMeta).toEqual({ vitest: { optional: true } });
    // Only the matcher-registering setup entry has side effects.
    expect(pkg.sideEffects).toEqual(["./dist/testing-setup.js", "./dist/testing-setup.cjs"]);
  });

  it("never evaluates code from text", () => {
    const dynamic = sourceFiles("src").filter((file) => /\beval\(|new Function\(|import\(/.test(readFileSync(file, "utf8")));
    expect(dynamic).toEqual([]);
  });
});
