"""How long importing 10,000 proposals takes, on a database with the demo content.

    .venv/bin/python bench/import_proposals.py [--rows 10000] [--format csv|xlsx] [--keep]

Generates a file the way officials fill one in (contract.md, "Import"): every status with the
fields it requires, areas and administrations by name, themes by slug, amounts written
"150 000 kr", a third of the rows without a reference, a submitter on most. Then it times, in
the database DATABASE_URL names (settings from DJANGO_SETTINGS_MODULE, default
portal.settings.dev):

- check: reading and checking the whole file (a dry run: what the admin's preview does);
- import: the same and writing it all (pages, revisions, history, proposers, indexes);
- again: importing the same file a second time (nothing changes);
- changed: the file again with a tenth of the statuses moved on (updates and history).

Each step prints its wall time, time per row, this process's CPU time (the database server's is
not in it) and SQL query count. Everything is rolled back
at the end, so the database is left as it was and the bench can run again; --keep commits.
Needs `manage.py load_demo` first. See bench/README.md.
"""

import argparse
import csv
import datetime
import io
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 60


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows in the file (10000)")
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv", help="csv or xlsx")
    parser.add_argument("--seed", type=int, default=2024, help="seed of the random rows")
    parser.add_argument("--keep", action="store_true", help="commit instead of rolling back")
    return parser.parse_args()


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ.setdefault("DEBUG", "false")
    import django

    django.setup()


# --- the file ----------------------------------------------------------------------------

IDEAS = ["Fler bänkar", "Bättre belysning", "Utegym", "Ny lekplats", "Cykelställ", "Grillplats"]
PLACES = ["vid torget", "i parken", "vid skolan", "längs gångvägen", "vid badplatsen"]
STATUSES = [
    "received",
    "Under beredning",
    "ready_for_decision",
    "approved",
    "Avslaget",
    "referred",
    "in_progress",
    "completed",
    "withdrawn",
]


def generate_rows(count, seed):
    """The header and `count` rows of a realistic file."""
    from django.utils import timezone

    from proposals_pages.importing import COLUMNS
    from proposals_pages.models import Administration, AreaPage, ThemePage
    from proposals_pages.models.base import default_locale_id

    rng = random.Random(seed)
    locale = default_locale_id()
    areas = list(AreaPage.objects.filter(locale_id=locale).values_list("title", flat=True))
    themes = list(ThemePage.objects.filter(locale_id=locale).values_list("slug", flat=True))
    administrations = list(
        Administration.objects.filter(locale_id=locale).values_list("name", flat=True)
    )
    if not areas or not administrations:
        sys.exit("No areas or administrations: run manage.py load_demo first.")
    today = timezone.localdate()
    # The commission meets five times a year: decisions fall on those days (some are in the
    # demo, the import creates the others).
    meeting_days = [
        datetime.date(year, month, 10)
        for year in range(today.year - 5, today.year + 1)
        for month in (2, 4, 6, 9, 11)
        if datetime.date(year, month, 10) < today
    ]
    # The contract's columns, in its order.
    header = list(COLUMNS)
    rows = []
    for number in range(1, count + 1):
        submitted = today - datetime.timedelta(days=rng.randint(200, 1500))
        decided = next(day for day in meeting_days if day > submitted + datetime.timedelta(20))
        status = rng.choice(STATUSES)
        code = {"Under beredning": "under_review", "Avslaget": "rejected"}.get(status, status)
        priced = code in {"ready_for_decision", "approved", "rejected", "in_progress", "completed"}
        decision = code in {"approved", "rejected", "in_progress", "completed"}
        idea, place, area = rng.choice(IDEAS), rng.choice(PLACES), rng.choice(areas)
        rows.append(
            [
                f"IM-{submitted.year}-{number:06d}" if number % 3 else "",
                f"{idea} {place}",
                f"Förslag nummer {number}: {idea.lower()} {place} i {area}.\nDet behövs.",
                area,
                rng.choice(themes) if themes and rng.random() < 0.8 else "",
                rng.choice(["dialogue", "digital", "other"]),
                submitted.isoformat(),
                status,
                rng.choice(administrations) if priced else "",
                f"{rng.choice([15, 40, 120, 250, 900]) * 1000:,} kr".replace(",", "\u00a0")
                if priced
                else "",
                "Möjligt att genomföra." if priced else "",
                decided.isoformat() if decision else "",
                "Ryms inte i budgeten." if code == "rejected" else "",
                (decided + datetime.timedelta(days=90)).isoformat() if code == "completed" else "",
                f"Invånare {number}" if rng.random() < 0.8 else "",
                f"invanare{number}@example.se" if rng.random() < 0.6 else "",
                "070-123 45 67" if rng.random() < 0.3 else "",
                rng.choice(["sv", "sv", "sv", "en", "ar", "fi", "so", "tr"]),
            ]
        )
    return header, rows


def as_file(header, rows, file_format):
    if file_format == "xlsx":
        import openpyxl

        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows([header, *rows])
    return ("\ufeff" + text.getvalue()).encode()  # as Excel's "CSV UTF-8" saves it


def moved_on(rows, share=10):
    """The rows with every `share`-th proposal withdrawn (a status that needs no field)."""
    changed = [list(row) for row in rows]
    moved = 0
    for number, row in enumerate(changed):
        if number % share == 0 and row[7] != "withdrawn":
            row[7] = "withdrawn"
            moved += 1
    return changed, moved


# --- timing ------------------------------------------------------------------------------


def timed(name, rows, action):
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started, cpu = time.perf_counter(), time.process_time()
        report = action()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if report.problems:
        for problem in report.problems[:20]:
            print(f"  {problem}")
        sys.exit(f"{name}: the file has {len(report.problems)} problems.")
    print(
        f"{name:<8} {seconds:>7.2f} s {1000 * seconds / rows:>6.2f} ms/row {cpu:>7.2f} s cpu "
        f"{len(queries):>6,} queries   {report.summary()}"
    )
    return seconds


def main():
    args = parse_args()
    setup_django()
    from django.db import connection, transaction
    from django.utils import translation

    from proposals_pages.importing import import_proposals

    translation.activate("en")
    header, rows = generate_rows(args.rows, args.seed)
    data = as_file(header, rows, args.format)
    changed_rows, moved = moved_on(rows)
    changed = as_file(header, changed_rows, args.format)
    print(
        f"{args.rows:,} rows, {args.format}, {len(data) / 1024 / 1024:.1f} MiB, "
        f"{connection.vendor}; {moved:,} statuses moved on in the changed file."
    )
    load, cpus = os.getloadavg()[0], os.cpu_count()
    if load > cpus:
        # Other work slows the database and this process alike: wall times are inflated; the
        # cpu column (this process only, not the database server) is steadier.
        print(f"Warning: load average {load:.1f} on {cpus} CPUs; times are inflated.")
    figures = {}
    with transaction.atomic():
        figures["check"] = timed("check", args.rows, lambda: import_proposals(data, dry_run=True))
        figures["import"] = timed("import", args.rows, lambda: import_proposals(data))
        figures["again"] = timed("again", args.rows, lambda: import_proposals(data))
        figures["changed"] = timed("changed", args.rows, lambda: import_proposals(changed))
        if not args.keep:
            transaction.set_rollback(True)
    verdict = "within" if figures["import"] < TARGET_SECONDS else "OVER"
    print(f"Import of {args.rows:,} rows {verdict} the {TARGET_SECONDS} s target.")
    print("Rolled back: the database is as it was." if not args.keep else "Committed.")


if __name__ == "__main__":
    main()
