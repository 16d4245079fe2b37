#!/usr/bin/env bash
# Adds a migration NAME to both providers' migration projects after a change to the schema in
# src/Pledgewatch.Storage (PledgewatchDb, Entities/), and writes the compiled models again.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Pledgewatch.Storage.$provider" --startup-project "src/Pledgewatch.Storage.$provider" --output-dir Migrations
done
scripts/compile-model.sh
