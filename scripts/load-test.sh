#!/usr/bin/env bash
# Load on the web app over loopback with wrk, run by hand (not a test): the scorecard page, the
# claims API, the public project map and the projects API (with the sample projects) at 64
# concurrent connections, beside a static file served by the same app (the framework's ceiling on
# this machine). Prints a Markdown table of requests/s and p99 latency.
#   scripts/load-test.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null 2>&1 || { as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

work=$(mktemp -d /tmp/pledgewatch-load.XXXXXX)
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Pledgewatch.Web -c Release -o "$work/app" -nologo -v quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
corpus=$(cd ../shared/corpus && pwd)
(cd "$work/app" && exec dotnet Pledgewatch.Web.dll --db "$work/load.db" --urls "$base" --import "$corpus" --sample-data true > "$work/app.log" 2>&1) &
app=$!
for _ in $(seq 1 120); do curl -sf "$base/api/v1/regions" >/dev/null && break; sleep 0.5; done

scorecard="$base/scorecard/%E5%B8%B8%E5%B7%9E%E5%B8%82/2024"
claims="$base/api/v1/claims?region=320400&year=2024"
static="$base/css/site.css"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), wrk -t2 -c64 -d${seconds}s, app and wrk on the same machine"
echo
echo "| target | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for target in "static file (ceiling)|$static" "scorecard page 常州市 2024|$scorecard" "claims API (region, year)|$claims" "scorecard API|$base/api/v1/scorecard?region=320400&year=2024" "project map page|$base/projects" "projects API|$base/api/v1/projects"; do
  name=${target%%|*}; url=${target#*|}
  curl -sf -o /dev/null "$url"
  wrk -t2 -c64 -d3s "$url" >/dev/null
  out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  echo "| $name | $rps | $p50 | $p99 | $errors"
done
