#!/usr/bin/env bash
# The vote's throughput, run by hand: N ballots (default 1000) through the real app (a Release
# publish on loopback) over CLIENTS concurrent clients (default 200), on SQLite and on a throwaway
# PostgreSQL; prints a Markdown table with the ballots stored (none may be lost).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/postgres.sh start)"
work=$(mktemp -d /tmp/pledgewatch-votes-app.XXXXXX)
trap 'scripts/postgres.sh stop "$PG_DIR"; rm -rf "$work"' EXIT
dotnet publish src/Pledgewatch.Web -c Release -o "$work" -nologo -v quiet
dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- votes "$work/Pledgewatch.Web.dll" "${1:-1000}" "${2:-200}"
