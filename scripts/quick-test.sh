#!/usr/bin/env bash
# The quick loop while changing code: builds and runs the unit, spec, property and architecture
# tests — everything that needs no database, no web server and no browser. scripts/test.sh runs all.
#   scripts/quick-test.sh [dotnet test options, e.g. --filter "FullyQualifiedName~Lists"]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

projects=(
  tests/Pledgewatch.Architecture.Tests
  tests/Pledgewatch.Extraction.Tests
  tests/Pledgewatch.Tracking.Tests
  tests/Pledgewatch.Voting.Tests
  tests/Pledgewatch.Projects.Tests
  tests/Pledgewatch.Geo.Tests
)
status=0
for p in "${projects[@]}"; do
  dotnet build "$p" -c Release -nologo -v quiet -clp:NoSummary
done
for p in "${projects[@]}"; do
  dotnet test "$p" -c Release --no-build -nologo "$@" 2>&1 | grep -Ev '^(Test run for|VSTest version|A total of|Starting test execution|$)' || status=$?
done
exit "$status"
