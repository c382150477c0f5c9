// npm run bench: throughput, latency, memory and cold start of score(), side by side with the two
// NLP libraries a user would otherwise reach for, on the same texts in the same run. Prints the
// figures and writes bench/results.json. A script, not a test: figures vary with the machine.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, devNull } from "node:os";
import { rubrics, score } from "../dist/index.js";

const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp");
const winkModel = require("wink-eng-lite-web-model");
const compromise = require("compromise");

// ---- texts: the corpus, and a seeded generator of varied answers at fixed lengths ----
const corpusUrls = ["last-job-failure", "goal-hit-and-miss", "interview-debrief"].map((id) => new URL(`../tests/corpus/${id}.v1.jsonl`, import.meta.url));
const corpus = corpusUrls.flatMap((url) =>
  readFileSync(url, "utf8").trim().split("\n").map((line) => JSON.parse(line).text),
);
const sentences = corpus.flatMap((text) => text.split(/(?<=[.!?])\s+/)).filter((s) => s.split(" ").length >= 4);
function generate(words, seed) {
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const out = [];
  let count = 0;
  while (count < words) {
    const sentence = sentences[Math.floor(random() * sentences.length)];
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(" ");
}
const LENGTHS = [100, 300, 1000, 5000];
const rubric = rubrics["last-job-failure"];

// ---- the three contenders, each a function of one text ----
const wink = winkNLP(winkModel, ["sbd", "pos"]);
const contenders = {
  "interview-rubrics score": (text) => score(rubric, { text }, { maxChars: 1e7 }),
  "wink-nlp (sbd, pos)": (text) => wink.readDoc(text).tokens().out(wink.its.pos),
  "compromise (nlp + 2 match)": (text) => {
    const doc = compromise(text);
    return [doc.match("#Pronoun #Verb").length, doc.match("(since|after) #Noun").length];
  },
};

// Warm-up before timing: a scorer of many small functions reaches its optimized code only after
// a few thousand answers, so twenty runs measured the JIT's warm-up more than the scorer (time per
// answer fell fourfold between the first and the sixth pass over the last-job corpus in one
// process). Every contender gets the same time to warm up; the fresh-process figure below times
// the first answers on their own.
const WARM_UP_MS = 2000;
function warmUp(run, texts) {
  const started = performance.now();
  for (let i = 0; performance.now() - started < WARM_UP_MS || i < 20; i++) run(texts[i % texts.length]);
}

function measure(run, texts, budgetMs) {
  warmUp(run, texts);
  const latencies = [];
  let bytes = 0;
  const started = performance.now();
  let i = 0;
  while (performance.now() - started < budgetMs || latencies.length < 20) {
    const text = texts[i++ % texts.length];
    const t0 = performance.now();
    run(text);
    latencies.push(performance.now() - t0);
    bytes += text.length;
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    answersPerSecond: latencies.length / elapsed,
    mbPerSecond: bytes / 1e6 / elapsed,
    p50Ms: latencies[Math.floor(latencies.length * 0.5)],
    p99Ms: latencies[Math.floor(latencies.length * 0.99)],
    runs: latencies.length,
  };
}

const results = { machine: { node: process.version, cpus: availableParallelism() }, lengths: {}, corpus: {}, coldStartMs: null, peakRssMb: null, cli: null };
const fmt = (x, d = 0) => x.toLocaleString("en-GB", { maximumFractionDigits: d, minimumFractionDigits: d });

console.log(`interview-rubrics benchmark · node ${process.version} · ${availableParallelism()} CPUs · scoring on one thread\n`);
for (const words of LENGTHS) {
  const texts = Array.from({ length: 50 }, (_, k) => generate(words, words * 1000 + k));
  results.lengths[words] = {};
  console.log(`${words} words`);
  for (const [name, run] of Object.entries(contenders)) {
    const budget = name.startsWith("compromise") && words >= 1000 ? 1500 : 2500;
    const m = measure(run, texts, budget);
    results.lengths[words][name] = m;
    console.log(`  ${name.padEnd(28)} ${fmt(m.answersPerSecond).padStart(8)} answers/s  ${fmt(m.mbPerSecond, 2).padStart(6)} MB/s  p50 ${fmt(m.p50Ms, 3)} ms  p99 ${fmt(m.p99Ms, 3)} ms`);
  }
  const ours = results.lengths[words]["interview-rubrics score"].answersPerSecond;
  const ratios = Object.entries(results.lengths[words]).filter(([n]) => !n.startsWith("interview")).map(([n, m]) => `${n.split(" ")[0]} ${fmt(ours / m.answersPerSecond, 1)}x`);
  console.log(`  ratio ours/peer: ${ratios.join(", ")}\n`);
}
const corpusRun = measure(contenders["interview-rubrics score"], corpus, 2500);
results.corpus = corpusRun;
console.log(`labelled corpus (${corpus.length} answers): ${fmt(corpusRun.answersPerSecond)} answers/s, p99 ${fmt(corpusRun.p99Ms, 3)} ms`);
results.peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS of this process: ${fmt(results.peakRssMb, 1)} MB`);

// ---- cold start: a fresh Node process that imports the package and scores once, minus an empty one ----
function medianProcessMs(args, n = 9) {
  const times = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}
const empty = medianProcessMs(["-e", ""]);
const cold = medianProcessMs(["--input-type=module", "-e", `import { rubrics, score } from "${new URL("../dist/index.js", import.meta.url).href}"; score(rubrics["last-job-failure"], { text: "I agreed to the date without checking the lead time, and we shipped late." });`]);
results.coldStartMs = cold - empty;
console.log(`cold start (import + first score, beyond an empty node): ${fmt(results.coldStartMs, 1)} ms`);
// How much of that is the zod peer dependency's own import, which this package cannot avoid.
results.zodImportMs = medianProcessMs(["--input-type=module", "-e", `import "zod";`]) - empty;
console.log(`  of which importing zod alone: ${fmt(results.zodImportMs, 1)} ms`);
// A short-lived process (a serverless handler, a one-off batch) never reaches the optimized code
// the figures above measure: the first 1,000 corpus answers of a fresh process, timed on their own.
const FRESH_ANSWERS = 1000;
const fresh = spawnSync(process.execPath, ["--input-type=module", "-e", `
import { readFileSync } from "node:fs";
import { rubrics, score } from "${new URL("../dist/index.js", import.meta.url).href}";
const texts = ${JSON.stringify(corpusUrls.map((url) => url.href))}
  .flatMap((url) => readFileSync(new URL(url), "utf8").trim().split("\\n").map((line) => JSON.parse(line).text));
const started = performance.now();
for (let i = 0; i < ${FRESH_ANSWERS}; i++) score(rubrics["last-job-failure"], { text: texts[(i * 7) % texts.length] });
process.stdout.write(String(${FRESH_ANSWERS} / ((performance.now() - started) / 1000)));`], { encoding: "utf8" });
if (fresh.status !== 0) throw new Error(`the fresh-process run failed: ${fresh.stderr}`);
results.freshProcessAnswersPerSecond = Number(fresh.stdout);
console.log(`first ${fmt(FRESH_ANSWERS)} corpus answers of a fresh process: ${fmt(results.freshProcessAnswersPerSecond)} answers/s (${fmt(results.freshProcessAnswersPerSecond / corpusRun.answersPerSecond, 2)}x the warmed-up corpus figure)`);

// ---- the CLI on 100,000 records ----
const records = 100_000;
const path = "bench/records.jsonl";
const lines = [];
for (let k = 0; k < records; k++) lines.push(JSON.stringify({ id: k, text: corpus[k % corpus.length] }));
writeFileSync(path, lines.join("\n") + "\n");
// Each CLI run reports its own peak RSS on exit (worker threads share the process), so no
// platform tool such as GNU time is needed.
const REPORT_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kb "+process.resourceUsage().maxRSS+"\\n"))`;
function runCli(input, extra = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", REPORT_RSS, "dist/cli.js", "score", "--rubric", "last-job-failure", "--input", input, "--output", devNull, ...extra], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the CLI failed (exit ${run.status}): ${run.stderr}`);
  const rss = /maxrss-kb (\d+)/.exec(run.stderr);
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : null };
}
const single = runCli(path);
results.cli = { records, seconds: single.seconds, recordsPerSecond: records / single.seconds, peakRssMb: single.peakRssMb };
console.log(`CLI, ${fmt(records)} records: ${fmt(records / single.seconds)} records/s, peak RSS ${fmt(single.peakRssMb, 1)} MB`);

// --workers: the median of three runs each way on 20,000 records, since one run is noisy.
const workers = Math.max(2, availableParallelism());
const smallPath = "bench/records-20k.jsonl";
writeFileSync(smallPath, lines.slice(0, 20_000).join("\n") + "\n");
const median = (runs) => runs.map((r) => r.seconds).sort((a, b) => a - b)[1];
const threeRuns = (extra) => Array.from({ length: 3 }, () => runCli(smallPath, extra));
const inline = threeRuns([]);
const pooled = threeRuns(["--workers", String(workers)]);
const pooledPeak = Math.max(...pooled.map((r) => r.peakRssMb ?? 0));
results.cliWorkers = { workers, records: 20_000, inlineSeconds: median(inline), pooledSeconds: median(pooled), speedup: median(inline) / median(pooled), peakRssMb: pooledPeak };
console.log(`CLI --workers ${workers} on 20,000 records: ${fmt(20_000 / median(pooled))} records/s vs ${fmt(20_000 / median(inline))} inline (${fmt(median(inline) / median(pooled), 2)}x, median of 3), peak RSS ${fmt(pooledPeak, 1)} MB`);

writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote bench/results.json");
