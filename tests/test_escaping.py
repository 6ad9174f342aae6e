"""User text is always shown as text: a title like <script>alert(1)</script> is escaped on every
public page, in the data embedded in pages (JSON-LD), in the admin, and when a visitor's own
input (a search, a reference) is shown back.

Rich text (an area's description, the commission's "about") is the editors' own HTML and is
rendered as HTML by design; every plain-text field is checked here. The open data carries
the same text as data: valid JSON, and an iCalendar feed that text cannot break out of.
"""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse

from proposals_pages.models import (
    Administration,
    CommissionMember,
    CommissionPage,
    ProposalIndexPage,
    Proposer,
)
from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(2)>'
# Neither may ever appear as markup: only escaped, as text.
RAW = [SCRIPT, "<img src=x onerror=alert(2)>", '"><img']
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"

PUBLIC_PATHS = [
    "/sv/",
    "/sv/forslag/",
    "/sv/forslag/?q=alert",
    "/sv/forslag/?area=fittja&status=rejected",
    "/sv/omraden/",
    "/sv/omraden/fittja/",
    "/sv/teman/",
    "/sv/teman/trygghet/",
    "/sv/dialoger/",
    "/sv/dialoger/kampanj/",
    "/sv/dialoger/kampanj/fittja/",
    "/sv/kommissionen/",
    "/sv/statistik/",
    "/sv/sok/?q=alert",
    "/ar/forslag/",
    "/sv/oppna-data/",
]


def hostile(label):
    return f"{label} {SCRIPT} {ATTRIBUTE}"


@pytest.fixture(scope="module")
def content(module_db):
    """Every plain-text field a visitor sees, filled with markup."""
    administration = Administration.objects.create(
        name=hostile("Förvaltning"), slug="forvaltning", website="https://example.org/"
    )
    area = factories.AreaPageFactory(
        title=hostile("Fittja"),
        slug="fittja",
        introduction=hostile("Om Fittja"),
        strategist_name=hostile("Strateg"),
        strategist_phone=ATTRIBUTE,
        search_description=hostile("Beskrivning"),
    )
    theme = factories.ThemePageFactory(
        title=hostile("Trygghet"), slug="trygghet", introduction=hostile("Om trygghet")
    )
    session = factories.DialogueEventPageFactory(
        title=hostile("Dialog"),
        area=area,
        theme=theme,
        introduction=hostile("Välkommen"),
        place_name=hostile("Torget"),
        address=hostile("Gatan 1"),
        directions=hostile("Buss 172"),
        # A line that would end the event and start a forged one, were it not escaped.
        description=hostile("Vi pratar") + "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk",
        start=datetime.datetime(2024, 3, 1, 15, tzinfo=datetime.UTC),
        end=datetime.datetime(2024, 3, 1, 17, tzinfo=datetime.UTC),
        summary=hostile("Det gick bra"),
    )
    upcoming = factories.DialogueEventPageFactory(
        title=hostile("Kommande dialog"), area=area, theme=theme, place_name=hostile("Torget")
    )
    meeting = factories.CommissionMeetingPageFactory(
        title=hostile("Sammanträde"),
        slug="sammantrade",
        date=datetime.date(2024, 4, 10),
        introduction=hostile("Möte"),
    )
    proposal = factories.ProposalPageFactory.in_status(
        Status.REJECTED,
        title=hostile("Förslag"),
        slug="forslaget",
        introduction=hostile("Kort"),
        description=hostile("Jag föreslår"),
        area=area,
        theme=theme,
        dialogue_event=session,
        administration=administration,
        assessment=hostile("Bedömning"),
        decision_note=hostile("Skäl"),
        decided_at_meeting=meeting,
        submitted_on=datetime.date(2024, 3, 1),
    )
    proposal.status_note = hostile("Anteckning")
    proposal.save()
    approved = factories.ProposalPageFactory.in_status(
        Status.APPROVED,
        title=hostile("Beviljat"),
        area=area,
        decided_at_meeting=meeting,
        submitted_on=datetime.date(2024, 3, 1),
    )
    Proposer.objects.create(proposal=proposal, name=hostile("Namn"), email="a@example.org")
    commission = CommissionPage.objects.get()
    CommissionMember.objects.create(
        commission=commission, name=hostile("Ledamot"), party=hostile("Parti")
    )
    campaign = [upcoming.url + route for route in ("kampanj/", "kampanj/affisch/")]
    return {
        "pages": [proposal.url, approved.url, session.url, meeting.url, upcoming.url, *campaign],
        "proposal": proposal,
        "administration": administration,
    }


def assert_escaped(text, where):
    for raw in RAW:
        assert raw not in text, f"{where} shows {raw!r} as markup"
    for block in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', text, flags=re.DOTALL
    ):
        json.loads(block)  # JSON-LD stays valid JSON, and the title stays inside it as text
        assert "<" not in block, f"{where}: a '<' inside JSON-LD could end its script element"


def test_user_text_is_escaped_on_every_public_page(client, content):
    for path in PUBLIC_PATHS + content["pages"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_escaped(response.content.decode(), path)


def test_the_proposal_shows_its_title_as_text(client, content):
    text = client.get(content["proposal"].url).content.decode()

    assert ESCAPED in text
    assert f"<title>Förslag {ESCAPED}" in text


@pytest.mark.parametrize(
    "path",
    [
        "/sv/sok/?q=<script>alert(1)</script>",
        '/sv/sok/?q="><img src=x onerror=alert(2)>',
        "/sv/forslag/?q=<script>alert(1)</script>",
        '/sv/forslag/?q="><img src=x onerror=alert(2)>&area="><img src=x onerror=alert(2)>',
        "/sv/forslag/hitta/?reference=<script>alert(1)</script>",
        '/sv/forslag/hitta/?reference="><img src=x onerror=alert(2)>',
        "/sv/omraden/fittja/?q=<script>alert(1)</script>&page=<script>alert(1)</script>",
        "/sv/<script>alert(1)</script>/",
    ],
)
def test_what_a_visitor_typed_is_shown_back_as_text(client, content, path):
    response = client.get(path)

    assert response.status_code in (200, 404)
    assert_escaped(response.content.decode(), path)


def test_the_open_data_carries_user_text_as_data(client, content):
    response = client.get("/open-data/dialogues.json")

    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    titles = {row["title"] for row in response.json()["results"]}
    assert hostile("Dialog") in titles  # exactly as typed: text, not markup


def test_the_proposal_open_data_carries_user_text_as_data(client, content):
    response = client.get("/open-data/proposals.json")
    rows = list(csv.DictReader(io.StringIO(read_csv(client))))

    assert response["X-Content-Type-Options"] == "nosniff"
    assert hostile("Förslag") in {row["title"] for row in response.json()["results"]}
    assert hostile("Förslag") in {row["title"] for row in rows}  # a quoted CSV cell


def read_csv(client):
    response = client.get("/open-data/proposals.csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_user_text_cannot_forge_calendar_events(client, content):
    response = client.get("/open-data/dialogues.ics")

    assert response["Content-Type"].startswith("text/calendar")
    assert response["X-Content-Type-Options"] == "nosniff"
    feed = response.content.decode()
    assert feed.count("BEGIN:VEVENT") == 2
    assert "\r\nSUMMARY:Falsk" not in feed


def admin_paths(content):
    proposal = content["proposal"]
    index = ProposalIndexPage.objects.get()
    snippets = "wagtailsnippets_proposals_pages"
    return [
        reverse("wagtailadmin_explore", args=[index.pk]),
        reverse("wagtailadmin_explore", args=[proposal.area.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[proposal.pk]),
        reverse("wagtailadmin_pages:history", args=[proposal.pk]),
        reverse("wagtailadmin_pages:edit", args=[CommissionPage.objects.get().pk]),
        reverse("proposals:index"),
        reverse(f"{snippets}_administration:list"),
        reverse(f"{snippets}_administration:edit", args=[content["administration"].pk]),
        reverse(f"{snippets}_proposalstatuschange:list"),
        reverse(f"{snippets}_proposer:list"),
        reverse("wagtailadmin_pages:search") + "?q=alert",
    ]


def test_user_text_is_escaped_in_the_admin(admin_client, content):
    for path in admin_paths(content):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        assert_escaped(response.content.decode(), path)
