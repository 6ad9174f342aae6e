"""Faults survived: PostgreSQL restarted and Redis stopped under load, the mail server down.

Not a test (it restarts the machine's PostgreSQL, which other work may be using, and stops
its Redis): run it by hand, on loopback, bounded in time (about two minutes), and read what it
prints (bench/README.md, "Load and faults"). In order:

1. gunicorn with the production profile (bench/production_server.py), wrk sending a steady
   mix, and a probe asking side by side for /healthz, for a proposal page that is never
   cached and for the home page, several times a second, noting each answer's time;
2. PostgreSQL restarted (pg_ctlcluster ... restart): requests may fail only while it is down
   and must recover without restarting the app (persistent connections are health-checked);
3. Redis stopped (redis-cli shutdown), then started again as the machine starts it: the site
   must keep serving, uncached, while /healthz says 503; afterwards pages are cached again;
4. the mail server down while feedback e-mails are sent (proposals_pages/feedback.py, as the
   editor's publishing and the database queue's worker use it), then up: every message must
   arrive exactly once and no save may fail. An SMTP sink of its own stands in for the mail
   server; the worker is production's (`manage.py db_worker`, here with --batch).

PostgreSQL and Redis are running again at the end whatever happened. Exits 1 when a fault
was not survived.
"""

import argparse
import asyncio
import email
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from production_server import (  # noqa: E402
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    RESULTS,
    ROOT,
    Server,
    ensure_wrk,
    flush_redis,
    get,
    load_average,
    realistic_mix,
    run_wrk,
)

REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379",
    "--save", "", "--appendonly", "no",
]  # fmt: skip
SMTP_PORT = 8025
WORKER_ARGUMENTS = ["--batch", "--backend", "feedback", "--queue-name", "feedback"]
WORKER_ARGUMENTS += ["--no-startup-delay", "--interval", "0", "--no-reload"]


def postgres_version():
    return sorted(os.listdir("/etc/postgresql"))[-1]


def postgres_ready():
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0


def redis_ready():
    result = subprocess.run(
        ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"], capture_output=True, text=True
    )
    return result.stdout.strip() == "PONG"


def ensure_services():
    """PostgreSQL and Redis running, whatever happened before."""
    if not postgres_ready():
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", postgres_version(), "main", "start"]
        )
    if not redis_ready():
        subprocess.run(REDIS_START, stdout=subprocess.DEVNULL)
    for _ in range(40):
        if postgres_ready() and redis_ready():
            return True
        time.sleep(0.5)
    return False


class Probe:
    """Three askers side by side, each noting (start, status) of every answer: /healthz every
    fifth of a second, a proposal page that is never cached (a query string of its own each
    time, so the database is asked) every quarter second, and the home page's X-Page-Cache."""

    def __init__(self, base, page):
        self.base = base
        self.page = page
        self.health, self.pages, self.cached = [], [], []
        self.page_spans = []  # (start, end, status): a request may be under way as it fails
        self.stopped = threading.Event()
        self.threads = [
            threading.Thread(target=self.ask, args=(self.ask_health, 0.2), daemon=True),
            threading.Thread(target=self.ask, args=(self.ask_page, 0.25), daemon=True),
            threading.Thread(target=self.ask, args=(self.ask_home, 0.25), daemon=True),
        ]

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopped.set()
        for thread in self.threads:
            thread.join(30)

    def ask(self, question, every):
        number = 0
        while not self.stopped.is_set():
            started = time.monotonic()
            number += 1
            question(started, number)
            self.stopped.wait(max(0.0, every - (time.monotonic() - started)))

    def ask_health(self, started, number):
        self.health.append((started, get(self.base + "/healthz", timeout=5)[0]))

    def ask_page(self, started, number):
        status = get(f"{self.base}{self.page}?probe={number}", timeout=15)[0]
        self.pages.append((started, status))
        self.page_spans.append((started, time.monotonic(), status))

    def ask_home(self, started, number):
        self.cached.append((started, get(self.base + "/sv/", timeout=15)[1].get("X-Page-Cache")))


def between(samples, start, end):
    return [value for when, value in samples if start <= when < end]


def summary(probe, start, end):
    return {
        "pages": dict(Counter(between(probe.pages, start, end))),
        "healthz": dict(Counter(between(probe.health, start, end))),
        "home X-Page-Cache": dict(Counter(between(probe.cached, start, end))),
    }


# --- the mail server -------------------------------------------------------------------


class SmtpSink:
    """Just enough of an SMTP server on 127.0.0.1 to receive what Django sends."""

    def __init__(self, port):
        self.port = port
        self.messages = []
        self.loop = None
        self.thread = None

    async def handle(self, reader, writer):
        async def reply(line):
            writer.write(line.encode() + b"\r\n")
            await writer.drain()

        await reply("220 bench sink")
        while line := await reader.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                await reply("250 bench sink")
            elif command.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                await reply("250 OK")
            elif command == "DATA":
                await reply("354 end with .")
                data = []
                while (chunk := await reader.readline()) not in (b".\r\n", b".\n", b""):
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                self.messages.append(email.message_from_bytes(b"".join(data)))
                await reply("250 queued")
            elif command == "QUIT":
                await reply("221 bye")
                break
            else:
                await reply("502 not implemented")
        writer.close()

    def start(self):
        ready = threading.Event()

        def serve():
            self.loop = asyncio.new_event_loop()
            server = self.loop.run_until_complete(
                asyncio.start_server(self.handle, "127.0.0.1", self.port)
            )
            self.server = server
            ready.set()
            self.loop.run_forever()
            server.close()
            self.loop.run_until_complete(server.wait_closed())

        self.thread = threading.Thread(target=serve, daemon=True)
        self.thread.start()
        ready.wait(5)

    def stop(self):
        if self.loop:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)


def probe_page(mix):
    """A proposal page of the mix (the probe adds a query string of its own each time)."""
    return next(path for _weight, path in mix if path.startswith("/sv/forslag/bench-"))


class CountFailures(logging.Handler):
    """feedback.py logs each e-mail the server did not take: counted here."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def emit(self, record):
        self.count += 1


def worker(env):
    """The production worker of the feedback queue, until the queue holds nothing due."""
    command = [sys.executable, "manage.py", "db_worker", *WORKER_ARGUMENTS]
    subprocess.run(command, cwd=ROOT, env=env, timeout=300, check=True)


def mail_fault(count, env):
    """Status changes published for `count` proposals with proposers while the mail server
    is down; the worker tries; the server comes back; retry_feedback and the worker deliver.
    Then the retries the worker had scheduled are made due and run too: they must find
    every e-mail sent already."""
    from django.db import transaction
    from django.db.models.functions import Now
    from django_tasks_db.models import DBTaskResult, get_date_max

    from proposals_pages.models import FeedbackMail, ProposalPage, Proposer
    from proposals_pages.statuses import Status

    proposals = list(
        ProposalPage.objects.live()
        .in_default_locale()
        .filter(proposer__isnull=True, status=Status.RECEIVED)
        .order_by("?")[:count]
    )
    logger = logging.getLogger("proposals_pages.feedback")
    failures = CountFailures()
    logger.addHandler(failures)
    logger.propagate = False
    # Synthetic proposers (bench data), removed again at the end with their e-mails.
    created = [
        Proposer.objects.create(
            proposal=proposal, name="Bench", email=f"faults-{proposal.pk}@example.org"
        )
        for proposal in proposals
    ]
    sink = SmtpSink(SMTP_PORT)
    try:
        saves = []
        for proposal in proposals:  # the editor publishes a new status: the save must not fail
            started = time.monotonic()
            with transaction.atomic():
                proposal.status = Status.UNDER_REVIEW
                proposal.save_revision().publish()
            saves.append(time.monotonic() - started)
        mails = FeedbackMail.objects.filter(proposal__in=proposals)
        queued = mails.count()
        worker(env)  # the server is down: every attempt fails and is scheduled again
        waiting = mails.filter(state=FeedbackMail.State.PENDING, attempts__gt=0).count()
        scheduled = (  # due later: not ready now, and not "whenever" (the table's date max)
            DBTaskResult.objects.filter(status="READY", queue_name="feedback", run_after__gt=Now())
            .exclude(run_after=get_date_max())
            .count()
        )
        sink.start()
        subprocess.run(
            [sys.executable, "manage.py", "retry_feedback"], cwd=ROOT, env=env, check=True
        )
        worker(env)
        # The retries scheduled while the server was down fall due: nothing may go twice.
        DBTaskResult.objects.filter(status="READY", queue_name="feedback").update(run_after=Now())
        worker(env)
        time.sleep(1)
    finally:
        sink.stop()
        FeedbackMail.objects.filter(proposal__in=proposals).delete()
        Proposer.objects.filter(pk__in=[proposer.pk for proposer in created]).delete()
        logger.removeHandler(failures)
        logger.propagate = True
    arrived = Counter(
        message["To"] for message in sink.messages if message["To"].startswith("faults-")
    )
    expected = {f"faults-{proposal.pk}@example.org" for proposal in proposals}
    return {
        "status changes published while the server was down": len(saves),
        "slowest of those saves (s)": round(max(saves), 2) if saves else None,
        "e-mails queued": queued,
        "waiting after the worker's failed attempt": waiting,
        "retries the worker scheduled": scheduled,
        "arrived after it came back": sum(1 for address in expected if arrived[address]),
        "lost": sum(1 for address in expected if not arrived[address]),
        "doubled": sum(1 for address in expected if arrived[address] > 1),
    }


# --- the run ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--port", type=int, default=8124)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--mails", type=int, default=10)
    parser.add_argument(
        "--mail-only", action="store_true", help="Only the mail server's fault (no restarts)."
    )
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("The fault run needs PostgreSQL: DATABASE_URL=postgres://...")

    ensure_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(SMTP_PORT),
        EMAIL_TIMEOUT="5",
        # Feedback e-mails through the database queue, as production sends them.
        FEEDBACK_TASKS_BACKEND="django_tasks_db.DatabaseBackend",
    )
    mix = realistic_mix(args.database_url)
    flush_redis(args.redis_url)
    server = Server(args.database_url, args.redis_url, args.port, RESULTS / "faults-gunicorn.log")
    server.prepare()
    if args.mail_only:
        mail = mail_fault(args.mails, dict(os.environ))
        print(json.dumps(mail, indent=2))
        return 0 if mail["lost"] == mail["doubled"] == 0 and mail["e-mails queued"] else 1
    report = {"load average before": load_average()}
    try:
        with server:
            probe = Probe(server.base, probe_page(mix))
            load = {}
            crowd = threading.Thread(
                target=lambda: load.update(
                    run_wrk(server.base, mix, duration=75, connections=args.connections)
                ),
                daemon=True,
            )
            t0 = time.monotonic()
            probe.start()
            crowd.start()
            time.sleep(12)

            print("Restarting PostgreSQL ...", flush=True)
            pg_down = time.monotonic()
            subprocess.run(
                [
                    "pg_ctlcluster",
                    "--skip-systemctl-redirect",
                    postgres_version(),
                    "main",
                    "restart",
                ],
                check=True,
            )
            pg_up = time.monotonic()
            recovered = None
            while time.monotonic() < pg_up + 30:
                answered = [when for when, status in probe.pages if when >= pg_up and status == 200]
                if answered:
                    recovered = answered[0]
                    break
                time.sleep(0.2)
            time.sleep(max(0.0, pg_up + 12 - time.monotonic()))

            print("Stopping Redis ...", flush=True)
            redis_down = time.monotonic()
            subprocess.run(
                ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "shutdown", "nosave"],
                capture_output=True,
            )
            redis_stopped = time.monotonic()  # the shutdown takes a moment on a busy machine
            time.sleep(12)
            print("Starting Redis again ...", flush=True)
            redis_starting = time.monotonic()
            subprocess.run(REDIS_START, stdout=subprocess.DEVNULL, check=True)
            redis_up = time.monotonic()
            time.sleep(12)
            ended = time.monotonic()
            probe.stop()
            crowd.join(120)
    finally:
        services_ok = ensure_services()

    grace = 3.0  # requests under way when the database went away, and reconnecting
    # A process trusts the generation it read for a second (portal/page_cache.py).
    phases = {
        "before the faults": (t0, pg_down),
        "while PostgreSQL restarted": (pg_down, pg_up + grace),
        "after PostgreSQL was back": (pg_up + grace, redis_down),
        # Samples are filed by when they were asked: one asked in the last seconds before the
        # restart may be answered once Redis is back (a busy server queues it), so those
        # seconds are left out.
        "while Redis was down": (redis_stopped + 1.5, redis_starting - grace),
        "after Redis was back": (redis_up + 3, ended),
    }
    report.update(
        {
            "postgres restart took s": round(pg_up - pg_down, 2),
            "pages answered again after s": round(recovered - pg_up, 2) if recovered else None,
            **{name: summary(probe, *window) for name, window in phases.items()},
            "wrk (its errors are the requests made while PostgreSQL was down)": load,
            "load average after": load_average(),
        }
    )

    print("Mail server down ...", flush=True)
    from django.db import connections

    connections.close_all()  # this script's own connection did not survive the restart
    report["mail"] = mail_fault(args.mails, dict(os.environ))

    def pages_in(name):
        return between(probe.pages, *phases[name])

    def all_ok(values):
        return bool(values) and all(value == 200 for value in values)

    redis_phase = phases["while Redis was down"]
    pg_start, pg_end = phases["while PostgreSQL restarted"]
    failed_outside = [
        (round(start - t0, 1), round(end - t0, 1), status)
        for start, end, status in probe.page_spans
        if status != 200 and (end < pg_start or start > pg_end) and start < redis_down
    ]
    report["page failures outside the restart (s from the start)"] = failed_outside
    verdicts = {
        "PostgreSQL: failures only while it was down, recovered without an app restart": (
            not failed_outside
            and all_ok(pages_in("after PostgreSQL was back"))
            and recovered is not None
        ),
        # A health check may also go unanswered in time on a machine this loaded; it must
        # never say 200 while the cache is down.
        "Redis: pages kept being served, uncached, /healthz said 503": (
            all_ok(pages_in("while Redis was down"))
            and 200 not in between(probe.health, *redis_phase)
            and 503 in between(probe.health, *redis_phase)
            and "hit" not in between(probe.cached, *redis_phase)
        ),
        "Redis: cached again once it was back": (
            "hit" in between(probe.cached, *phases["after Redis was back"])
            and all_ok(pages_in("after Redis was back"))
        ),
        "Mail: no save failed, every feedback e-mail arrived once": (
            report["mail"]["status changes published while the server was down"] == args.mails
            and report["mail"]["lost"] == 0
            and report["mail"]["doubled"] == 0
        ),
        "PostgreSQL and Redis running at the end": services_ok,
    }
    report["verdicts"] = verdicts
    (RESULTS / "faults.json").write_text(json.dumps(report, indent=2, default=str))
    for name, value in report.items():
        if name == "verdicts":
            continue
        print(f"{name}: {value}")
    print()
    for name, passed in verdicts.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}")
    return 0 if all(verdicts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
