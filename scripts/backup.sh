#!/usr/bin/env bash
# Back up the portal: the whole PostgreSQL database (pg_dump, custom format: every proposal,
# its history and revisions, the proposers' personal data, users) and the media files.
#
#   DATABASE_URL=postgres://user@host:5432/portal MEDIA_ROOT=/srv/portal/media \
#     BACKUP_DIR=/srv/backups scripts/backup.sh
#
# Writes portal-<UTC time>.dump, media-<UTC time>.tar.gz and their SHA-256 sums, readable by
# the backup's owner only: the dump holds personal data (README, "Backups").
set -euo pipefail

: "${DATABASE_URL:?Set DATABASE_URL to the database to back up}"
BACKUP_DIR="${BACKUP_DIR:-var/backups}"
MEDIA_ROOT="${MEDIA_ROOT:-var/media}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

umask 077
mkdir -p "$BACKUP_DIR"
dump="$BACKUP_DIR/portal-$stamp.dump"
media="$BACKUP_DIR/media-$stamp.tar.gz"

# One consistent snapshot, taken while the site keeps running.
pg_dump --format=custom --no-owner --no-privileges --file "$dump" "$DATABASE_URL"
mkdir -p "$MEDIA_ROOT"
tar -C "$MEDIA_ROOT" -czf "$media" .
(cd "$BACKUP_DIR" && sha256sum "$(basename "$dump")" "$(basename "$media")" > "portal-$stamp.sha256")

echo "$dump"
echo "$media"
