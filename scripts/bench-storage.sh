#!/usr/bin/env bash
# The storage benchmark: N synthetic reports (default 1000) imported into SQLite and into a throwaway
# PostgreSQL, then one region-year scorecard built many times from each. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$PG_DIR"' EXIT
dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- storage "${1:-1000}"
