#!/usr/bin/env bash
# Development aid: bundles and runs scripts/quick-eval.ts (agreement on the DEV split only).
set -e
cd "$(dirname "$0")/.."
npx esbuild scripts/quick-eval.ts --bundle --platform=node --format=esm --outfile=node_modules/.cache/quick-eval.mjs --log-level=warning
node node_modules/.cache/quick-eval.mjs "$@"
