"""Safe by default: security headers on every response, CSRF on every form that writes,
HTTPS and HSTS in production, and `manage.py check --deploy` clean with production settings."""

import os
import runpy
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings

from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_PATHS = [
    "/sv/",
    "/sv/forslag/",
    "/sv/forslag/?status=approved&sort=cost",
    "/sv/forslag/hitta/",
    "/sv/omraden/",
    "/sv/omraden/fittja/",
    "/sv/teman/trygghet/",
    "/sv/dialoger/",
    "/sv/dialoger/kampanj/",
    "/sv/kommissionen/",
    "/sv/statistik/",
    "/sv/sok/",
    "/sv/sok/?q=utegym",
    "/ar/forslag/",
    "/open-data/dialogues.json",
    "/open-data/dialogues.ics",
    "/open-data/statistics.json",
    "/open-data/proposals.json",
    "/open-data/proposals.csv",
    "/sv/oppna-data/",
]
REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}


@pytest.fixture(scope="module")
def content(module_db):
    area = factories.AreaPageFactory(title="Fittja", slug="fittja")
    theme = factories.ThemePageFactory(title="Trygghet", slug="trygghet")
    proposal = factories.ProposalPageFactory.in_status(
        Status.APPROVED, title="Utegym", area=area, theme=theme
    )
    session = factories.DialogueEventPageFactory(area=area, theme=theme)
    meeting = proposal.decided_at_meeting
    campaign = [session.url + route for route in ("kampanj/", "kampanj/affisch/", "kalender.ics")]
    return [proposal.url, session.url, meeting.url, *campaign]


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy", "")
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_public_headers(response, where):
    csp = policy(response)
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts == ["'self'"], f"{where}: script-src {scripts}"
    assert csp.get("style-src", csp.get("default-src")) == ["'self'"], where
    assert csp.get("default-src") == ["'self'"], where
    assert csp.get("object-src") == ["'none'"], where
    assert csp.get("base-uri") == ["'self'"], where
    assert csp.get("form-action") == ["'self'"], where
    assert csp.get("frame-ancestors") == ["'none'"], where
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where
    assert response.headers.get("Referrer-Policy") in REFERRER_POLICIES, where
    assert response.headers.get("X-Frame-Options") == "DENY", where
    assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin", where
    assert "camera=()" in response.headers.get("Permissions-Policy", ""), where


def test_every_public_page_sends_the_security_headers(client, content):
    for path in PUBLIC_PATHS + content:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_public_headers(response, path)


@pytest.mark.parametrize(
    ("path", "status", "extra"),
    [
        ("/sv/finns-inte/", 404, {}),
        ("/sv/forslag/hitta/?reference=XX-0000", 404, {}),
        ("/sv/", 400, {"HTTP_HOST": "evil.example"}),
        ("/sv/__server-error__/", 500, {}),
        ("/i18n/setlang/", 403, {"method": "post"}),
    ],
)
@override_settings(ROOT_URLCONF="tests.browser.server_urls")  # has an address that fails
def test_error_answers_send_them_too(content, path, status, extra):
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    method = extra.pop("method", "get")
    response = getattr(client, method)(path, **extra)

    assert response.status_code == status
    assert_public_headers(response, path)


def test_the_admin_has_its_own_policy_and_may_frame_its_previews(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert csp["object-src"] == ["'none'"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


class FormFinder(HTMLParser):
    """Every <form> of a page: its method, and whether it carries a CSRF token."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (attrs.get("method") or "get").lower(), "token": False})
        elif tag == "input" and attrs.get("name") == "csrfmiddlewaretoken" and self.forms:
            self.forms[-1]["token"] = True


def test_every_form_that_writes_carries_a_csrf_token(client, content):
    forms = 0
    for path in PUBLIC_PATHS + content:
        finder = FormFinder()
        response = client.get(path)
        if response.streaming:  # the CSV: data, no forms
            continue
        finder.feed(response.content.decode())
        for form in finder.forms:
            forms += 1
            assert form["method"] in {"get", "post"}, path
            if form["method"] == "post":
                assert form["token"], f"a POST form on {path} has no CSRF token"
    assert forms, "no forms found"
    assert "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE


def test_a_post_without_the_csrf_token_is_refused(content):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/ar/"})

    assert response.status_code == 403


@pytest.fixture(scope="module")
def production():
    """The production settings module's values, loaded with a real-looking SECRET_KEY."""
    key = os.environ.get("SECRET_KEY")
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(64)
    try:
        return runpy.run_module("portal.settings.production")
    finally:
        if key is None:
            del os.environ["SECRET_KEY"]
        else:
            os.environ["SECRET_KEY"] = key


def test_production_uses_https_everywhere(production):
    assert production["DEBUG"] is False
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True


def test_production_sends_hsts_over_https(client, content, production):
    hsts = {
        name: production[name]
        for name in ("SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD")
    }
    with override_settings(**hsts):
        response = client.get("/sv/", secure=True)

    header = response.headers["Strict-Transport-Security"]
    assert f"max-age={production['SECURE_HSTS_SECONDS']}" in header
    assert "includeSubDomains" in header


def test_the_production_settings_refuse_the_demo_secret_key():
    env = {**os.environ, "SECRET_KEY": "demo-only-insecure-key-change-me-in-production"}
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_with_the_production_settings():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
