#!/usr/bin/env bash
# Batch scoring a JSONL file with the CLI: one output line per input line, in order; a summary
# on stderr; exit 1 if any record failed. Run after npm run build.
set -euo pipefail
cd "$(dirname "$0")/.."
node dist/cli.js score --rubric last-job-failure --input examples/answers.jsonl --format table
