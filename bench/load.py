"""Load test: 200 residents at once for a minute against the production profile.

gunicorn (portal/gunicorn.conf.py) on 127.0.0.1 with PostgreSQL and Redis, wrk as the crowd,
over the demo plus `seed_bench --proposals 100000` (bench/README.md, "Load and faults").
Prints requests per second, median and p99 latency and the errors of a realistic mix (home,
listings with filters, area and theme pages, proposal pages, search, statistics, open data),
then the throughput of a page served from the page cache against a static file served by the
same gunicorn in the same run. Exits 1 on any error or when the ratio is under --target.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from production_server import (  # noqa: E402
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    RESULTS,
    Server,
    ensure_wrk,
    flush_redis,
    get,
    load_average,
    popular,
    realistic_mix,
    run_wrk,
    settle,
    warm,
)


def static_file_path(base):
    """The stylesheet's hashed name, as the pages link it (WhiteNoise's manifest)."""
    _status, _headers, body = get(base + "/sv/")
    marker = b'href="/static/css/portal.'
    start = body.index(marker) + len(b'href="')
    return body[start : body.index(b'"', start)].decode()


def combined(runs):
    """Several short runs as one: summed requests and errors, the worst percentiles."""
    total = dict(runs[0])
    for run in runs[1:]:
        for name in ("requests", "duration_us", "bytes", "errors", "http_errors"):
            total[name] += run[name]
        for name in ("p50_ms", "p90_ms", "p99_ms", "max_ms"):
            total[name] = max(total[name], run[name])
    total["rps"] = total["requests"] / (total["duration_us"] / 1e6)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--duration", type=int, default=60, help="seconds of the mix (60)")
    parser.add_argument(
        "--ratio-duration",
        type=int,
        default=15,
        help="seconds for each of the cached page and the static file (15)",
    )
    parser.add_argument("--target", type=float, default=0.8)
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("The load test runs on PostgreSQL: DATABASE_URL=postgres://... (bench/README.md).")

    ensure_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    mix = realistic_mix(args.database_url)
    flush_redis(args.redis_url)
    server = Server(args.database_url, args.redis_url, args.port, RESULTS / "load-gunicorn.log")
    server.prepare()
    load_before = load_average()
    with server:
        # The popular pages are in the page cache already, as on a site that has been
        # serving; proposal pages, filter combinations and searches are mostly rendered.
        warm(server.base, popular(mix))
        print(
            f"{len(mix)} addresses; {args.connections} clients for {args.duration} s ...",
            flush=True,
        )
        started = time.monotonic()
        figures = run_wrk(server.base, mix, duration=args.duration, connections=args.connections)
        load_during = load_average()
        settle(server.base)
        static = static_file_path(server.base)
        cached = "/sv/"
        assert get(server.base + cached)[1].get("X-Page-Cache") == "hit"
        # In turns, so both see the machine alike (other work on it comes and goes).
        rounds = {"page": [], "static": []}
        for _ in range(2):
            for name, target in (("static", static), ("page", cached)):
                rounds[name].append(
                    run_wrk(
                        server.base,
                        [(1, target)],
                        duration=max(1, args.ratio_duration // 2),
                        connections=args.connections,
                    )
                )
        page, static_figures = combined(rounds["page"]), combined(rounds["static"])
        elapsed = time.monotonic() - started
    ratio = page["rps"] / static_figures["rps"]
    result = {
        "mix": figures,
        "cached_page": {"path": cached, **page},
        "static_file": {"path": static, **static_figures},
        "ratio": ratio,
        "load_average_before": load_before,
        "load_average_after_mix": load_during,
        "load_average_after": load_average(),
        "cpus": os.cpu_count(),
        "elapsed_s": elapsed,
    }
    (RESULTS / "load.json").write_text(json.dumps(result, indent=2))

    def line(name, f):
        print(
            f"{name:<14} {f['rps']:>9.1f} req/s  median {f['p50_ms']:>8.1f} ms  "
            f"p99 {f['p99_ms']:>8.1f} ms  requests {f['requests']:>7}  errors {f['errors']}"
            + (f" {f['by_status']}" if f["by_status"] else "")
        )

    print()
    line("mix", figures)
    line("cached page", page)
    line("static file", static_figures)
    print(f"cached page / static file: {ratio:.2f} (target >= {args.target})")
    print(
        "load average (1, 5, 15 min): before {:.2f} {:.2f} {:.2f}, after the mix "
        "{:.2f} {:.2f} {:.2f}, on {} CPUs".format(*load_before, *load_during, os.cpu_count())
    )
    if load_during[0] > (os.cpu_count() or 1) * 2:
        print(
            "note: the load average is far above the CPUs: wrk, gunicorn, PostgreSQL and "
            "Redis share this machine (with whatever else runs on it); figures are low."
        )
    failed = figures["errors"] or page["errors"] or static_figures["errors"] or ratio < args.target
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
