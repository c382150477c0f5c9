// Where the scoring time goes: scores generated ~300-word answers for a few seconds under
// `node --cpu-prof` in a child process, then prints self time by function (top 25) and, for a
// function named on the command line, its hottest source lines.
// Usage: npm run build && node bench/profile.mjs [seconds] [function]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const seconds = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), "ir-prof-"));
const dist = new URL("../dist/index.js", import.meta.url).href;
const corpusUrl = new URL("../tests/corpus/last-job-failure.v1.jsonl", import.meta.url);
// The child builds ~300-word answers from the labelled corpus and scores them in a loop.
const child = `
import { readFileSync } from "node:fs";
import { rubrics, score } from ${JSON.stringify(dist)};
const rows = readFileSync(new URL(${JSON.stringify(corpusUrl.href)}), "utf8").trim().split("\\n").map((l) => JSON.parse(l).text);
const texts = [];
for (let i = 0; i < 50; i++) { let t = ""; for (let k = i; t.split(" ").length < 300; k += 7) t += rows[k % rows.length] + " "; texts.push(t); }
const rubric = rubrics["last-job-failure"];
const started = performance.now();
let n = 0;
while (performance.now() - started < ${seconds * 1000}) score(rubric, { text: texts[n++ % texts.length] });
console.log(Math.round(n / ${seconds}) + " answers/s under the profiler");
`;
const run = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--input-type=module", "-e", child], { encoding: "utf8" });
if (run.status !== 0) throw new Error(run.stderr);
process.stdout.write(run.stdout);

const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), "utf8"));
rmSync(dir, { recursive: true, force: true });
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const frame = nodes.get(id).callFrame;
  const where = frame.url ? `${frame.url.split("/").slice(-1)[0]}:${frame.lineNumber + 1}` : "";
  const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
  selfTime.set(key, (selfTime.get(key) ?? 0) + dt);
  total += dt;
});
console.log("self time, share of all samples:");
for (const [key, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(6)}%  ${key.length > 110 ? `${key.slice(0, 107)}...` : key}`);
}

const hotFunction = process.argv[3];
if (hotFunction) {
  const ticks = new Map();
  let url = null;
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== hotFunction) continue;
    url = node.callFrame.url;
    for (const { line, ticks: n } of node.positionTicks ?? []) ticks.set(line, (ticks.get(line) ?? 0) + n);
  }
  if (url === null) {
    console.log(`\nno samples in a function named ${hotFunction}`);
  } else {
    const source = readFileSync(new URL(url), "utf8").split("\n");
    console.log(`\nhottest lines of ${hotFunction} (samples, line, source):`);
    for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`${String(n).padStart(6)}  ${String(line).padStart(5)}  ${source[line - 1].trim().slice(0, 120)}`);
    }
  }
}
