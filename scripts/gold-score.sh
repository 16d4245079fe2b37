#!/usr/bin/env bash
# Extracts claims from every document of ../shared/corpus and scores them against
# ../shared/gold with the shared scorer.
#   --check   fail when any figure falls below the one recorded in tests/gold-score.json
#   --record  raise the recorded figures to today's where today's are higher (a ratchet)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
out=artifacts/gold
mkdir -p "$out"

dotnet build src/Pledgewatch.Cli -c Release -nologo -v quiet >/dev/null
cli=src/Pledgewatch.Cli/bin/Release/net10.0/pledgewatch
mapfile -t docs < <(find ../shared/corpus -maxdepth 1 -type f ! -name index.json | sort)
"$cli" extract "${docs[@]}" --format jsonl > "$out/predictions.jsonl"
python3 ../shared/tools/score_claims.py ../shared/gold "$out/predictions.jsonl" | tail -1
python3 ../shared/tools/score_claims.py ../shared/gold "$out/predictions.jsonl" --json > "$out/score.json"

python3 - "$out/score.json" > "$out/today.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(json.dumps({
    "f1": s["numeric"]["f1"], "precision": s["numeric"]["precision"], "recall": s["numeric"]["recall"],
    "op": s["on_matched"]["op"], "measure": s["on_matched"]["measure"], "indicator": s["on_matched"]["indicator"],
    "indicator_exact": s["on_matched"]["indicator_exact"],
    "direction_found": round(s["direction_only"]["found"] / max(1, s["direction_only"]["gold"]), 4),
}))
PY
scripts/ratchet.py "$out/today.json" tests/gold-score.json $mode
