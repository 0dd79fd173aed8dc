#!/bin/sh
# Back up both stores of the compose deployment (compose.yaml) while it keeps serving:
#   deploy/backup.sh [FOLDER]        default: backups/<UTC date and time>
# PostgreSQL: pg_dump -Fc inside the postgres container (one consistent snapshot).
# Chroma: the story index exported through its client (see deploy/snapshots.py for why).
set -eu
out=${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
umask 077  # backups hold encrypted journals and pending stories: keep them private
docker compose exec -T postgres sh -c 'pg_dump -Fc --no-owner -U "$POSTGRES_USER" "$POSTGRES_DB"' \
    > "$out/kindred.pgdump"
docker compose exec -T kindred-a python -m deploy.snapshots chroma-export --out - \
    > "$out/stories.chroma.jsonl.gz"
ls -l "$out"
