#!/usr/bin/env bash
# Development aid: bundles and runs scripts/quick-eval.ts.
set -e
npx esbuild scripts/quick-eval.ts --bundle --platform=node --format=esm --outfile=/tmp/qe.mjs --log-level=warning
node /tmp/qe.mjs "$@"
