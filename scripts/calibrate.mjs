// Fits each rubric's decision parameters on the DEV split of the labelled corpus (never the test
// split) and writes them to rubrics/<id>/calibration.json, the versioned data the rubric reads, with
// the record of the fit (corpus, method, dev agreement per criterion) in calibration-fit.json.
// `node scripts/calibrate.mjs --check` re-fits and fails if the committed files differ.
import { readFileSync, writeFileSync } from "node:fs";
import { fitRubricParams, rubrics } from "../dist/index.js";
import { RUBRIC_IDS, readCorpus } from "./corpus.mjs";

const check = process.argv.includes("--check");
let stale = 0;
for (const id of RUBRIC_IDS) {
  const dev = readCorpus(id, "dev");
  const fitted = fitRubricParams(rubrics[id], dev);
  const round = (x) => Math.round(x * 1000) / 1000;
  // The parameters the rubric reads at run time, and apart from them the record of the fit: the
  // record is for people and would otherwise ship in every browser bundle of the core.
  const params = { params: Object.fromEntries(Object.entries(fitted).map(([key, f]) => [key, f.params])) };
  const record = {
    rubric: id,
    fittedOn: `tests/corpus/${id}.v1.jsonl, dev split (${dev.length} answers)`,
    method: "exhaustive search over each criterion's grid, maximising quadratic weighted kappa; the defaults stay unless the best values beat them by at least 0.01, and ties keep the values closest to the defaults",
    params: params.params,
    devQwk: Object.fromEntries(Object.entries(fitted).map(([key, f]) => [key, { fitted: round(f.qwk), defaults: round(f.defaultQwk), tried: f.tried }])),
  };
  for (const [path, data] of [[`rubrics/${id}/calibration.json`, params], [`rubrics/${id}/calibration-fit.json`, record]]) {
    const text = JSON.stringify(data, null, 2) + "\n";
    if (check) {
      let current = "";
      try { current = readFileSync(path, "utf8"); } catch {}
      if (current !== text) {
        stale++;
        console.error(`${path} differs from a fresh fit:\n${text}`);
      }
    } else {
      writeFileSync(path, text);
    }
  }
  if (!check) console.log(`rubrics/${id}/calibration.json: ${JSON.stringify(params.params)}`);
}
if (check && stale > 0) process.exit(1);
