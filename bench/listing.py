"""Server time of the proposal pages against a trivial page, on a seeded database.

    .venv/bin/python bench/listing.py [--repeat 15] [--word belysning] [--check]

Runs in-process with Django's test Client against the database DATABASE_URL names (settings
from DJANGO_SETTINGS_MODULE, default portal.settings.dev with DEBUG off), after
`manage.py load_demo` and `manage.py seed_bench --proposals N`. For each page it reports the
median wall time over --repeat requests after a warm-up, that time as a multiple of the floor
(a plain content page, created at /sv/bench-floor/ when missing), the number of SQL queries,
the most rows any one query returned (PostgreSQL only) and the peak Python memory of one
request. The pages are requested in turn, round after round, so that a machine slowing down
or speeding up meets them all alike.
It also renders the listing at several page sizes to show the query count does not follow them,
and does the same for /open-data/proposals.json; /open-data/proposals.csv is read to its end,
a chunk at a time, so its peak memory is that of the server, not of the file.
Results are printed and written as JSON under bench/results/. See bench/README.md.
"""

import argparse
import datetime
import gc
import json
import math
import os
import platform
import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGET_RATIO = 3.0
PAGE_SIZES = (10, 25, 100)
OPEN_DATA_PAGE_SIZES = (10, 100, 1000)
# Pages that read every selected proposal on purpose, through a cursor, a batch at a time.
STREAMED = {"open data csv"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page (15)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests first (3)")
    parser.add_argument("--word", help="the free-text word (default: common in titles)")
    parser.add_argument(
        "--clear-cache",
        action="store_true",
        help="empty Django's cache before every request (time without any cached fragment)",
    )
    parser.add_argument("--json", type=Path, help="where to write the results")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a listing page misses the target"
    )
    return parser.parse_args()


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    # Time the pages as served, not with the debug toolbar of error pages and query logging,
    # and over a kept database connection, as production keeps them (CONN_MAX_AGE).
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("CONN_MAX_AGE", "600")
    import django

    django.setup()


# --- what to request ---------------------------------------------------------------


def floor_page(home):
    """A plain content page under the Swedish home page: the least a page can cost."""
    from home.models import ContentPage

    floor = ContentPage.objects.child_of(home).filter(slug="bench-floor").first()
    if floor is None:
        floor = home.add_child(
            instance=ContentPage(
                title="Mätpunkt",
                slug="bench-floor",
                introduction="En enkel sida att jämföra sidornas svarstider med.",
                body="<p>Den här sidan används av prestandamätningen i bench/.</p>",
            )
        )
        floor.save_revision().publish()
    return floor


def common_word(titles, leave_out):
    """The most frequent word of five letters or more in the titles, but for place names."""
    words = Counter(
        word
        for title in titles
        for word in re.findall(r"\w{5,}", title.lower())
        if word.isalpha() and word not in leave_out
    )
    return words.most_common(1)[0][0] if words else "park"


def pages_to_measure(args):
    from django.conf import settings
    from wagtail.models import Locale, Site

    from home.models import HomePage
    from proposals_pages.listing import PER_PAGE
    from proposals_pages.models import AreaPage, ProposalIndexPage, ProposalPage

    language = settings.LANGUAGE_CODE
    locale = Locale.objects.get(language_code=language)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    home = HomePage.objects.filter(locale=locale).first()
    index = ProposalIndexPage.objects.filter(locale=locale).first()
    if not (site and home and index):
        sys.exit("No Swedish site tree: run manage.py load_demo (and seed_bench) first.")
    proposals = ProposalPage.objects.live().in_default_locale()
    count = proposals.count()
    area = (
        AreaPage.objects.live().filter(locale=locale, slug="fittja").first()
        or AreaPage.objects.live().filter(locale=locale).first()
    )
    proposal = (
        proposals.filter(status="completed", dialogue_event__isnull=False).order_by("-pk").first()
        or proposals.order_by("-pk").first()
    )
    places = {
        word
        for title in AreaPage.objects.values_list("title", flat=True)
        for word in re.findall(r"\w+", title.lower())
    }
    sample = proposals.order_by("pk").values_list("title", flat=True)[:2000]
    word = args.word or common_word(sample, places)
    listing = index.get_url()
    last_page = max(1, math.ceil(count / PER_PAGE))
    pages = [
        ("floor", floor_page(home).get_url(), False),
        ("listing", listing, True),
        (
            "listing filtered",
            f"{listing}?area=fittja&status=approved&status=completed&theme=trygghet",
            True,
        ),
        ("listing free text", f"{listing}?q={word}", True),
        ("listing by decision", f"{listing}?sort=decided", True),
        ("listing by cost", f"{listing}?sort=cost&status=approved", True),
        ("listing last page", f"{listing}?page={last_page}", True),
    ]
    if area:
        pages.append(("area page", area.get_url(), True))
    if proposal:
        pages.append(("proposal page", proposal.get_url(), False))
    pages.append(("site search", f"/{language}/sok/?q={word}", False))
    pages += commission_and_statistics_pages(locale, area)
    pages += [
        ("open data json 100", "/open-data/proposals.json?page_size=100", False),
        ("open data json 1000", "/open-data/proposals.json?page_size=1000", False),
        (
            "open data json late",
            f"/open-data/proposals.json?page_size=100&page={max(1, math.ceil(count / 100))}",
            False,
        ),
        ("open data csv", "/open-data/proposals.csv", False),
    ]
    return site, count, word, pages


def commission_and_statistics_pages(locale, area):
    """The statistics page and statistics.json, whole and for a year and an area, the
    commission page and its busiest meeting: all held to the listing's target."""
    from django.db.models import Count
    from django.utils import timezone

    from proposals_pages.models import CommissionMeetingPage, CommissionPage, StatisticsPage

    year = timezone.localdate().year - 1
    selection = f"?year={year}&area={area.slug}" if area else f"?year={year}"
    pages = []
    statistics_page = StatisticsPage.objects.live().filter(locale=locale).first()
    if statistics_page:
        url = statistics_page.get_url()
        pages += [("statistics", url, True), ("statistics filtered", url + selection, True)]
    pages += [
        ("statistics.json", "/open-data/statistics.json", True),
        ("statistics.json filtered", "/open-data/statistics.json" + selection, True),
    ]
    commission = CommissionPage.objects.live().filter(locale=locale).first()
    if commission:
        pages.append(("commission page", commission.get_url(), True))
    meeting = (
        CommissionMeetingPage.objects.live()
        .filter(locale=locale)
        .annotate(decided=Count("decisions"))
        .order_by("-decided", "-date")
        .first()
    )
    if meeting:
        pages.append(("meeting page", meeting.get_url(), True))
    return pages


# --- measuring -----------------------------------------------------------------------


@contextmanager
def rows_per_query(connection, rows):
    """Record how many rows each query returned (the driver knows on PostgreSQL only)."""

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        rows.append(context["cursor"].rowcount)
        return result

    with connection.execute_wrapper(wrapper):
        yield


def unbounded_proposal_selects(queries):
    """SELECTs reading proposal rows without LIMIT, aggregate or key: they grow with N."""
    found = []
    for query in queries:
        sql = query["sql"]
        if not sql.startswith("SELECT") or ' FROM "proposals_pages_proposalpage"' not in sql:
            continue
        if re.search(r"\bLIMIT\b|\bCOUNT\(|\bSUM\(|\bGROUP BY\b|\bMAX\(|\bMIN\(", sql):
            continue
        # A key given a value in the WHERE clause (the joins compare page_ptr_id too).
        where = sql.partition(" WHERE ")[2]
        if re.search(r'"(page_ptr_id|translation_key)" (=|IN) [\d\'(]', where):
            continue
        found.append(sql[:200])
    return found


def read(response):
    """The size of the body; a streamed one is read a chunk at a time and not kept."""
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def empty_cache_if_asked(args):
    from django.core.cache import cache

    if args.clear_cache:
        cache.clear()


def request(client, url):
    response = client.get(url)
    response.size = read(response)
    return response


def get(client, url, args):
    empty_cache_if_asked(args)
    return request(client, url)


def time_pages(client, urls, args):
    """{url: [seconds]}: the pages requested in turn, one round after another.

    A shared machine speeds up and slows down while the bench runs; requested in turn, every
    page meets the same moments as the floor, so the ratios hold where the times do not.
    """
    for url in urls:
        for _ in range(args.warmup):
            get(client, url, args)
    gc.collect()
    times = {url: [] for url in urls}
    for _ in range(args.repeat):
        for url in urls:
            empty_cache_if_asked(args)  # before the clock starts
            started = time.perf_counter()
            request(client, url)
            times[url].append(time.perf_counter() - started)
    return times


def inspect(client, url, times, args):
    """The page's median time, its queries, the most rows one returned and its peak memory."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = []
    with CaptureQueriesContext(connection) as context, rows_per_query(connection, rows):
        response = get(client, url, args)
    queries = context.captured_queries  # read now: the next request empties the log
    tracemalloc.start()
    tracemalloc.reset_peak()
    get(client, url, args)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    known_rows = [count for count in rows if count is not None and count >= 0]
    return {
        "url": url,
        "status": response.status_code,
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "queries": len(queries),
        "max_rows": max(known_rows) if known_rows else None,
        "peak_kib": peak / 1024,
        "unbounded_selects": unbounded_proposal_selects(queries),
        "bytes": response.size,
    }


def query_counts_by_page_size(client, urls):
    """The query count of each listing at several page sizes: constant when nothing is per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from proposals_pages import listing

    counts = {}
    original = listing.PER_PAGE
    try:
        for url in urls:
            counts[url] = {}
            for size in PAGE_SIZES:
                listing.PER_PAGE = size
                client.get(url)  # warm the per-process caches
                with CaptureQueriesContext(connection) as queries:
                    client.get(url)
                counts[url][size] = len(queries.captured_queries)
    finally:
        listing.PER_PAGE = original
    return counts


def open_data_query_counts(client):
    """The query count of /open-data/proposals.json at several page sizes (in Swedish, and in
    English, which looks up the translations): constant when nothing is queried per row.

    Completed proposals, so that every page has rows with a deciding meeting and a theme (the
    newest page of all proposals has none to look up).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for language in ("sv", "en"):
        url = f"/open-data/proposals.json?status=completed&lang={language}"
        counts[url] = {}
        for size in OPEN_DATA_PAGE_SIZES:
            client.get(f"{url}&page_size={size}")  # warm the per-process caches
            with CaptureQueriesContext(connection) as queries:
                client.get(f"{url}&page_size={size}")
            counts[url][size] = len(queries.captured_queries)
    return counts


# --- reporting ------------------------------------------------------------------------


def database_description():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            version = cursor.fetchone()[0]
        else:
            version = "?"
    return f"{connection.vendor} {version}"


def print_table(results):
    header = (
        f"{'page':<24} {'status':>6} {'median ms':>10} {'min ms':>8} {'x floor':>10} "
        f"{'queries':>7} {'max rows':>9} {'peak KiB':>9}  url"
    )
    print(header)
    print("-" * len(header))
    for name, row in results.items():
        max_rows = "-" if row["max_rows"] is None else f"{row['max_rows']:,}"
        mark = ""
        if row["listing"]:
            mark = " ok" if row["ratio"] <= TARGET_RATIO else " SLOW"
        print(
            f"{name:<24} {row['status']:>6} {row['median_ms']:>10.1f} {row['min_ms']:>8.1f} "
            f"{row['ratio']:>5.1f}x{mark:<5} {row['queries']:>7} {max_rows:>9} "
            f"{row['peak_kib']:>9,.0f}  {row['url']}"
        )


def main():
    args = parse_args()
    setup_django()
    from django.conf import settings
    from django.test import Client

    site, count, word, pages = pages_to_measure(args)
    if site.hostname not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, site.hostname]
    client = Client(SERVER_NAME=site.hostname, SERVER_PORT=str(site.port))
    database = database_description()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    cpus = os.cpu_count() or 1
    print(
        f"{count:,} live proposals on {database}; {args.repeat} timed requests per page after "
        f"{args.warmup} warm-up{'; cache emptied before each' if args.clear_cache else ''}; "
        f"free-text word {word!r}."
    )
    if load is not None and load > cpus:
        print(
            f"Warning: load average {load:.1f} on {cpus} CPUs: other work slows the database "
            "and this process alike, so absolute times are inflated; compare the ratios."
        )
    print()

    times = time_pages(client, [url for _name, url, _listing in pages], args)
    results = {
        name: inspect(client, url, times[url], args) | {"listing": is_listing}
        for name, url, is_listing in pages
    }
    floor_ms = results["floor"]["median_ms"]
    for row in results.values():
        row["ratio"] = row["median_ms"] / floor_ms
    print_table(results)

    listing_urls = [row["url"] for row in results.values() if row["listing"]][:1]
    listing_urls += [results["area page"]["url"]] if "area page" in results else []
    by_size = query_counts_by_page_size(client, listing_urls)
    by_size |= open_data_query_counts(client)
    print()
    for url, counts in by_size.items():
        constant = len(set(counts.values())) == 1
        shown = ", ".join(f"{size} per page: {queries}" for size, queries in counts.items())
        print(f"Queries of {url} at {shown} -> {'constant' if constant else 'GROWS'}")

    slow = [name for name, row in results.items() if row["listing"] and row["ratio"] > TARGET_RATIO]
    failed = [name for name, row in results.items() if row["status"] != 200]
    unbounded = {name: row["unbounded_selects"] for name, row in results.items()}
    print()
    print(
        f"Target: every listing, statistics and commission page within {TARGET_RATIO:g}x the floor "
        f"({TARGET_RATIO * floor_ms:.1f} ms): "
        + ("met." if not slow else f"missed by {', '.join(slow)}.")
    )
    for name, selects in unbounded.items():
        for sql in selects:
            if name in STREAMED:
                print(f"Proposal SELECT read through a cursor on {name} (by design): {sql[:80]}")
            else:
                print(f"Unbounded proposal SELECT on {name}: {sql}")
    if failed:
        print(f"Not 200: {', '.join(failed)}")

    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = args.json or RESULTS / f"listing-{database.split()[0]}-{count}-{stamp}.json"
    path.write_text(
        json.dumps(
            {
                "when": datetime.datetime.now().isoformat(timespec="seconds"),
                "database": database,
                "proposals": count,
                "repeat": args.repeat,
                "warmup": args.warmup,
                "clear_cache": args.clear_cache,
                "word": word,
                "python": platform.python_version(),
                "load_average": load,
                "cpus": cpus,
                "target_ratio": TARGET_RATIO,
                "pages": results,
                "queries_by_page_size": by_size,
                "slow": slow,
            },
            indent=2,
        )
    )
    print(f"Written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    if args.check and (slow or failed):
        sys.exit(1)


if __name__ == "__main__":
    main()
