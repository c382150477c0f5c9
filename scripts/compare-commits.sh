#!/usr/bin/env bash
# Development aid: agreement of two commits' scorers on the same frozen answers, side by side.
# Usage: scripts/compare-commits.sh BASE_COMMIT [HEAD_COMMIT|-] [--base-test-split | --file FILE RUBRIC_ID]
#   HEAD_COMMIT defaults to the working tree ("-" says so explicitly, to pass an option).
#   default            the test split of this tree's corpus
#   --base-test-split  only the answers already in the test split at BASE_COMMIT
#   --file FILE ID     a labelled JSONL file (e.g. a fresh batch) for one rubric
# So a change can be judged on answers neither commit was tuned on. Builds each commit into a
# temporary worktree; nothing in this tree is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"
head="${2:-}"
[ "$head" = "-" ] && head=""
mode="${3:-}"
file="${4:-}"
rubric="${5:-}"
baseIds=""
if [ "$mode" = "--base-test-split" ]; then
  baseIds="$(for id in last-job-failure goal-hit-and-miss interview-debrief; do git show "$base:tests/corpus/$id.v1.jsonl" 2>/dev/null; done | node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(JSON.stringify(s.trim().split("\n").filter(Boolean).map((l)=>JSON.parse(l)).filter((r)=>r.split==="test").map((r)=>r.id))))')"
fi
tmp="$(mktemp -d)"
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; [ -n "$head" ] && git worktree remove --force "$tmp/head" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
build() { # commit-or-empty, out
  local dir="$PWD"
  if [ -n "$1" ]; then
    git worktree add -f "$tmp/$2" "$1" >/dev/null 2>&1
    ln -s "$PWD/node_modules" "$tmp/$2/node_modules"
    dir="$tmp/$2"
  fi
  (cd "$dir" && npx esbuild src/index.ts --bundle --platform=node --format=esm --outfile="$tmp/$2.mjs" --log-level=error)
}
build "$base" base
build "$head" head
node --input-type=module -e "
import { readFileSync } from 'node:fs';
const base = await import('$tmp/base.mjs');
const head = await import('$tmp/head.mjs');
const baseIds = '$baseIds' ? new Set(JSON.parse('$baseIds')) : null;
const file = '$file';
for (const id of file ? ['$rubric'] : Object.keys(head.rubrics)) {
  const all = readFileSync(file || 'tests/corpus/' + id + '.v1.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const rows = file ? all : all.filter((r) => r.split === 'test' && (baseIds === null || baseIds.has(r.id)));
  const out = Object.keys(rows[0].labels).map((d) => {
    const labels = rows.map((r) => r.labels[d]);
    const q = (lib) => head.quadraticWeightedKappa(labels, rows.map((r) => lib.score(lib.rubrics[id], { text: r.text }).dimensions[d].level)).toFixed(2);
    return d + ' ' + q(base) + ' -> ' + q(head);
  });
  console.log(id + (file ? ' ' + file : baseIds ? ' test split as at the base commit' : ' test split') + ' (' + rows.length + '): ' + out.join(', '));
}"
