"""Faults survived: PostgreSQL restarted and Redis stopped under load, the mail server down.

Not a test (it restarts the machine's PostgreSQL, which other work may be using, and stops
its Redis): run it by hand, on loopback, bounded in time (about two minutes), and read what it
prints (bench/README.md, "Load and faults"). In order:

1. gunicorn with the production profile (bench/production_server.py), wrk sending a steady
   mix, and a probe asking every quarter second for /healthz and for a page that is never
   cached (a free-text listing search), noting each answer's time and status;
2. PostgreSQL restarted (pg_ctlcluster ... restart): requests may fail only while it is down
   and must recover without restarting the app (persistent connections are health-checked);
3. Redis stopped (redis-cli shutdown), then started again as the machine starts it: the site
   must keep serving, uncached, while /healthz says 503; afterwards pages are cached again;
4. the mail server down while feedback e-mails are sent (proposals_pages/feedback.py, as the
   import's --notify and the background delivery call it), then up: every message must
   arrive exactly once. An SMTP sink of its own stands in for the mail server.
   --deliver-command names what sends the waiting mail once the server is back (the
   background worker of issue 8, e.g. ".venv/bin/python manage.py db_worker --batch").

PostgreSQL and Redis are running again at the end whatever happened. Exits 1 when a fault
was not survived.
"""

import argparse
import asyncio
import email
import json
import os
import random
import shlex
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


class Probe(threading.Thread):
    """Asks every quarter second for /healthz, an uncached page and the cached home page."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base = base
        self.samples = []  # (time, health status, uncached page status, home page's X-Page-Cache)
        self.stopped = threading.Event()
        self.words = ["lekplats", "belysning", "park", "skola", "bibliotek", "fotboll"]

    def run(self):
        rng = random.Random(1)
        while not self.stopped.is_set():
            started = time.monotonic()
            health = get(self.base + "/healthz", timeout=5)[0]
            word = rng.choice(self.words)
            uncached = get(f"{self.base}/sv/forslag/?q={word}&page={rng.randint(1, 3)}", timeout=8)[
                0
            ]
            home = get(self.base + "/sv/", timeout=5)[1].get("X-Page-Cache")
            self.samples.append((started, health, uncached, home))
            self.stopped.wait(max(0.0, 0.25 - (time.monotonic() - started)))

    def between(self, start, end):
        return [s for s in self.samples if start <= s[0] < end]


def summary(samples):
    pages = Counter(status for _t, _h, status, _c in samples)
    health = Counter(status for _t, status, _p, _c in samples)
    cached = Counter(state for _t, _h, _p, state in samples)
    return {"pages": dict(pages), "healthz": dict(health), "home X-Page-Cache": dict(cached)}


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


def mail_fault(count, deliver_command):
    """Feedback for `count` proposals while the mail server is down, then with it up."""
    from django.db import transaction

    from proposals_pages import feedback
    from proposals_pages.models import ProposalPage, ProposalStatusChange, Proposer

    proposals = list(
        ProposalPage.objects.live()
        .in_default_locale()
        .filter(proposer__isnull=True, history__isnull=False)
        .distinct()
        .order_by("?")[:count]
    )
    # Synthetic proposers (bench data), removed again at the end.
    created = [
        Proposer.objects.create(
            proposal=proposal, name="Bench", email=f"faults-{proposal.pk}@example.org"
        )
        for proposal in proposals
    ]
    try:
        attempts = []
        for proposal in proposals:
            change = ProposalStatusChange.objects.filter(proposal=proposal).latest("pk")
            with transaction.atomic():
                attempts.append(feedback.send_status_feedback(proposal, change))
        sink = SmtpSink(SMTP_PORT)
        sink.start()
        try:
            if deliver_command:
                subprocess.run(shlex.split(deliver_command), cwd=ROOT, timeout=120)
            time.sleep(3)
        finally:
            sink.stop()
        arrived = Counter(
            message["To"] for message in sink.messages if message["To"].startswith("faults-")
        )
        # The sink works: a message sent while it is up arrives.
        control = SmtpSink(SMTP_PORT)
        control.start()
        try:
            proposal = proposals[0]
            change = ProposalStatusChange.objects.filter(proposal=proposal).latest("pk")
            control_sent = feedback.send_status_feedback(proposal, change)
        finally:
            control.stop()
    finally:
        Proposer.objects.filter(pk__in=[proposer.pk for proposer in created]).delete()
    expected = {f"faults-{proposal.pk}@example.org" for proposal in proposals}
    return {
        "messages": len(proposals),
        "accepted while the server was down": sum(attempts),
        "arrived after it came back": sum(1 for address in expected if arrived[address]),
        "lost": sum(1 for address in expected if not arrived[address]),
        "doubled": sum(1 for address in expected if arrived[address] > 1),
        "control message with the server up arrived": bool(
            control_sent and len(control.messages) == 1
        ),
    }


# --- the run ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--port", type=int, default=8124)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--mails", type=int, default=10)
    parser.add_argument("--deliver-command", default="")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        sys.exit("The fault run needs PostgreSQL: DATABASE_URL=postgres://...")

    ensure_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(SMTP_PORT),
    )
    mix = realistic_mix(args.database_url)
    flush_redis(args.redis_url)
    server = Server(args.database_url, args.redis_url, args.port, RESULTS / "faults-gunicorn.log")
    server.prepare()
    report = {"load average before": load_average()}
    try:
        with server:
            probe = Probe(server.base)
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
            while time.monotonic() < pg_up + 20:
                after = [s for s in probe.samples if s[0] >= pg_up]
                if after and after[-1][2] == 200:
                    recovered = after[-1][0]
                    break
                time.sleep(0.2)
            time.sleep(max(0.0, pg_up + 12 - time.monotonic()))

            print("Stopping Redis ...", flush=True)
            redis_down = time.monotonic()
            subprocess.run(
                ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "shutdown", "nosave"],
                capture_output=True,
            )
            time.sleep(12)
            print("Starting Redis again ...", flush=True)
            subprocess.run(REDIS_START, stdout=subprocess.DEVNULL, check=True)
            redis_up = time.monotonic()
            time.sleep(12)
            probe.stopped.set()
            crowd.join(120)
            probe.join(10)
    finally:
        services_ok = ensure_services()

    grace = 2.0  # a request under way when the database went away
    before = probe.between(t0, pg_down)
    pg_window = probe.between(pg_down, pg_up + grace)
    between = probe.between(pg_up + grace, redis_down)
    # A process trusts the generation it read for a second (portal/page_cache.py).
    redis_window = probe.between(redis_down + 1.5, redis_up)
    afterwards = probe.between(redis_up + 3, time.monotonic())
    report.update(
        {
            "postgres restart took s": round(pg_up - pg_down, 2),
            "pages answered again after s": round(recovered - pg_up, 2) if recovered else None,
            "before the faults": summary(before),
            "while PostgreSQL restarted": summary(pg_window),
            "after PostgreSQL was back": summary(between),
            "while Redis was down": summary(redis_window),
            "after Redis was back": summary(afterwards),
            "wrk": load,
            "load average after": load_average(),
        }
    )

    print("Mail server down ...", flush=True)
    report["mail"] = mail_fault(args.mails, args.deliver_command)

    def ok_only(samples, field=2):
        return bool(samples) and all(s[field] == 200 for s in samples)

    verdicts = {
        "PostgreSQL: failures only while it was down, recovered without an app restart": (
            ok_only(before) and ok_only(between) and recovered is not None
        ),
        "Redis: pages kept being served, uncached, /healthz said 503": (
            ok_only(redis_window)
            and all(s[1] == 503 for s in redis_window)
            and all(s[3] != "hit" for s in redis_window)
        ),
        "Redis: cached again once it was back": any(s[3] == "hit" for s in afterwards)
        and ok_only(afterwards),
        "Mail: every feedback e-mail arrived once": (
            report["mail"]["lost"] == 0 and report["mail"]["doubled"] == 0
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
