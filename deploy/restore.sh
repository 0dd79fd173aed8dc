#!/bin/sh
# Restore a backup made by deploy/backup.sh into the compose deployment:
#   deploy/restore.sh FOLDER
# Stops the replicas, replaces the database and the story index, starts the replicas again.
set -eu
folder=${1:?usage: deploy/restore.sh FOLDER}
test -s "$folder/kindred.pgdump" && test -s "$folder/stories.chroma.jsonl.gz"
docker compose stop kindred-a kindred-b
docker compose exec -T postgres sh -c \
    'dropdb -U "$POSTGRES_USER" --if-exists "$POSTGRES_DB" && createdb -U "$POSTGRES_USER" "$POSTGRES_DB"'
docker compose exec -T postgres sh -c \
    'pg_restore --no-owner --exit-on-error --single-transaction -U "$POSTGRES_USER" -d "$POSTGRES_DB"' \
    < "$folder/kindred.pgdump"
# A fresh, empty index: drop the Chroma volume's data by recreating the service.
docker compose rm -sf chroma
docker volume rm "$(basename "$PWD")_chroma-data"
docker compose up -d chroma
sleep 5
docker compose run --rm -T kindred-a python -m deploy.snapshots chroma-import --from - \
    < "$folder/stories.chroma.jsonl.gz"
docker compose up -d kindred-a kindred-b
