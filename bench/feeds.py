"""Server time of the feeds, the sitemap and the API against a trivial page, on a seeded
database (the same measurement as bench/listing.py, for what machines read).

    .venv/bin/python bench/feeds.py [--repeat 15] [--warmup 3]

After `manage.py load_demo` and `manage.py seed_bench --proposals N`. Prints, per address, the
median wall time, the time as a multiple of the floor page, the SQL queries, the most rows one
query returned (PostgreSQL only) and the peak Python memory of one request. The sitemap lists
every public page (up to 50,000 per sitemap page), so it grows with N by nature; the feeds and
an API page must not. Results are also written as JSON under bench/results/.
"""

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import listing  # noqa: E402 - the listing benchmark's helpers, next to this file

ROOT = listing.ROOT


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per address (15)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests first (3)")
    parser.add_argument("--json", type=Path, help="where to write the results")
    args = parser.parse_args()
    args.clear_cache = False
    return args


def addresses():
    from django.conf import settings
    from wagtail.models import Locale, Site

    from home.models import HomePage
    from proposals_pages.models import AreaPage, ProposalIndexPage, ProposalPage

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    home = HomePage.objects.filter(locale=locale).first()
    index = ProposalIndexPage.objects.filter(locale=locale).first()
    if not (site and home and index):
        sys.exit("No Swedish site tree: run manage.py load_demo (and seed_bench) first.")
    proposals = ProposalPage.objects.live().in_default_locale()
    area = (
        AreaPage.objects.live().filter(locale=locale, slug="fittja").first()
        or AreaPage.objects.live().filter(locale=locale).first()
    )
    proposal = proposals.filter(status="completed").order_by("-pk").first()
    rows = [
        ("floor", listing.floor_page(home).get_url()),
        ("portal feed", f"{index.get_url()}flode/"),
        ("portal feed en", f"/en/{index.get_url().removeprefix('/sv/')}flode/"),
    ]
    if area:
        rows.append(("area feed", f"{area.get_url()}flode/"))
    if proposal:
        rows.append(("proposal feed", f"{proposal.get_url()}flode/"))
    rows += [
        ("api proposals", "/api/v2/pages/?type=proposals_pages.ProposalPage&fields=*&limit=100"),
        ("api pages", "/api/v2/pages/"),
        ("sitemap", "/sitemap.xml"),
    ]
    return site, proposals.count(), rows


def main():
    args = parse_args()
    listing.setup_django()
    from django.conf import settings
    from django.test import Client

    site, count, rows = addresses()
    if site.hostname not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, site.hostname]
    client = Client(SERVER_NAME=site.hostname, SERVER_PORT=str(site.port))
    database = listing.database_description()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(
        f"{count:,} live proposals on {database}; {args.repeat} timed requests per address "
        f"after {args.warmup} warm-up."
    )
    if load is not None and load > (os.cpu_count() or 1):
        print(f"Warning: load average {load:.1f}: absolute times are inflated; see the ratios.")
    print()

    results = {}
    for name, url in rows:
        results[name] = listing.measure(client, url, args) | {"listing": False}
    floor_ms = results["floor"]["median_ms"]
    for row in results.values():
        row["ratio"] = row["median_ms"] / floor_ms
    listing.print_table(results)
    for name, row in results.items():
        for sql in row["unbounded_selects"]:
            print(f"Unbounded proposal SELECT on {name}: {sql}")
    failed = [name for name, row in results.items() if row["status"] != 200]
    if failed:
        print(f"\nNot 200: {', '.join(failed)}")

    listing.RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = args.json or listing.RESULTS / f"feeds-{database.split()[0]}-{count}-{stamp}.json"
    path.write_text(
        json.dumps(
            {
                "when": datetime.datetime.now().isoformat(timespec="seconds"),
                "database": database,
                "proposals": count,
                "repeat": args.repeat,
                "warmup": args.warmup,
                "load_average": load,
                "pages": results,
            },
            indent=2,
        )
    )
    print(f"\nWritten to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
