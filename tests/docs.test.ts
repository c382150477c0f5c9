import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "api" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s+/g, "-");

describe("the rubric handbook", () => {
  it("is up to date: regenerating it changes nothing", () => {
    const out = mkdtempSync(join(tmpdir(), "handbook-"));
    execFileSync(process.execPath, ["scripts/handbook.mjs", out], { stdio: "pipe" });
    const committed = [...files("docs/handbook", ".md"), ...files("docs/handbook", ".html"), ...files("docs/handbook", ".css")];
    expect(committed.length).toBeGreaterThan(8);
    for (const file of committed) {
      const fresh = readFileSync(join(out, relative("docs/handbook", file)), "utf8");
      expect(readFileSync(file, "utf8"), `${file} is stale: run npm run docs`).toBe(fresh);
    }
  });

  it("shows every rubric completely: questions, anchors, flags, probes, worked examples, scorecard", () => {
    for (const id of ["last-job-failure", "goal-hit-and-miss", "interview-debrief"]) {
      const page = readFileSync(`docs/handbook/${id}.md`, "utf8");
      for (const heading of ["## The question", "## Dimensions", "## Red flags", "## Worked examples", "### A strong answer", "### A mixed answer", "### A weak answer"]) expect(page).toContain(heading);
      expect(page).toMatch(/Follow-up probes/);
      expect(readFileSync(`docs/handbook/${id}-scorecard.md`, "utf8")).toMatch(/☐/);
    }
    const limits = readFileSync("docs/handbook/how-scoring-works.md", "utf8");
    const report = JSON.parse(readFileSync("docs/eval/report.json", "utf8"));
    const ownership = report.test[0].dimensions.ownership.qwk.toFixed(2);
    expect(limits).toContain(`| last-job-failure | ownership | ${report.test[0].dimensions.ownership.n} | ${ownership} |`);
    expect(limits).toMatch(/never as a pass\/fail gate/);
  });
});

describe("links in the docs", () => {
  const markdown = ["README.md", ...files("docs", ".md")];

  it.each(markdown)("every relative link and anchor in %s resolves", (file) => {
    const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split("#");
      const resolved = path ? resolve(dirname(file), path) : resolve(file);
      expect(() => statSync(resolved), `${file} links to missing ${target}`).not.toThrow();
      if (anchor && resolved.endsWith(".md")) {
        const headings = [...readFileSync(resolved, "utf8").matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
        expect(headings, `${file} links to missing anchor #${anchor} in ${path}`).toContain(anchor);
      }
    }
  });

  it.each(files("docs/handbook/site", ".html"))("every link and stylesheet in %s resolves", (file) => {
    const html = readFileSync(file, "utf8");
    for (const [, target] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split("#");
      const resolved = path ? resolve(dirname(file), path) : resolve(file);
      expect(() => statSync(resolved), `${file} links to missing ${target}`).not.toThrow();
      if (anchor) expect(readFileSync(resolved, "utf8")).toContain(`id="${anchor}"`);
    }
  });
});

describe("guides", () => {
  it("the custom-rubric guide's example compiles, runs and prints what it says", () => {
    const guide = readFileSync("docs/guides/custom-rubric.md", "utf8");
    const code = /```js\n([\s\S]*?)```/.exec(guide)![1]!;
    // Inside the repository so "interview-rubrics" resolves to this package by its own name.
    const dir = join("tests", "artifacts", "guides");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "custom-rubric.mjs"), code);
    const run = spawnSync(process.execPath, [join(dir, "custom-rubric.mjs")], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe(/\/\/ (.+)\n```/.exec(guide)![1]);
  });
});

describe("API reference", () => {
  it("typedoc validates every entry point with warnings as errors", () => {
    const run = spawnSync(process.execPath, ["node_modules/typedoc/bin/typedoc", "--emit", "none"], { encoding: "utf8" });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 120_000);
});
