import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Runs the built command line as a user would (npm test builds first).
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["dist/cli.js", ...args], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: "true" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "ir-cli-"));
const strong = "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late. Since then I get written lead times from every supplier before I commit to any date, and all four launches went out on time.";

describe("interview-rubrics score", () => {
  it("writes one record per input line, in order, and goes on past broken lines", () => {
    const input = [JSON.stringify({ id: 1, text: strong }), "{not json", JSON.stringify({ id: 3 }), JSON.stringify({ id: 4, text: "x".repeat(30) }), JSON.stringify({ id: 5, text: strong })].join("\n");
    const run = cli(["score", "--rubric", "last-job-failure"], input);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, "line-2", 3, 4, 5]);
    expect(lines[0].result.dimensions.ownership.level).toBe(3);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[4].result.rubric.id).toBe("last-job-failure");
    expect(run.stderr).toMatch(/3 scored, 2 failed/);
  });

  it("exits 0 when every record scores, reading a file and writing a file", () => {
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "a", text: strong })}\n${JSON.stringify({ id: "b", answer: { text: strong } })}\n`);
    const run = cli(["score", "--rubric", "last-job-failure", "--input", input, "--output", output]);
    expect(run.code).toBe(0);
    expect(readFileSync(output, "utf8").trim().split("\n")).toHaveLength(2);
  });

  it("keeps input order and output identical with --workers", () => {
    const input = join(dir, "many.jsonl");
    const texts = [strong, "Honestly, I can't think of a failure at all in my last job to be honest.", "We missed the launch date by three weeks and the client was unhappy about the delay."];
    writeFileSync(input, Array.from({ length: 700 }, (_, k) => JSON.stringify({ id: k, text: texts[k % 3] })).join("\n") + "\n");
    const single = cli(["score", "--rubric", "last-job-failure", "--input", input]);
    const pooled = cli(["score", "--rubric", "last-job-failure", "--input", input, "--workers", "2"]);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 700 }, (_, k) => k));
  }, 60_000);

  it("writes byte for byte what one thread writes with --workers 2 and 3, broken records and odd lines included", () => {
    // Several pieces of 64 KiB: broken JSON, blank lines, CRLF endings, ids from line numbers, an
    // answer past --max-chars, a line of 300 kB, and a last line without a newline.
    const texts = [strong, "Honestly, I can't think of a failure at all in my last job to be honest.", "We missed the launch date by three weeks and the client was unhappy about the delay. ".repeat(8)];
    const lines = Array.from({ length: 240 }, (_, k) => {
      if (k % 37 === 5) return "{not json";
      if (k % 41 === 7) return k % 2 ? "" : "  ";
      if (k % 43 === 9) return `${JSON.stringify({ id: k, text: texts[k % 3] })}\r`;
      if (k % 47 === 11) return JSON.stringify({ text: texts[k % 3] });
      if (k % 53 === 13) return JSON.stringify({ id: k, text: "I was wrong. ".repeat(400) });
      if (k === 120) return JSON.stringify({ id: "long", text: "I was wrong. ".repeat(25_000) });
      return JSON.stringify({ id: k, text: texts[k % 3] });
    });
    const jsonl = join(dir, "mixed.jsonl");
    writeFileSync(jsonl, `\uFEFF${lines.join("\n")}\n{"id": "last", "text": "no newline after me`);
    const csv = join(dir, "mixed.csv");
    // A note column pads it past one piece.
    writeFileSync(csv, `\n,\nid,text,note\n${Array.from({ length: 160 }, (_, k) => (k % 29 === 3 ? `r${k}` : k % 31 === 4 ? "" : `r${k},"${texts[k % 3]!.replace(/'/g, "\n").replace(/"/g, '""')}\r\n,""",${"x".repeat(600)}`)).join("\n")}`);
    for (const [args, workerCounts] of [[["--input", jsonl, "--max-chars", "4000"], ["2", "3"]], [["--input", csv, "--format", "csv"], ["2"]]] as const) {
      const base = ["score", "--rubric", "last-job-failure", ...args];
      const single = cli(base);
      expect(single.code).toBe(1);
      for (const workers of workerCounts) {
        const pooled = cli([...base, "--workers", workers]);
        expect(pooled.code).toBe(single.code);
        expect(pooled.stdout).toBe(single.stdout);
        expect(pooled.stderr.replace(/ in [\d.]+s/, "")).toBe(single.stderr.replace(/ in [\d.]+s/, ""));
      }
    }
  }, 120_000);

  it("reads CSV with quoted fields and newlines, and writes CSV", () => {
    const input = join(dir, "in.csv");
    writeFileSync(input, `id,text\nr1,"${strong.replace(/"/g, '""')}"\nr2,"Two lines,\nwith a comma and ""quotes"" in a long enough answer to be scored."\n`);
    const run = cli(["score", "--rubric", "last-job-failure", "--input", input, "--format", "csv"]);
    const rows = run.stdout.trim().split("\n");
    expect(rows[0]).toBe("id,status,band,total,max,ownership,lesson,momentum,flags,error");
    expect(rows[1]).toMatch(/^r1,scored,strong,9,9,3,3,3,/);
    expect(rows[2]).toMatch(/^r2,/);
    expect(rows).toHaveLength(3);
  });

  it.each([
    [["score", "--rubric", "nope"], /Unknown rubric "nope"/],
    [["score"], /--rubric is required/],
    [["score", "--rubric", "last-job-failure", "--input", "/no/such/file.jsonl"], /no such file/],
    [["score", "--rubric", "last-job-failure", "--format", "xml"], /--format must be/],
    [["score", "--bogus"], /Unknown option/],
    [["frobnicate"], /Unknown command/],
    [["score", "--rubric", "last-job-failure", "--input", tmpdir()], /is a directory/],
    [["rubrics", "show"], /needs a rubric ID/],
  ])("exits 2 with a message naming the fix for %j", (args, message) => {
    const run = cli(args, "");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe("interview-rubrics score: files, streams and odd input", () => {
  const line = JSON.stringify({ id: 1, text: strong });

  it("exits 3 with one line, no stack trace, when the output cannot be written", () => {
    const run = cli(["score", "--rubric", "last-job-failure", "--output", join(dir, "no-such-dir", "out.jsonl")], line);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot open .*out\.jsonl for writing: ENOENT/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(dir, "io-answer.txt"), strong);
    const report = cli(["report", "--rubric", "last-job-failure", "--input", join(dir, "io-answer.txt"), "--out", join(dir, "no-such-dir", "r.html")]);
    expect(report.code).toBe(3);
    expect(report.stderr).toMatch(/cannot write .*r\.html: ENOENT/);
  });

  it("ends quietly when the reader stops early, as `| head -1` does", () => {
    const input = join(dir, "pipe.jsonl");
    writeFileSync(input, `${Array.from({ length: 3000 }, () => line).join("\n")}\n`);
    const run = spawnSync("sh", ["-c", `"${process.execPath}" dist/cli.js score --rubric last-job-failure --input "${input}" | head -1`], { encoding: "utf8" });
    expect(JSON.parse(run.stdout).id).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("skips blank CSV rows and a byte-order mark, like blank JSONL lines", () => {
    const csv = join(dir, "blank.csv");
    writeFileSync(csv, `\uFEFFid,text\nr1,"${strong}"\n\n,\n`);
    const fromCsv = cli(["score", "--rubric", "last-job-failure", "--input", csv]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout.trim().split("\n")).toHaveLength(1);
    const fromJsonl = cli(["score", "--rubric", "last-job-failure"], `\uFEFF${line}\n\n`);
    expect(fromJsonl.code).toBe(0);
    expect(JSON.parse(fromJsonl.stdout).result.dimensions.ownership.level).toBe(3);
  });

  it("writes no output file for a CSV without a text column", () => {
    const csv = join(dir, "notext.csv");
    const output = join(dir, "notext-out.csv");
    writeFileSync(csv, "id,answer\nr1,hello\n");
    const run = cli(["score", "--rubric", "last-job-failure", "--input", csv, "--format", "csv", "--output", output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a "text" column/);
    expect(existsSync(output)).toBe(false);
  });

  it("does not run when imported, only when executed", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", "await import('./dist/cli.js'); console.log('imported')"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("imported\n");
    expect(run.stderr).toBe("");
  });
});

describe("interview-rubrics report, rubrics, help", () => {
  it("writes a self-contained HTML report whose highlights slice the answer exactly", () => {
    const input = join(dir, "answer.txt");
    const out = join(dir, "report.html");
    writeFileSync(input, strong);
    const run = cli(["report", "--rubric", "last-job-failure", "--input", input, "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<link|<script|src="http/);
    const marks = [...html.matchAll(/<mark class="ev"[^>]*data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)</g)];
    expect(marks.length).toBeGreaterThan(0);
    const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    for (const [, start, end, text] of marks) expect(unescape(text!)).toBe(strong.slice(Number(start), Number(end)));
  });

  it("lists and shows the built-in rubrics", () => {
    expect(cli(["rubrics", "list"]).stdout).toMatch(/last-job-failure.*goal-hit-and-miss/s);
    const show = cli(["rubrics", "show", "interview-debrief"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/Candor \(candor\)/);
    expect(show.stdout).toMatch(/  3  A balanced, specific read/);
  });

  it("has --help for every command and --version", () => {
    for (const args of [["--help"], ["score", "--help"], ["report", "--help"], ["rubrics", "--help"]]) {
      const run = cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage/);
    }
    expect(cli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
