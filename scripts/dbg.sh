#!/usr/bin/env bash
# Development aid: prints which signals fire on a text, and its tokens with their scopes.
set -e
cd "$(dirname "$0")/.."
npx esbuild scripts/debug-signals.ts --bundle --platform=node --format=esm --outfile=node_modules/.cache/debug-signals.mjs --log-level=warning
node node_modules/.cache/debug-signals.mjs "$1"
