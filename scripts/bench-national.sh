#!/usr/bin/env bash
# The national benchmark: N synthetic reports (default 30000) over the national region tree, ten
# years per region, imported into a throwaway PostgreSQL; then a province's scorecard and the
# comparison of the 31 provinces, timed. Prints a Markdown table. (--sqlite: into a SQLite file instead.)
set -euo pipefail
cd "$(dirname "$0")/.."
count=30000
sqlite=no
for a in "$@"; do
  case "$a" in
    --sqlite) sqlite=yes ;;
    *) count="$a" ;;
  esac
done
if [ "$sqlite" = yes ]; then
  unset PLEDGEWATCH_TEST_POSTGRES
  exec dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- national "$count"
fi
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$PG_DIR"' EXIT
dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- national "$count"
