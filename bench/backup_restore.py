"""The backup restores: scripts/backup.sh, then scripts/restore.sh into a new, empty database,
then every proposal, history entry, revision and proposer compared with the original.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/production_bench \\
        .venv/bin/python bench/backup_restore.py

The copy is made in `<database>_restored` (dropped at the end unless --keep) and the media in
a temporary folder. Rows are compared by count and by a checksum of every column, in id order,
so a single changed character shows. Exits 1 on any difference.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What must come back: the proposals (both their tables), their history, the proposers'
# personal data, revisions (the page history editors see), users and the page tree.
TABLES = {
    "proposals_pages_proposalpage": "page_ptr_id",
    "proposals_pages_proposalstatuschange": "id",
    "proposals_pages_proposer": "id",
    "proposals_pages_commissionagendaitem": "id",
    "proposals_pages_commissionbudget": "id",
    "wagtailcore_page": "id",
    "wagtailcore_revision": "id",
    "auth_user": "id",
}


def psql(url, query):
    result = subprocess.run(
        ["psql", url, "-Atc", query], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def fingerprint(url, table, order):
    # Every column of every row, as PostgreSQL prints it, in a fixed order.
    return psql(
        url,
        f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t.{order}), ''))"
        f" FROM {table} t",
    )


def media_checksum(folder):
    digest = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument(
        "--media-root", default=os.environ.get("MEDIA_ROOT", str(ROOT / "var" / "media"))
    )
    parser.add_argument("--keep", action="store_true", help="keep the restored database")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("Name the PostgreSQL database to back up: DATABASE_URL=postgres://...")
    source = args.database_url
    base, _, name = source.rpartition("/")
    target_name = f"{name}_restored"
    target = f"{base}/{target_name}"
    admin = f"{base}/postgres"

    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        backups, restored_media = Path(work, "backups"), Path(work, "media")
        env = {
            **os.environ,
            "DATABASE_URL": source,
            "MEDIA_ROOT": args.media_root,
            "BACKUP_DIR": str(backups),
        }
        started = time.monotonic()
        out = subprocess.run(
            [str(ROOT / "scripts" / "backup.sh")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        dump, media = out[-2], out[-1]
        backed_up = time.monotonic()

        psql(admin, f'DROP DATABASE IF EXISTS "{target_name}"')
        psql(admin, f'CREATE DATABASE "{target_name}"')
        env = {**os.environ, "DATABASE_URL": target, "MEDIA_ROOT": str(restored_media)}
        subprocess.run([str(ROOT / "scripts" / "restore.sh"), dump, media], env=env, check=True)
        restored = time.monotonic()
        # The restored database is complete for the code: no migration left to apply.
        plan = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "migrate", "--check"],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
            capture_output=True,
            text=True,
        )

        differences = []
        print(
            f"backup {Path(dump).stat().st_size / 1e6:.1f} MB database, "
            f"{Path(media).stat().st_size / 1e6:.1f} MB media, in {backed_up - started:.1f} s; "
            f"restored in {restored - backed_up:.1f} s"
        )
        for table, order in TABLES.items():
            original, copy = fingerprint(source, table, order), fingerprint(target, table, order)
            rows = original.split("|")[0]
            same = original == copy
            print(f"{'same' if same else 'DIFFERENT':<9} {table:<40} {rows:>8} rows")
            if not same:
                differences.append(table)
        proposers_with_email = psql(
            target, "SELECT count(*) FROM proposals_pages_proposer WHERE email <> ''"
        )
        print(f"          proposers with an e-mail address in the copy: {proposers_with_email}")
        media_same = (
            media_checksum(args.media_root) == media_checksum(restored_media)
            if Path(args.media_root).exists()
            else True
        )
        files = sum(1 for p in restored_media.rglob("*") if p.is_file())
        print(f"{'same' if media_same else 'DIFFERENT':<9} {'media files':<40} {files:>8} files")
        if not media_same:
            differences.append("media")
        if plan.returncode != 0:
            differences.append("migrations")
            print("DIFFERENT migrations: the restored database lacks some")
    if not args.keep:
        psql(admin, f'DROP DATABASE IF EXISTS "{target_name}"')
    print("FAIL: " + ", ".join(differences) if differences else "OK: everything came back")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
