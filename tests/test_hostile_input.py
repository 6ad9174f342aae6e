"""No server error on bad input: malformed and hostile requests get a 2xx, 3xx or 4xx with a
helpful page, never a 500.

Each test sends a batch of requests and lists every one that went wrong, with the exception
behind a 500. A listing or export added later is one more line in LISTINGS or EXPORTS.
"""

import datetime
import traceback

import pytest
from django.core.signals import got_request_exception
from django.test import Client
from django.utils import translation
from django.views.defaults import server_error

from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

# Pages that take the listing parameters of contract.md (area, theme, status, year, q, sort,
# page) or a form's input.
LISTINGS = [
    "/sv/forslag/",
    "/sv/omraden/fittja/",
    "/sv/teman/trygghet/",
    "/sv/sok/",
    "/sv/forslag/hitta/",
    "/ar/forslag/",
    "/sv/statistik/",
    "/ar/statistik/",
]
# The open data (contract.md): one line each.
EXPORTS = [
    "/open-data/dialogues.json",
    "/open-data/dialogues.ics",
    "/open-data/statistics.json",
    "/open-data/proposals.json",
    "/open-data/proposals.csv",
]
OTHER_PAGES = [
    "/sv/",
    "/sv/omraden/",
    "/sv/teman/",
    "/sv/dialoger/",
    "/sv/dialoger/kampanj/",
    "/sv/dialoger/kampanj/fittja/",
    "/sv/kommissionen/",
    "/sv/oppna-data/",
]

LONG = "å" * 5000
HOSTILE_QUERIES = [
    "page=0",
    "page=-1",
    "page=99999999999999999999999999",
    "page=1e9",
    "page=abc",
    "page=",
    "page=1&page=2",
    "page=%00",
    "page=last",
    "page=2.5",
    "year=abc",
    "year=-5",
    "year=0",
    "year=99999999999999999999",
    "year=2024.5",
    "year=%ff",
    "year=2024&year=2025",
    "area=finns-inte",
    "area=",
    "area[]=fittja",
    "area=%00",
    "area=../../etc/passwd",
    "theme=x%27%20OR%201%3D1--",
    "theme=trygghet&theme=unga",
    "status=nej",
    "status=",
    "status=approved&status=bogus",
    "&".join(["status=approved"] * 300),
    "sort=-pk",
    "sort=__class__",
    "sort=title;DROP%20TABLE%20wagtailcore_page",
    f"q={'a' * 10000}",
    f"q={LONG}",
    "q=%00",
    "q=%ff%fe",
    "q=%ED%A0%80",  # a lone surrogate: not valid UTF-8
    "q=%C0%AF",  # an overlong encoding of "/"
    "q=<script>alert(1)</script>",
    "q=%E2%80%AE%E2%80%AE",
    "q=" + "%F0%9F%99%82" * 300,
    "q=*",
    "q=%22",
    "q=%25",
    "q=_",
    "q=OR%20AND%20NOT",
    "q=a&q=b",
    "q=%20%20%20",
    f"reference={'X' * 1000}",
    "reference=%00",
    "reference=bd-2024-0001",
    "lang=xx",
    "lang=../../etc",
    "page_size=-1",
    "page_size=99999999999",
    "page_size=abc",
    "format=json",
    "%ff=%fe",
    f"{'k' * 5000}=1",
    "&".join(f"p{number}=1" for number in range(2000)),
    "=&=&&&=",
    "%",
    "a=%zz",
]
HOSTILE_PATHS = [
    "/sv/forslag/../../../etc/passwd",
    "/sv/%2e%2e/%2e%2e/etc/passwd",
    "/sv/..%2f..%2f..%2fetc%2fpasswd",
    "/static/../portal/settings/base.py",
    "/static/..%2f..%2fportal/settings/base.py",
    "/media/../../etc/passwd",
    "/documents/../../etc/passwd",
    "/documents/999999/hemligt.pdf",
    "/sv/forslag/%00/",
    "/sv/%ff%fe/",
    "/sv/%C0%AF/",
    "/%ED%A0%80/",
    f"/sv/{'a' * 5000}/",
    "/sv/forslag/" + "x/" * 300,
    "/xx/forslag/",
    "/zz/",
    "/sv-SE/",
    "/SV/forslag/",
    "/en/omraden/fittja/",
    "/so/teman/trygghet/",
    "/sv/forslag/hitta/extra/",
    "/sv//forslag//",
    "/sv/forslag/%",
    "/%E2%80%AE/",
    "/sv/omraden/fittja/page/2/",
    "/sv/åäö/",
    "/sv/forslag/1/",
    "/sv/kommissionen/finns-inte/",
    "/sv/dialoger/kampanj/finns-inte/",
    "/sv/dialoger/kampanj/%ff/",
    "/sv/dialoger/omgang/fittja/9999-99/",
    "/sv/dialoger/omgang/fittja/2024-13/",
    "/sv/dialoger/omgang/fittja/0000-00/kalender.ics",
    "/sv/dialoger/omgang/finns-inte/2024-01/",
    "/sv/dialoger/omgang/../../../etc/passwd",
    "/sv/dialoger/finns-inte.ics",
    "/sv/dialoger/../../etc/passwd.png",
    "/open-data/",
    "/open-data/dialogues.xml",
    "/open-data/../portal/settings/base.py",
    "/robots.txt",
    "/favicon.ico",
    "/.env",
    "/.git/config",
    "/wp-login.php",
    "/i18n/setlang/",
    "/i18n/setlang/?language=xx&next=https://evil.example/",
    # More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS: Django refuses with a 400.
    "/sv/forslag/?" + "&".join(f"p{number}=1" for number in range(10_001)),
]
UNSAFE_METHODS = ["post", "put", "patch", "delete"]


@pytest.fixture(scope="module")
def content(module_db):
    """An area, a theme, proposals in a few statuses, a session and the deciding meeting."""
    area = factories.AreaPageFactory(title="Fittja", slug="fittja")
    theme = factories.ThemePageFactory(title="Trygghet", slug="trygghet")
    meeting = factories.CommissionMeetingPageFactory(date=datetime.date(2024, 4, 10))
    proposals = [
        factories.ProposalPageFactory.in_status(
            status,
            area=area,
            theme=theme,
            submitted_on=datetime.date(2024, 2, 1),
            decided_at_meeting=meeting,
        )
        for status in (Status.RECEIVED, Status.APPROVED, Status.REJECTED, Status.COMPLETED)
    ]
    session = factories.DialogueEventPageFactory(area=area, theme=theme)
    campaign = [
        session.url + route
        for route in ("kampanj/", "kampanj/affisch/", "kampanj/flygblad/", "kalender.ics")
    ]
    return [proposal.url for proposal in proposals] + [session.url, meeting.url] + campaign


class Recorder:
    """Sends requests and keeps every answer that is a server error or an unhelpful 4xx."""

    def __init__(self, **client_options):
        self.client = Client(raise_request_exception=False, **client_options)
        self.problems = []
        self.sent = 0
        self._exception = None

    def __enter__(self):
        got_request_exception.connect(self._record_exception)
        return self

    def __exit__(self, *exc_info):
        got_request_exception.disconnect(self._record_exception)

    def _record_exception(self, sender, request=None, **kwargs):
        self._exception = traceback.format_exc(limit=-3)

    def send(self, method, path, **extra):
        self._exception = None
        self.sent += 1
        response = getattr(self.client, method)(path, **extra)
        if response.streaming:  # a streamed export (the CSV) reads its rows only now
            response.streamed = b"".join(response.streaming_content)
        problem = self.judge(method, response)
        if problem:
            shown = path if len(path) < 120 else f"{path[:100]}…({len(path)} characters)"
            detail = f"\n{self._exception}" if self._exception else ""
            self.problems.append(f"{method.upper()} {shown}: {problem}{detail}")
        return response

    @staticmethod
    def judge(method, response):
        status = response.status_code
        if status >= 500:
            return f"{status}"
        if status == 405:
            return "" if response.has_header("Allow") else "405 without an Allow header"
        if 400 <= status < 500 and method == "get":
            text = response.content.decode("utf-8", "replace")
            kind = response.get("Content-Type", "")
            if kind.startswith("application/json"):  # the open data: a message to a program
                helpful = len(text.strip()) > 2
            else:
                helpful = "<h1" in text and "<a href=" in text and kind.startswith("text/html")
            return "" if helpful else f"{status} without a page that says what to do"
        return ""

    def assert_none(self):
        assert not self.problems, f"{len(self.problems)} of {self.sent} requests failed:\n" + (
            "\n".join(self.problems)
        )


@pytest.mark.parametrize("path", LISTINGS + EXPORTS)
def test_odd_listing_parameters_never_cause_a_server_error(path, content):
    with Recorder() as recorder:
        for query in HOSTILE_QUERIES:
            recorder.send("get", f"{path}?{query}")
    recorder.assert_none()


def test_hostile_paths_get_a_helpful_answer(content):
    with Recorder() as recorder:
        for path in HOSTILE_PATHS:
            recorder.send("get", path)
    recorder.assert_none()


def test_traversal_never_reaches_a_file(content):
    with Recorder() as recorder:
        for path in HOSTILE_PATHS:
            response = recorder.send("get", path)
            body = b"".join(response) if response.streaming else response.content
            assert b"root:" not in body and b"SECRET_KEY" not in body, path


def test_head_and_options_answer_on_every_page(content):
    with Recorder() as recorder:
        for path in LISTINGS + OTHER_PAGES + content:
            head = recorder.send("head", path)
            assert head.status_code in (200, 404), f"HEAD {path}: {head.status_code}"
            recorder.send("options", path)
        for path in EXPORTS:
            recorder.send("head", path)
            recorder.send("options", path)
    recorder.assert_none()


@pytest.mark.parametrize("path", EXPORTS)
def test_head_on_the_open_data_answers_like_get(path, client, content):
    assert client.head(path).status_code == client.get(path).status_code == 200


def test_changes_without_a_csrf_token_are_refused(content):
    """Pages only read; whatever would write needs the CSRF token (403) or is not allowed."""
    with Recorder(enforce_csrf_checks=True) as recorder:
        for path in LISTINGS + OTHER_PAGES + content + ["/i18n/setlang/"]:
            for method in UNSAFE_METHODS:
                response = recorder.send(method, path, data={"q": "x", "language": "ar"})
                assert response.status_code in (403, 405), f"{method} {path}"
            recorder.send("trace", path)
    recorder.assert_none()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ACCEPT_LANGUAGE": "xx, ;q=abc, *;q=nan"},
        {"HTTP_ACCEPT_LANGUAGE": "ar-EG,ar;q=0.9"},
        {"HTTP_ACCEPT_LANGUAGE": "a" * 5000},
        {"HTTP_COOKIE": "django_language=xx; sessionid=%ff%fe"},
        {"HTTP_COOKIE": "csrftoken=" + "x" * 5000},
        {"HTTP_X_FORWARDED_PROTO": "gopher"},
        {"HTTP_REFERER": "javascript:alert(1)"},
        {"HTTP_USER_AGENT": "\x00" * 10},
        {"HTTP_IF_MODIFIED_SINCE": "yesterday"},
        {"HTTP_IF_NONE_MATCH": '"' * 100},
        {"HTTP_RANGE": "bytes=99999999999-"},
        {"HTTP_HOST": "evil.example"},
        {"HTTP_HOST": "127.0.0.1:99999999"},
        {"HTTP_HOST": "../../"},
    ],
    ids=lambda headers: next(iter(headers)),
)
def test_odd_headers_never_cause_a_server_error(headers, content):
    with Recorder() as recorder:
        for path in ["/sv/", "/sv/forslag/?status=approved", "/sv/sok/?q=fittja", "/nowhere/"]:
            recorder.send("get", path, **headers)
    recorder.assert_none()


def test_an_unknown_address_gets_the_translated_404_page(client, content):
    with translation.override("ar"):
        response = client.get("/ar/finns-inte/")

    assert response.status_code == 404
    text = response.content.decode()
    assert 'lang="ar"' in text and 'dir="rtl"' in text
    assert 'href="/sv/sok/"' in text or 'href="/ar/sok/"' in text  # a way on: search


def test_the_500_page_needs_neither_database_nor_context_processors(rf):
    """No `db` fixture here: any database query would fail the test."""
    with translation.override("ar"):
        response = server_error(rf.get("/ar/forslag/"))

    assert response.status_code == 500
    text = response.content.decode()
    assert 'lang="ar"' in text and 'dir="rtl"' in text
    assert "<h1>" in text and 'href="/"' in text
