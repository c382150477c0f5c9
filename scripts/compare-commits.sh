#!/usr/bin/env bash
# Development aid: agreement of two commits' scorers on the same frozen answers, side by side.
# Usage: scripts/compare-commits.sh BASE_COMMIT [HEAD_COMMIT]   (HEAD_COMMIT defaults to the working tree)
# Scores the test split of today's corpus with both, so a change can be judged on answers neither
# was tuned on. Builds each commit into a temporary worktree; nothing in this tree is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"
head="${2:-}"
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
for (const id of Object.keys(head.rubrics)) {
  const rows = readFileSync('tests/corpus/' + id + '.v1.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.split === 'test');
  const out = Object.keys(rows[0].labels).map((d) => {
    const labels = rows.map((r) => r.labels[d]);
    const q = (lib) => head.quadraticWeightedKappa(labels, rows.map((r) => lib.score(lib.rubrics[id], { text: r.text }).dimensions[d].level)).toFixed(2);
    return d + ' ' + q(base) + ' -> ' + q(head);
  });
  console.log(id + ' test split (' + rows.length + '): ' + out.join(', '));
}"
