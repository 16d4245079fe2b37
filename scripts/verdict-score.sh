#!/usr/bin/env bash
# Imports the report series of ../shared/series into fresh SQLite databases and holds their
# scorecards against the hand-read verdicts of ../shared/gold/verdicts with the shared scorer.
#   --check   fail when an agreement falls below the one recorded in tests/verdict-score.json
#   --record  raise the recorded figures to today's where today's are higher (a ratchet)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
out=artifacts/verdicts
rm -rf "$out" && mkdir -p "$out"

dotnet build src/Pledgewatch.Cli -c Release -nologo -v quiet >/dev/null
cli=src/Pledgewatch.Cli/bin/Release/net10.0/pledgewatch
declare -A series=([provinces-2025-dev]=provinces-2025-2026 [national-1992-2002]=national-1992-2002)
: > "$out/today.tsv"
for gold in "${!series[@]}"; do
  db="$out/$gold.db"
  "$cli" import "../shared/series/${series[$gold]}" --db "$db" > "$out/$gold.import.log"
  line=$(python3 ../shared/tools/score_verdicts.py "$cli" "$db" "../shared/gold/verdicts/$gold.json" 0)
  echo "$line"
  python3 - "$gold" "$line" >> "$out/today.tsv" <<'PY'
import re, sys
gold, line = sys.argv[1:3]
m = re.search(r"= ([0-9.]+) agree, judged [0-9]+/[0-9]+ = ([0-9.]+)", line)
print(f"{gold}\t{m.group(1)}\t{m.group(2)}")
PY
done

python3 - "$mode" "$out/today.tsv" tests/verdict-score.json <<'PY'
import json, sys
mode, today_path, recorded_path = sys.argv[1:4]
today = {}
for row in open(today_path):
    gold, overall, judged = row.split("\t")
    today[gold] = {"overall": float(overall), "judged": float(judged)}
recorded = json.load(open(recorded_path))
if mode == "--record":
    merged = {g: {k: max(today[g][k], recorded.get(g, {}).get(k, 0)) for k in today[g]} for g in today}
    json.dump(merged, open(recorded_path, "w"), indent=1)
    print("recorded:", merged)
    sys.exit(0)
worse = []
for g, figures in recorded.items():
    for k, v in figures.items():
        t = today.get(g, {}).get(k, 0)
        print(f"  {g:22} {k:8} today {t:.2f}   recorded {v:.2f}")
        if t < v:
            worse.append(f"{g} {k} {t:.2f} < {v:.2f}")
if mode == "--check" and worse:
    print("verdict agreement fell below the recorded figures: " + "; ".join(worse))
    sys.exit(1)
PY
