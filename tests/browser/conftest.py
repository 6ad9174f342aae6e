"""The browser and HTML checks: the demo site served by a real server, Debian's Chromium.

The site is the demo (`manage.py load_demo`) on a temporary SQLite file, whatever database the
rest of the suite uses, served by `runserver` with DEBUG off. The built demo is kept in pytest's
cache for the day (keyed by the code that builds it), so a second run starts in seconds.
Nothing here is skipped: without Chromium, Java or node_modules the tests fail and say to run
`make browser-deps`.
"""

import datetime
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import django
import pytest
import wagtail

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
SERVER_SETTINGS = "tests.browser.server_settings"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The code that decides what the demo database holds; a change to it builds the demo anew.
DEMO_SOURCES = [
    "home/models.py",
    "home/migrations",
    "proposals_pages/demo",
    "proposals_pages/management",
    "proposals_pages/migrations",
    "proposals_pages/models",
    "proposals_pages/statuses.py",
    "portal/settings",
    "tests/browser/prepare.py",
]


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: drives Chromium or the Nu HTML Checker against the demo site "
        "(needs `make browser-deps`)",
    )


def require(path, what):
    if not Path(path).exists():
        pytest.fail(f"{what} is missing ({path}): run `make browser-deps`.", pytrace=False)


# --- the site ---------------------------------------------------------------------------


@dataclass
class DemoSite:
    base_url: str
    paths: dict
    log: Path

    def path(self, case, lang):
        path = self.paths.get(case.name, {}).get(lang)
        if path is None:
            pytest.fail(
                f"The demo has no page for {case.name!r} ({case.target}): "
                "check proposals_pages/demo or tests/browser/pages.py.",
                pytrace=False,
            )
        return path

    def url(self, case, lang):
        return self.base_url + self.path(case, lang)

    def fetch(self, path):
        """(status, HTML text) of a page, whatever its status."""
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")


def run_prepare(command, env):
    result = subprocess.run(
        [sys.executable, "-m", "tests.browser.prepare", command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode:
        pytest.fail(
            f"tests.browser.prepare {command} failed:\n{result.stdout}\n{result.stderr}",
            pytrace=False,
        )
    return result.stdout


def demo_key():
    digest = hashlib.sha256()
    digest.update(f"{datetime.date.today()} {django.__version__} {wagtail.__version__}".encode())
    for source in DEMO_SOURCES:
        path = ROOT / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def server_env(folder):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SERVER_SETTINGS,
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        PORTAL_VAR_DIR=str(folder),
        PYTHONUNBUFFERED="1",
    )
    return env


def built_demo(cache):
    """A folder with the demo's database and media, built once per key."""
    key = demo_key()
    built = cache / key
    if (built / "db.sqlite3").exists():
        return built
    for old in cache.iterdir():  # demos of other days or other code
        if not old.name.startswith(key):
            shutil.rmtree(old, ignore_errors=True)
    partial = cache / f"{key}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    run_prepare("build", server_env(partial))
    try:
        partial.rename(built)
    except OSError:  # another test run built the same demo meanwhile
        shutil.rmtree(partial, ignore_errors=True)
    return built


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base_url, process, log, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"The demo server stopped:\n{log.read_text()[-3000:]}", pytrace=False)
        try:
            with urllib.request.urlopen(base_url + "/sv/", timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    pytest.fail(f"The demo server did not answer:\n{log.read_text()[-3000:]}", pytrace=False)


@pytest.fixture(scope="session")
def demo_site(request, tmp_path_factory):
    """The demo served at http://127.0.0.1:<free port>, and the path of every page case."""
    cache = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider
    built = built_demo(
        Path(cache.mkdir("browser-demo")) if cache else tmp_path_factory.mktemp("browser-demo")
    )
    folder = tmp_path_factory.mktemp("demo-site")
    shutil.copy2(built / "db.sqlite3", folder / "db.sqlite3")
    if (built / "media").exists():
        shutil.copytree(built / "media", folder / "media")
    env = server_env(folder)
    paths = json.loads(run_prepare("paths", env).strip().splitlines()[-1])
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / "browser-server.log"
    port = free_port()
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
                "--skip-checks",
            ],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, process, log)
        yield DemoSite(base_url=base_url, paths=paths, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


# --- the browser ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which never downloads a browser here)."""
    require(CHROMIUM, "Debian's Chromium")
    require(AXE, "axe-core (npm)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is missing: run `make install` (pyproject's test extras).")

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, demo_site):
    """Opens pages in a fresh browser context; `axe.min.js` is served from the site's own
    origin, so it runs under the real Content-Security-Policy (no inline script needed)."""
    contexts = []

    def open_page(viewport=(1280, 900), locale="sv-SE"):
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            locale=locale,
            base_url=demo_site.base_url,
        )
        context.route(
            f"{demo_site.base_url}/__axe__.js",
            lambda route: route.fulfill(path=str(AXE), content_type="text/javascript"),
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def screenshot(page, name, full_page=True):
    """Saves test-artifacts/screenshots/<name>.png for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
