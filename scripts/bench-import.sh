#!/usr/bin/env bash
# Import against extraction, whole process, in one run: a folder of 50 reports (the 39 real ones of
# ../shared — corpus, both series, the eight PDFs — and 11 of the text ones again with a line added,
# so they are new documents), with one index.json; `pledgewatch extract` of the folder, then
# `pledgewatch import` of it into a database that exists (and into a new one), then the same import
# again (every file unchanged), each three times, with the published (ReadyToRun) build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Pledgewatch.Cli -c Release -o "$work/cli" -nologo -v quiet >/dev/null
python3 - "$work/reports" <<'PY'
import json, os, shutil, sys
out = sys.argv[1]
os.makedirs(out)
index = []
for folder in ["corpus", "series/national-1992-2002", "series/provinces-2025-2026", "series/provinces-2025-pdf"]:
    src = os.path.join("..", "shared", folder)
    for entry in json.load(open(os.path.join(src, "index.json"), encoding="utf-8")):
        name = entry["file"]
        target = name if not os.path.exists(os.path.join(out, name)) else "pdf-" + name
        shutil.copy(os.path.join(src, name), os.path.join(out, target))
        index.append(dict(entry, file=target))
texts = [e for e in index if e["file"].endswith(".txt")][:11]
for i, e in enumerate(texts):
    name = f"again-{i:02d}-{e['file']}"
    with open(os.path.join(out, e["file"]), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text + f"\n（再次印发 {i}）\n")
    index.append(dict(e, file=name, title=(e.get("title") or e["file"]) + f"（再次印发{i}）"))
json.dump(index, open(os.path.join(out, "index.json"), "w", encoding="utf-8"), ensure_ascii=False)
PY
cli="$work/cli/pledgewatch"
count=$(find "$work/reports" -type f ! -name index.json | wc -l)
echo "$count reports, $(du -sh "$work/reports" | cut -f1), $(nproc) cores"
seconds() { /usr/bin/time -f %e -o "$work/t" "$@" >/dev/null 2>&1 || true; cat "$work/t"; }
for run in 1 2 3; do
  rm -f "$work"/*.db*
  seconds "$cli" import --db "$work/existing.db" ../shared/corpus/changzhou-2024-news-feature.txt >/dev/null
  extract=$(seconds "$cli" extract "$work/reports")
  import=$(seconds "$cli" import --db "$work/existing.db" "$work/reports")
  again=$(seconds "$cli" import --db "$work/existing.db" "$work/reports")
  fresh=$(seconds "$cli" import --db "$work/new.db" "$work/reports")
  echo "run $run: extract $extract s, import $import s (new database $fresh s), unchanged again $again s; import/extract $(python3 -c "print(round($import/$extract, 2))")"
done
