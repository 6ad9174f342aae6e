"""What bench/load.py and bench/faults.py share: the production profile under gunicorn on
loopback, the addresses a crowd asks for, and wrk to ask for them.

Everything stays on 127.0.0.1 and every run is bounded in time. The database is the one
DATABASE_URL names (default: production_bench, with the demo and seed_bench's proposals),
the cache a Redis database of the bench's own (REDIS_URL, default db 5), emptied first.
"""

import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
RESULTS = ROOT / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/production_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
# The load balancer's header: production redirects plain HTTP to HTTPS (SECURE_SSL_REDIRECT),
# so on loopback the requests say they came over HTTPS, as behind the real load balancer.
FORWARDED = {"X-Forwarded-Proto": "https"}


def load_average():
    return tuple(float(x) for x in Path("/proc/loadavg").read_text().split()[:3])


def ensure_wrk():
    """wrk from Debian's packages, installed when missing."""
    if shutil.which("wrk"):
        return
    print("Installing wrk (apt-get) ...", flush=True)
    install = ["apt-get", "install", "-y", "--no-install-recommends", "wrk"]
    if subprocess.run(install, stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run(["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(install, check=True, stdout=subprocess.DEVNULL)


def server_environment(database_url, redis_url, port, extra=None):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        SECRET_KEY=secrets.token_urlsafe(64),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    env.update(extra or {})
    return env


class Server:
    """gunicorn with portal/gunicorn.conf.py, started and stopped by the bench (its own
    process group, ended by its id)."""

    def __init__(self, database_url, redis_url, port, log_path, extra_env=None):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.env = server_environment(database_url, redis_url, port, extra_env)
        self.log_path = log_path
        self.process = None

    def prepare(self):
        manage = [str(PYTHON), "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=self.env, check=True)
        subprocess.run(
            [*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=self.env, check=True
        )

    def start(self):
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [str(GUNICORN), "-c", "portal/gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped at start; see {self.log_path}")
            if get(self.base + "/healthz")[0] == 200:
                return
            time.sleep(0.5)
        self.stop()
        sys.exit(f"gunicorn did not answer /healthz within a minute; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()  # gunicorn's master stops its workers
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if getattr(self, "log", None):
            self.log.close()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def get(url, timeout=10, headers=None):
    """(status, headers, body) of one GET; status 0 when nothing answered."""
    request = urllib.request.Request(url, headers={**FORWARDED, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""
    except (OSError, urllib.error.URLError):
        return 0, {}, b""


def flush_redis(redis_url):
    """Empty the bench's own Redis database (a cold page cache for each run)."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


# --- the addresses a crowd asks for ----------------------------------------------------


def realistic_mix(database_url, seed=10, proposals=200):
    """[(weight, path)]: home, listings with filters, area and theme pages, proposal pages,
    search, statistics and open data, in the proportions of a campaign evening. Proposal
    pages are drawn from `proposals` random proposals (most are asked for once or twice,
    so most are rendered, not cached)."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["DEBUG"] = "0"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from proposals_pages.models import AreaPage, ProposalPage, ThemePage
    from proposals_pages.models.base import in_default_locale

    rng = random.Random(seed)
    areas = list(in_default_locale(AreaPage.objects.live()).values_list("slug", flat=True))
    themes = list(in_default_locale(ThemePage.objects.live()).values_list("slug", flat=True))
    live = ProposalPage.objects.live().in_default_locale()
    ids = list(live.values_list("pk", flat=True))
    sample = rng.sample(ids, min(proposals, len(ids)))
    slugs = list(live.filter(pk__in=sample).values_list("slug", flat=True))
    statuses = ["approved", "rejected", "received", "completed", "under_review"]
    words = ["lekplats", "belysning", "bänkar", "utegym", "skola", "park", "fotboll", "bibliotek"]
    years = [2020, 2021, 2022, 2023, 2024]
    languages = ["sv", "sv", "sv", "en", "ar", "fi", "so", "tr"]

    def lang():
        return rng.choice(languages)

    mix = []
    for language in ["sv", "en", "ar", "fi", "so", "tr"]:
        mix.append((40 if language == "sv" else 6, f"/{language}/"))
        mix.append((20 if language == "sv" else 3, f"/{language}/forslag/"))
    for _ in range(30):
        query = [f"area={rng.choice(areas)}"]
        if rng.random() < 0.5:
            query.append(f"status={rng.choice(statuses)}")
        if rng.random() < 0.3:
            query.append(f"theme={rng.choice(themes)}")
        if rng.random() < 0.3:
            query.append(f"year={rng.choice(years)}")
        mix.append((1, f"/{lang()}/forslag/?{'&'.join(query)}"))
    for area in areas:
        mix.append((6, f"/sv/omraden/{area}/"))
        mix.append((1, f"/{lang()}/omraden/{area}/?status={rng.choice(statuses)}"))
    for theme in themes:
        mix.append((2, f"/sv/teman/{theme}/"))
    for slug in slugs:
        mix.append((0.1, f"/{lang()}/forslag/{slug}/"))
    for word in words:
        mix.append((1, f"/sv/sok/?q={word}"))
        mix.append((0.5, f"/sv/forslag/?q={word}"))
    mix += [
        (6, "/sv/dialoger/"),
        (4, "/sv/statistik/"),
        (1, f"/sv/statistik/?year=2023&area={areas[0]}"),
        (3, "/sv/kommissionen/"),
        (2, "/open-data/proposals.json"),
        (1, f"/open-data/proposals.json?area={areas[1]}&status=approved"),
        (1, "/open-data/statistics.json"),
        (1, "/open-data/dialogues.json"),
        (1, "/sv/forslag/flode/"),
    ]
    return mix


def popular(mix, threshold=2):
    """The addresses most of the crowd asks for (home, listings, areas, themes, sections):
    a site that has been serving for a while has them in its page cache already."""
    return [url_path for weight, url_path in mix if weight >= threshold]


def warm(base, paths):
    for url_path in paths:
        get(base + quote(url_path, safe="/?=&"), timeout=60)


def settle(base, seconds=60):
    """Wait until the server answers /healthz quickly again (the last requests of a run are
    finished), then a few seconds more."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        get(base + "/healthz", timeout=10)
        if time.monotonic() - started < 0.05:
            break
        time.sleep(1)
    time.sleep(5)


def wrk_script(paths_with_weights, path):
    """A wrk Lua script that asks for the paths in their proportions, as HTTPS behind the
    load balancer, counts answers of 400 and over, and prints its figures as JSON."""
    total = sum(weight for weight, _ in paths_with_weights)
    cumulative, acc = [], 0.0
    for weight, url_path in paths_with_weights:
        acc += weight / total
        cumulative.append((acc, url_path))
    entries = ",\n".join(
        f'  {{{threshold:.6f}, "{quote(url_path, safe="/?=&")}"}}'
        for threshold, url_path in cumulative
    )
    Path(path).write_text(
        f"""-- Generated by bench/production_server.py
local paths = {{
{entries}
}}
local threads = {{}}
wrk.headers["X-Forwarded-Proto"] = "https"

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  bad = 0
  statuses = {{}}
  math.randomseed(os.time() * 100 + id)
end

function request()
  local r = math.random()
  for _, entry in ipairs(paths) do
    if r <= entry[1] then
      return wrk.format("GET", entry[2])
    end
  end
  return wrk.format("GET", paths[#paths][2])
end

function response(status, headers, body)
  if status >= 400 then
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  local by_status = {{}}
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    for status, count in pairs(thread:get("statuses")) do
      by_status[tostring(status)] = (by_status[tostring(status)] or 0) + count
    end
  end
  local parts = {{}}
  for status, count in pairs(by_status) do
    table.insert(parts, string.format('"%s": %d', status, count))
  end
  io.write(string.format(
    'WRK-JSON {{"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"http_errors": %d, "by_status": {{%s}}, ' ..
    '"p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}}\\n',
    summary.requests, summary.duration, summary.bytes,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    bad_total, table.concat(parts, ", "),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""
    )
    return path


def run_wrk(base, paths_with_weights, *, duration, connections, threads=2, timeout=30):
    """wrk against the server for `duration` seconds; its figures as a dict."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        pass
    wrk_script(paths_with_weights, script.name)
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={timeout}s",
        "-s",
        script.name,
        base,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=duration + 60, check=False
    )
    os.unlink(script.name)
    for line in result.stdout.splitlines():
        if line.startswith("WRK-JSON "):
            figures = json.loads(line[len("WRK-JSON ") :])
            figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
            figures["errors"] = (
                sum(
                    figures[name]
                    for name in ("connect_errors", "read_errors", "write_errors", "timeouts")
                )
                + figures["http_errors"]
            )
            return figures
    sys.exit(f"wrk printed no figures:\n{result.stdout}\n{result.stderr}")
