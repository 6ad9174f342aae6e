"""Atom feeds of status changes (proposals_pages/feeds.py), read as a feed reader reads them:
the whole portal (/sv/forslag/flode/), one area (/sv/omraden/<area>/flode/) and one proposal
(/sv/forslag/<proposal>/flode/)."""

import calendar
import datetime
from html.parser import HTMLParser

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time
from wagtail.models import Locale, PageViewRestriction

from proposals_pages.models import ProposalStatusChange
from proposals_pages.statuses import Status

from .test_hostile_input import HOSTILE_QUERIES, Recorder

pytestmark = pytest.mark.django_db

PORTAL_FEED = "/sv/forslag/flode/"
NAME = "Ingrid Hemligsson"
EMAIL = "ingrid.hemligsson@example.se"
PHONE = "070-111 22 33"


def move(proposal, status, on, **fields):
    """An editor changes the status on a given day (and the fields it needs) and publishes."""
    with freeze_time(on):
        proposal.status = status
        for name, value in fields.items():
            setattr(proposal, name, value)
        proposal.save()
    return proposal


def read(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def day_of(struct_time):
    return datetime.datetime.fromtimestamp(calendar.timegm(struct_time), datetime.UTC)


@pytest.fixture
def alby(area_factory):
    return area_factory(title="Alby", slug="alby")


@pytest.fixture
def benches(proposal_factory, area, meeting_factory):
    """Fittja's benches: received 1 March, under review 20 March (with a note), ready on
    2 April, approved at the meeting of 10 April (entered two days later)."""
    with freeze_time("2024-03-01"):
        proposal = proposal_factory(
            title="Bänkar vid torget", area=area, submitted_on=datetime.date(2024, 3, 1)
        )
    move(
        proposal,
        Status.UNDER_REVIEW,
        "2024-03-20",
        status_note="Förvaltningen räknar på kostnaden.",
    )
    move(
        proposal,
        Status.READY_FOR_DECISION,
        "2024-04-02",
        cost_estimate_sek=80_000,
        assessment="Går att göra i sommar.",
    )
    meeting = meeting_factory(title="Sammanträde i april", date=datetime.date(2024, 4, 10))
    return move(
        proposal,
        Status.APPROVED,
        "2024-04-12",
        decided_at_meeting=meeting,
        decided_on=meeting.date,
    )


@pytest.fixture
def lights(proposal_factory, alby):
    """Alby's lights: received 5 May, under review 8 May."""
    with freeze_time("2024-05-05"):
        proposal = proposal_factory(
            title="Belysning i parken", area=alby, submitted_on=datetime.date(2024, 5, 5)
        )
    return move(proposal, Status.UNDER_REVIEW, "2024-05-08")


@pytest.fixture
def english():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(page, locale, title):
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    translation.save_revision().publish()
    return translation


# --- the portal's feed --------------------------------------------------------------------


def test_the_portal_feed_lists_every_change_newest_first(client, benches, lights):
    feed = read(client, PORTAL_FEED)

    assert titles(feed) == [
        "Belysning i parken: Under beredning",
        "Belysning i parken: Inkommet",
        "Bänkar vid torget: Beviljat",
        "Bänkar vid torget: Redo för beslut",
        "Bänkar vid torget: Under beredning",
        "Bänkar vid torget: Inkommet",
    ]


def test_the_feed_is_titled_and_links_to_the_listing_and_itself(client, benches):
    feed = read(client, PORTAL_FEED)

    assert feed.feed.title == "Nytt om förslagen – Medborgardialog"
    assert feed.feed.subtitle
    assert feed.feed.link == "http://testserver/sv/forslag/"
    assert {"rel": "self", "href": "http://testserver/sv/forslag/flode/"}.items() <= next(
        link for link in feed.feed.links if link.rel == "self"
    ).items()
    assert feed.feed.language == "sv"


def test_an_entry_links_to_the_proposal_page(client, benches):
    feed = read(client, PORTAL_FEED)

    assert {entry.link for entry in feed.entries} == {f"http://testserver{benches.url}"}


def test_an_entry_is_dated_the_day_the_change_happened(client, benches):
    approved = read(client, PORTAL_FEED).entries[0]

    assert day_of(approved.published_parsed) == datetime.datetime(
        2024, 4, 9, 22, tzinfo=datetime.UTC
    )


def test_an_entry_is_updated_when_the_portal_published_it(client, benches):
    approved = read(client, PORTAL_FEED).entries[0]

    assert day_of(approved.updated_parsed) == datetime.datetime(2024, 4, 12, tzinfo=datetime.UTC)


def test_entries_have_unique_ids_that_stay_the_same(client, benches, lights):
    first = [entry.id for entry in read(client, PORTAL_FEED).entries]
    benches.title = "Fler bänkar vid torget"
    benches.slug = "fler-bankar"
    benches.save_revision().publish()
    second = [entry.id for entry in read(client, PORTAL_FEED).entries]

    assert len(set(first)) == len(first) == 6
    assert second == first
    assert all(entry_id.startswith("tag:localhost,2024-") for entry_id in first)


def test_an_entry_shows_the_public_note(client, benches):
    under_review = read(client, PORTAL_FEED).entries[2]

    assert under_review.title == "Bänkar vid torget: Under beredning"
    assert "Förvaltningen räknar på kostnaden." in under_review.summary


def test_a_decision_names_the_meeting_that_took_it(client, benches):
    approved, ready = read(client, PORTAL_FEED).entries[:2]
    meeting = benches.decided_at_meeting

    assert f'<a href="http://testserver{meeting.url}">Sammanträde i april</a>' in approved.summary
    assert "Sammanträde i april" not in ready.summary


def test_titles_with_markup_characters_arrive_as_written(client, proposal_factory):
    proposal_factory(title="Bänkar & bord <för alla>")

    assert titles(read(client, PORTAL_FEED)) == ["Bänkar & bord <för alla>: Inkommet"]


def test_the_portal_feed_lists_the_newest_50(client, benches):
    ProposalStatusChange.objects.bulk_create(
        ProposalStatusChange(
            proposal=benches,
            status=Status.UNDER_REVIEW,
            changed_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=day),
        )
        for day in range(60)
    )

    entries = read(client, PORTAL_FEED).entries

    assert len(entries) == 50
    assert entries[0].title == "Bänkar vid torget: Beviljat"


def test_unpublished_proposals_are_left_out(client, benches, lights):
    lights.unpublish()

    assert all("Belysning" not in title for title in titles(read(client, PORTAL_FEED)))


def test_proposals_behind_a_view_restriction_are_left_out(client, benches, lights):
    PageViewRestriction.objects.create(page=lights, restriction_type=PageViewRestriction.LOGIN)

    assert all("Belysning" not in title for title in titles(read(client, PORTAL_FEED)))


# --- an area's and a proposal's feed ------------------------------------------------------


def test_an_area_feed_lists_only_that_areas_proposals(client, benches, lights):
    feed = read(client, "/sv/omraden/alby/flode/")

    assert titles(feed) == ["Belysning i parken: Under beredning", "Belysning i parken: Inkommet"]
    assert feed.feed.title == "Nytt om förslagen i Alby – Medborgardialog"
    assert feed.feed.link == "http://testserver/sv/omraden/alby/"


def test_a_proposal_feed_lists_only_that_proposal(client, benches, lights):
    feed = read(client, f"{lights.url}flode/")

    assert titles(feed) == ["Belysning i parken: Under beredning", "Belysning i parken: Inkommet"]
    assert lights.reference in feed.feed.title


def test_a_proposal_feed_lists_its_whole_history(client, benches):
    ProposalStatusChange.objects.bulk_create(
        ProposalStatusChange(
            proposal=benches,
            status=Status.UNDER_REVIEW,
            changed_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=day),
        )
        for day in range(60)
    )

    assert len(read(client, f"{benches.url}flode/").entries) == 64


@pytest.mark.parametrize(
    "path",
    ["/sv/omraden/finns-inte/flode/", "/sv/forslag/finns-inte/flode/", "/sv/forslag/flode/x/"],
)
def test_an_unknown_area_or_proposal_has_no_feed(client, benches, path):
    assert client.get(path).status_code == 404


def test_an_unpublished_proposal_has_no_feed(client, benches):
    path = f"{benches.url}flode/"
    benches.unpublish()

    assert client.get(path).status_code == 404


# --- languages ------------------------------------------------------------------------------


def test_a_feed_under_english_has_english_titles_and_labels(client, benches):
    feed = read(client, "/en/forslag/flode/")

    assert feed.feed.language == "en"
    assert feed.feed.title == "Changes to proposals – Citizen dialogue"
    assert feed.feed.link == "http://testserver/en/forslag/"
    assert titles(feed)[0] == "Bänkar vid torget: Approved"
    assert "Meeting" in feed.entries[0].summary


def test_an_english_feed_lists_the_same_entries_as_the_swedish_one(client, benches, lights):
    swedish = read(client, PORTAL_FEED)
    english = read(client, "/en/forslag/flode/")

    assert [entry.id for entry in english.entries] == [entry.id for entry in swedish.entries]


def test_an_english_feed_links_to_the_english_translation_where_there_is_one(
    client, benches, lights, english
):
    translated = translate(benches, english, "Benches by the square")

    entries = read(client, "/en/forslag/flode/").entries
    links = {entry.title: entry.link for entry in entries}

    assert links["Benches by the square: Approved"] == f"http://testserver{translated.url}"
    assert translated.url.startswith("/en/")
    assert links["Belysning i parken: Under review"] == f"http://testserver{lights.url}"
    assert lights.url.startswith("/sv/")


def test_a_translated_proposal_has_the_history_of_its_source(client, benches, english):
    translated = translate(benches, english, "Benches by the square")

    feed = read(client, f"{translated.url}flode/")

    assert titles(feed) == [
        "Benches by the square: Approved",
        "Benches by the square: Ready for decision",
        "Benches by the square: Under review",
        "Benches by the square: Received",
    ]


# --- no personal data, no query per entry ---------------------------------------------------


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_feed_shows_who_proposed_something(client, benches, proposer_factory, language):
    proposer_factory(proposal=benches, name=NAME, email=EMAIL, phone=PHONE, preferred_language="fi")

    for path in (PORTAL_FEED, "/sv/omraden/fittja/flode/", f"{benches.url}flode/"):
        text = client.get(path.replace("/sv/", f"/{language}/", 1)).content.decode()
        for secret in (NAME, "Hemligsson", EMAIL, PHONE):
            assert secret not in text, (path, secret)


def queries_of(client, path):
    client.get(path)  # caches that fill once per process (site root paths) are warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries.captured_queries)


def add_decided_proposals(factory, area, english, numbers):
    """Proposals decided at meetings of their own, one in three translated into English."""
    for number in numbers:
        proposal = factory.in_status(Status.APPROVED, area=area, title=f"Idé {number}")
        if number % 3 == 0:
            translate(proposal, english, f"Idea {number}")


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("feed", ["portal", "area"])
def test_a_feeds_queries_do_not_grow_with_its_entries(
    client, proposal_factory, area, english, feed, language
):
    area_in_english = translate(area, english, "Fittja")
    path = {
        ("portal", "sv"): PORTAL_FEED,
        ("portal", "en"): "/en/forslag/flode/",
        ("area", "sv"): f"{area.url}flode/",
        ("area", "en"): f"{area_in_english.url}flode/",
    }[feed, language]
    add_decided_proposals(proposal_factory, area, english, range(2))
    few = queries_of(client, path)
    add_decided_proposals(proposal_factory, area, english, range(2, 8))
    many = queries_of(client, path)

    assert len(read(client, path).entries) == 8
    assert many == few


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_proposal_feeds_queries_do_not_grow_with_its_history(client, benches, lights, language):
    path = f"/{language}/{lights.url.removeprefix('/sv/')}flode/"
    few = queries_of(client, path)
    move(lights, Status.READY_FOR_DECISION, "2024-05-20", cost_estimate_sek=10_000)
    move(lights, Status.WITHDRAWN, "2024-05-25", status_note="Återkallat av förslagsställaren.")
    many = queries_of(client, path)

    assert len(read(client, path).entries) == 4
    assert many == few


# --- the pages announce their feed ----------------------------------------------------------


class FeedLinks(HTMLParser):
    """The Atom feeds a page announces in its head, and the visible links to them."""

    def __init__(self, html):
        super().__init__()
        self.announced = []
        self.visible = []
        self._in_link = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("type") != "application/atom+xml":
            return
        if tag == "link" and attrs.get("rel") == "alternate":
            self.announced.append((attrs.get("title"), attrs["href"]))
        elif tag == "a":
            self._in_link = attrs["href"]

    def handle_data(self, data):
        if self._in_link:
            self.visible.append((data.strip(), self._in_link))
            self._in_link = None


@pytest.fixture
def pages(benches, lights):
    return {"listing": "/sv/forslag/", "area": "/sv/omraden/fittja/", "proposal": benches.url}


@pytest.mark.parametrize("page", ["listing", "area", "proposal"])
def test_a_page_announces_its_feed_in_its_head(client, pages, page):
    links = FeedLinks(client.get(pages[page]).content.decode())

    [(title, href)] = links.announced
    assert href == f"{pages[page]}flode/"
    assert read(client, href).feed.title == title


@pytest.mark.parametrize("page", ["listing", "area", "proposal"])
def test_a_page_has_a_visible_link_to_its_feed(client, pages, page):
    links = FeedLinks(client.get(pages[page]).content.decode())

    assert links.visible == [("Följ förändringarna (Atom-flöde)", f"{pages[page]}flode/")]


def test_an_english_page_announces_the_english_feed(client, pages):
    links = FeedLinks(client.get("/en/omraden/fittja/").content.decode())

    [(title, href)] = links.announced
    assert href == "/en/omraden/fittja/flode/"
    assert title == "Changes to proposals in Fittja – Citizen dialogue"
    assert links.visible == [("Follow changes (Atom feed)", href)]


def test_a_page_without_a_feed_announces_none(client, pages, site_tree):
    links = FeedLinks(client.get(site_tree.themes.url).content.decode())

    assert links.announced == links.visible == []


# --- odd requests -------------------------------------------------------------------------


def test_odd_parameters_never_break_a_feed(benches):
    with Recorder() as recorder:
        for path in (PORTAL_FEED, "/sv/omraden/fittja/flode/", f"{benches.url}flode/"):
            for query in HOSTILE_QUERIES:
                recorder.send("get", f"{path}?{query}")
            recorder.send("head", path)
            recorder.send("post", path)
    recorder.assert_none()
