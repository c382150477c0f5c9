#!/usr/bin/env bash
# Development aid: prints which signals fire on a text, and its tokens with their scopes.
npx esbuild /tmp/dbg.ts --bundle --platform=node --format=esm --outfile=/tmp/dbg.mjs --log-level=warning && node /tmp/dbg.mjs "$1"
