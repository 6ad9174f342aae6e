"""Personal data never leaks: unique markers in every personal-data field, the whole flow of
a proposal, then every public output and the stored content searched for them (issue 8).

The flow: the demo; a proposal typed in at a session and imported with its proposer; its status
changed by a re-import with --notify and by an editor publishing in the admin; the proposal
translated into English with wagtail-localize; a second proposal left online in Finnish by
another resident, published by a moderator and then moved on. Then every public URL is read
(pages in every language, search, feeds, open data, the API, the sitemap), and the page
revisions, translation sources and strings, page log, search index and everything logged
meanwhile are searched.
"""

import html
import json
import logging
from io import StringIO
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.test import Client, TestCase
from wagtail.models import Locale, PageLogEntry, Revision
from wagtail.search.models import IndexEntry
from wagtail_localize.models import String, StringTranslation, TranslationSource

from proposals_pages.demo.localize import translate
from proposals_pages.models import FeedbackMail, ProposalPage
from proposals_pages.statuses import Status

from .import_files import csv_file, row
from .test_load_demo import as_after_migrate

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

NAME = "Zyxelbrandt Qorvanian"
EMAIL = "qorvanian.zyx@example.org"
PHONE = "070-123 49 87"
MARKERS = ["Zyxelbrandt", "Qorvanian", "qorvanian", "123 49 87", "1234987", "zyx@example"]
REFERENCE = "BD-2026-9001"
TITLE = "Sittplatser vid Fittja torg"
# The resident who proposes online (in Finnish).
ONLINE_NAME = "Vexhalla Pirttimarkov"
ONLINE_EMAIL = "pirttimarkov.vex@example.org"
ONLINE_PHONE = "073-555 12 09"
ONLINE_TITLE = "Kuntoiluportaat Albyn rinteeseen"
MARKERS += ["Vexhalla", "Pirttimarkov", "pirttimarkov", "555 12 09", "5551209", "vex@example"]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_PATHS = [
    "",
    "forslag/",
    f"forslag/?q={TITLE.split()[0]}",
    "forslag/?area=fittja",
    f"forslag/hitta/?reference={REFERENCE}",
    "forslag/flode/",
    "omraden/fittja/",
    "omraden/fittja/flode/",
    "statistik/",
    "kommissionen/",
    "dialoger/",
    "oppna-data/",
    f"sok/?q={TITLE.split()[0]}",
    "sok/?q=Qorvanian",
    "sok/?q=qorvanian.zyx%40example.org",
]
DATA_PATHS = [
    "/open-data/proposals.json?page_size=1000",
    "/open-data/proposals.csv",
    "/open-data/proposals.json?q=Qorvanian",
    "/open-data/dialogues.json",
    "/open-data/dialogues.ics",
    "/open-data/statistics.json",
    "/api/v2/pages/?type=proposals_pages.ProposalPage&fields=*&limit=100",
    "/api/v2/pages/?search=Qorvanian",
    "/sitemap.xml",
    "/robots.txt",
]


def leaks(text):
    return [marker for marker in MARKERS if marker.lower() in text.lower()]


def without_echo(url, text):
    """The answer without the search words the visitor typed, which it may repeat."""
    query = parse_qs(urlsplit(url).query)
    for words in query.get("q", []) + query.get("search", []):
        for form in {words, html.escape(words), json.dumps(words)[1:-1], quote(words)}:
            text = text.replace(form, "")
    return text


def import_file(folder, *options, **values):
    path = folder / "dialog.csv"
    path.write_bytes(csv_file(row(reference=REFERENCE, title=TITLE, area="fittja", **values)))
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("import_proposals", str(path), *options, stdout=StringIO())


class Kept(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture(scope="module")
def logged():
    handler = Kept()
    root = logging.getLogger()
    level, root.level = root.level, logging.DEBUG
    root.addHandler(handler)
    yield handler.lines
    root.removeHandler(handler)
    root.level = level


@pytest.fixture(scope="module")
def flow(module_db, tmp_path_factory, logged):
    """The whole flow of one proposal with a proposer, once for the module's tests."""
    folder = tmp_path_factory.mktemp("flow")
    as_after_migrate()
    call_command("load_demo", stdout=StringIO())
    personal = {
        "submitter_name": NAME,
        "submitter_email": EMAIL,
        "submitter_phone": PHONE,
        "submitter_language": "ar",
    }
    import_file(folder, **personal)
    import_file(folder, "--notify", status="under_review")
    proposal = ProposalPage.objects.get(reference=REFERENCE, locale__language_code="sv")
    proposal.status = Status.WITHDRAWN  # an editor, in the admin
    with TestCase.captureOnCommitCallbacks(execute=True):
        proposal.save_revision().publish()
    translate(proposal, Locale.objects.get(language_code="en"), {"title": "Seats by Fittja"})
    online = propose_online()
    # Django logs an address not found: whatever else the flow logs (Pillow reads images only
    # the first time the demo is loaded), the log handler is seen to hear the site.
    Client().get("/sv/forslag/finns-inte/")
    return proposal, online, list(mail.outbox)


def propose_online():
    """A resident leaves a proposal at /fi/forslag/lamna/; a moderator publishes it; it is
    decided on."""
    client = Client()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/fi/forslag/lamna/",
            {
                "title": ONLINE_TITLE,
                "description": "Portaat kuntoiluun Albyn rinteeseen.",
                "area": "alby",
                "name": ONLINE_NAME,
                "email": ONLINE_EMAIL,
                "phone": ONLINE_PHONE,
                "preferred_language": "fi",
                "consent": "on",
                "website": "",
            },
            REMOTE_ADDR="192.0.2.77",
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    online = ProposalPage.objects.get(title=ONLINE_TITLE)
    assert not online.live
    with TestCase.captureOnCommitCallbacks(execute=True):
        online.get_latest_revision().publish()  # the moderator
    online.refresh_from_db()
    online.status = Status.UNDER_REVIEW
    with TestCase.captureOnCommitCallbacks(execute=True):
        online.save_revision().publish()
    return online


def public_urls(client, proposals):
    """Every public address the flow touched, and the proposals' own in every language."""
    own = [path for page in proposals for path in own_paths(page)]
    for language in LANGUAGES:
        for path in [*PAGE_PATHS, *own, "omraden/alby/", f"sok/?q={ONLINE_TITLE.split()[0]}"]:
            yield f"/{language}/{path}"
    yield from DATA_PATHS
    for page in proposals:
        yield f"/api/v2/pages/{page.pk}/"
    for entry in json.loads(client.get("/open-data/proposals.json?page_size=1000").content)[
        "results"
    ]:
        if entry["reference"] in {page.reference for page in proposals}:
            yield urlsplit(entry["url"]).path


def test_each_proposer_heard_back_in_their_language(flow):
    _proposal, _online, sent = flow
    to_proposers = [message for message in sent if message.to[0] in (EMAIL, ONLINE_EMAIL)]

    # The session's proposer: two status changes; the online one: the receipt and one change.
    assert [message.to for message in to_proposers] == [[EMAIL]] * 2 + [[ONLINE_EMAIL]] * 2
    assert all("/fi/" in message.body for message in to_proposers[2:])
    assert FeedbackMail.objects.filter(state=FeedbackMail.State.SENT).count() == 4


def own_paths(page):
    path = page.url.removeprefix("/sv/")
    return [path, path + "flode/", f"forslag/hitta/?reference={page.reference}"]


def test_no_public_output_shows_the_proposer(flow, client):
    read, problems = 0, {}
    for url in public_urls(client, flow[:2]):
        response = client.get(url)
        assert response.status_code in (200, 302, 404), (url, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        found = leaks(without_echo(url, body.decode("utf-8", errors="replace")))
        if found:
            problems[url] = found
        read += 1

    assert problems == {}
    assert read > 100


def test_no_stored_content_holds_the_proposer(flow):
    stored = {
        "revisions": Revision.objects.values_list("content", flat=True),
        "translation sources": TranslationSource.objects.values_list("content_json", flat=True),
        "translatable strings": String.objects.values_list("data", flat=True),
        "string translations": StringTranslation.objects.values_list("data", flat=True),
        "page log": PageLogEntry.objects.values_list("data", "label"),
        "search index": IndexEntry.objects.values_list("title", "body", "autocomplete"),
        "proposal pages": ProposalPage.objects.values(),
    }
    problems = {
        name: found
        for name, rows in stored.items()
        if (found := leaks(json.dumps(list(rows), cls=DjangoJSONEncoder, ensure_ascii=False)))
    }

    assert problems == {}
    assert TranslationSource.objects.filter(object_id=flow[0].translation_key).exists()


def test_nothing_logged_names_the_proposer(flow, logged):
    assert logged  # the flow did log (an address not found at least)
    assert leaks("\n".join(logged)) == []
