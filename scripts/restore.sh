#!/usr/bin/env bash
# Restore a backup of scripts/backup.sh into an EMPTY database, and its media files.
#
#   createdb -h host -U user portal_restored
#   DATABASE_URL=postgres://user@host:5432/portal_restored MEDIA_ROOT=/srv/portal/media \
#     scripts/restore.sh var/backups/portal-<time>.dump var/backups/media-<time>.tar.gz
#
# Refuses a database that already has tables (a restore never mixes with live data). The
# checksums written by the backup are verified first; the restore is one transaction, all or
# nothing. Then run `manage.py migrate` (a no-op unless the code is newer than the backup).
set -euo pipefail

dump="${1:?Name the .dump file}"
media="${2:-}"
: "${DATABASE_URL:?Set DATABASE_URL to the empty database to restore into}"
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"

sums="${dump%.dump}.sha256"
if [ -f "$sums" ]; then
    (cd "$(dirname "$dump")" && sha256sum --quiet --check "$(basename "$sums")")
fi

tables="$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
if [ "$tables" != "0" ]; then
    echo "The database has $tables tables: restore into an empty database." >&2
    exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname "$DATABASE_URL" "$dump"

if [ -n "$media" ]; then
    mkdir -p "$MEDIA_ROOT"
    tar -C "$MEDIA_ROOT" -xzf "$media"
fi
echo "Restored $dump${media:+ and $media}."
