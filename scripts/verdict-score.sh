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
: > "$out/lines.tsv"
for gold in "${!series[@]}"; do
  db="$out/$gold.db"
  "$cli" import "../shared/series/${series[$gold]}" --db "$db" > "$out/$gold.import.log"
  line=$(python3 ../shared/tools/score_verdicts.py "$cli" "$db" "../shared/gold/verdicts/$gold.json" 0)
  echo "$line"
  printf '%s\t%s\n' "$gold" "$line" >> "$out/lines.tsv"
done

python3 - "$out/lines.tsv" > "$out/today.json" <<'PY'
import json, re, sys
today = {}
for row in open(sys.argv[1]):
    gold, line = row.rstrip("\n").split("\t", 1)
    m = re.search(r"= ([0-9.]+) agree, judged [0-9]+/[0-9]+ = ([0-9.]+)", line)
    today[f"{gold} overall"], today[f"{gold} judged"] = float(m.group(1)), float(m.group(2))
print(json.dumps(today))
PY
scripts/ratchet.py "$out/today.json" tests/verdict-score.json $mode
