#!/usr/bin/env bash
# Writes each provider's compiled EF model (src/Pledgewatch.Storage.{Sqlite,Postgres}/CompiledModel)
# from the model in src/Pledgewatch.Storage. Run it after every change to the schema, with
# scripts/add-migration.sh; a storage test fails while a compiled model differs from the code's.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  rm -rf "src/Pledgewatch.Storage.$provider/CompiledModel"
  dotnet ef dbcontext optimize --project "src/Pledgewatch.Storage.$provider" --startup-project "src/Pledgewatch.Storage.$provider" \
    --output-dir CompiledModel --namespace "Pledgewatch.Storage.$provider.CompiledModel" >/dev/null
done
