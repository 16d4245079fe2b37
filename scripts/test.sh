#!/usr/bin/env bash
# Runs every test of Pledgewatch on a fresh machine: installs what is missing, builds,
# starts a throwaway PostgreSQL server (the storage tests run on SQLite and on PostgreSQL), runs the
# unit, spec, property, storage, CLI, web and browser tests (Chromium from the system's packages;
# screenshots in artifacts/screenshots), then the ratchets: the gold claim score and the verdict
# agreement on the report series of ../shared/series.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
# The browser tests drive the system's Chromium; Chinese needs a CJK font to render.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk" || need_apt+=(fonts-wqy-microhei)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}";
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"; fi
fi
if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK (dotnet) is required and not on PATH" >&2
  exit 1
fi
if [ ! -d ../shared/corpus ]; then
  echo "error: the corpus is expected at ../shared/corpus" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== build"
dotnet build Pledgewatch.slnx -c Release -nologo -v quiet

echo "== postgresql"
eval "$(scripts/postgres.sh start)"
trap 'scripts/postgres.sh stop "$PG_DIR"' EXIT

echo "== tests"
log=$(mktemp)
status=0
dotnet test Pledgewatch.slnx -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"

echo "== gold score"
gold=0
scripts/gold-score.sh --check || gold=$?

echo "== verdict score"
verdicts=0
scripts/verdict-score.sh --check || verdicts=$?

for ratchet in "$gold" "$verdicts"; do
  if [ "$ratchet" -ne 0 ]; then failed=$((failed + 1)); else passed=$((passed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$gold" -eq 0 ] && [ "$verdicts" -eq 0 ]
