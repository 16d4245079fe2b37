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

python3 - "$mode" "$out/score.json" tests/gold-score.json <<'PY'
import json, sys
mode, score_path, recorded_path = sys.argv[1:4]
s = json.load(open(score_path))
today = {
    "f1": s["numeric"]["f1"], "precision": s["numeric"]["precision"], "recall": s["numeric"]["recall"],
    "op": s["on_matched"]["op"], "measure": s["on_matched"]["measure"], "indicator": s["on_matched"]["indicator"],
    "direction_found": round(s["direction_only"]["found"] / max(1, s["direction_only"]["gold"]), 4),
}
recorded = json.load(open(recorded_path))
if mode == "--record":
    merged = {k: max(today[k], recorded.get(k, 0)) for k in today}
    json.dump(merged, open(recorded_path, "w"), indent=1)
    print("recorded:", merged)
    sys.exit(0)
worse = [f"{k} {today[k]:.4f} < recorded {recorded[k]:.4f}" for k in recorded if today.get(k, 0) < recorded[k]]
for k in recorded:
    print(f"  {k:16} today {today.get(k, 0):.4f}   recorded {recorded[k]:.4f}")
if mode == "--check" and worse:
    print("gold score fell below the recorded figures: " + "; ".join(worse))
    sys.exit(1)
PY
