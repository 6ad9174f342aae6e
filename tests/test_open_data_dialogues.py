"""/open-data/dialogues.json and /open-data/dialogues.ics as contract.md promises them: what an
integrator or a calendar program gets, without a language prefix."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale

from . import factories

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = datetime.timedelta(days=1)

# contract.md: the fields of every result.
CONTRACT_FIELDS = {
    "title",
    "area",
    "theme",
    "start",
    "end",
    "place",
    "address",
    "url",
    "campaign_url",
    "ics_url",
}


def stockholm(*args):
    return datetime.datetime(*args, tzinfo=STOCKHOLM)


def in_days(days, hours=2):
    start = (timezone.now() + days * DAY).replace(minute=0, second=0, microsecond=0)
    return {"start": start, "end": start + datetime.timedelta(hours=hours)}


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture
def sessions(dialogue_event_factory, area, theme):
    """Two upcoming sessions (one on a theme, one cancelled) and two past ones, made in a
    muddled order."""
    return {
        "past_old": dialogue_event_factory(
            title="Dialog förra året", area=area, participants=50, **in_days(-300)
        ),
        "soon": dialogue_event_factory(
            title="Dialog om trygghet",
            area=area,
            theme=theme,
            place_name="Fittja torg",
            address="Fittja torg 1",
            **in_days(5),
        ),
        "past_recent": dialogue_event_factory(title="Dialog i våras", area=area, **in_days(-20)),
        "later_cancelled": dialogue_event_factory(
            title="Inställd dialog", area=area, cancelled=True, **in_days(40)
        ),
    }


def get_json(client, query=""):
    response = client.get(f"/open-data/dialogues.json{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_every_session_has_the_fields_of_the_contract(client, sessions):
    data = get_json(client)

    assert data["count"] == len(data["results"]) == 4
    for row in data["results"]:
        assert set(row) >= CONTRACT_FIELDS
        assert set(row["area"]) == {"slug", "name"}
        assert row["theme"] is None or set(row["theme"]) == {"slug", "name"}
    soon = next(row for row in data["results"] if row["title"] == "Dialog om trygghet")
    assert soon["area"] == {"slug": "fittja", "name": "Fittja"}
    assert soon["theme"] == {"slug": "trygghet", "name": "Trygghet"}
    assert soon["place"] == "Fittja torg"
    assert soon["address"] == "Fittja torg 1"
    assert soon["kind"] == "dialogue"
    assert soon["cancelled"] is False


def test_upcoming_sessions_come_first_soonest_first_then_past_ones_latest_first(client, sessions):
    titles = [row["title"] for row in get_json(client)["results"]]

    assert titles == [
        "Dialog om trygghet",
        "Inställd dialog",
        "Dialog i våras",
        "Dialog förra året",
    ]


def test_upcoming_1_gives_only_upcoming_sessions(client, sessions):
    titles = [row["title"] for row in get_json(client, "?upcoming=1")["results"]]

    assert titles == ["Dialog om trygghet", "Inställd dialog"]


def test_start_and_end_are_iso_8601_with_the_stockholm_offset(client, site_tree, area):
    with freeze_time("2027-02-01 12:00:00"):
        factories.DialogueEventPageFactory(
            area=area, start=stockholm(2027, 3, 28, 10, 0), end=stockholm(2027, 3, 28, 13, 0)
        )
        factories.DialogueEventPageFactory(
            area=area, start=stockholm(2027, 3, 27, 10, 0), end=stockholm(2027, 3, 27, 13, 0)
        )
        rows = get_json(client)["results"]

    assert [(row["start"], row["end"]) for row in rows] == [
        ("2027-03-27T10:00:00+01:00", "2027-03-27T13:00:00+01:00"),
        ("2027-03-28T10:00:00+02:00", "2027-03-28T13:00:00+02:00"),
    ]
    for row in rows:
        assert datetime.datetime.fromisoformat(row["start"]).utcoffset() is not None


def test_every_address_is_absolute_and_answers(client, sessions):
    for row in get_json(client)["results"]:
        for field in ("url", "campaign_url", "ics_url"):
            assert row[field].startswith("http://testserver/sv/dialoger/"), field
            assert client.get(path_of(row[field])).status_code == 200, row[field]


def test_every_upcoming_sessions_calendar_entry_imports_as_one_event(client, sessions):
    for row in get_json(client, "?upcoming=1")["results"]:
        response = client.get(path_of(row["ics_url"]))
        calendar = icalendar.Calendar.from_ical(response.content)
        (event,) = calendar.walk("VEVENT")

        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
        assert event["UID"] and event["DTSTAMP"]
        assert event.decoded("DTSTART").isoformat() == row["start"]
        assert str(event["URL"]) == row["campaign_url"]
        assert event["STATUS"] == ("CANCELLED" if row["cancelled"] else "CONFIRMED")


def test_the_campaign_url_is_the_campaign_page(client, sessions):
    row = get_json(client, "?upcoming=1")["results"][0]

    response = client.get(path_of(row["campaign_url"]))

    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "Dialog om trygghet" in response.content.decode()
    assert row["campaign_url"] in response.content.decode()  # its QR code and share text


def test_no_personal_data_is_in_the_open_data(client, sessions, area):
    proposal = factories.ProposalPageFactory(area=area, dialogue_event=sessions["past_recent"])
    proposer = factories.ProposerFactory(
        proposal=proposal, name="Hemlig Person", email="hemlig@example.se", phone="070-999 99 99"
    )

    for path in ("/open-data/dialogues.json", "/open-data/dialogues.ics"):
        text = client.get(path).content.decode()
        for value in (proposer.name, proposer.email, proposer.phone, "proposer", "submitter"):
            assert value not in text, (path, value)


def test_lang_picks_the_language_of_titles_and_names(client, sessions, theme):
    english = Locale.objects.get_or_create(language_code="en")[0]
    session = sessions["soon"]
    translated = session.copy_for_translation(english, copy_parents=True)
    translated.title = "Dialogue on safety"
    translated.save_revision().publish()
    theme_in_english = theme.copy_for_translation(english, copy_parents=True)
    theme_in_english.title = "Safety"
    theme_in_english.save_revision().publish()

    swedish = get_json(client, "?upcoming=1")["results"][0]
    english_row = get_json(client, "?upcoming=1&lang=en")["results"][0]

    assert swedish["title"] == "Dialog om trygghet"
    assert english_row["title"] == "Dialogue on safety"
    assert english_row["theme"] == {"slug": "trygghet", "name": "Safety"}
    assert english_row["url"].startswith("http://testserver/en/")
    assert english_row["campaign_url"].startswith("http://testserver/en/")
    assert client.get(path_of(english_row["campaign_url"])).status_code == 200
    # An untranslated session stays in Swedish rather than going missing.
    assert get_json(client, "?lang=en")["count"] == 4


def test_an_unknown_language_or_area_is_ignored_and_said_so(client, sessions):
    assert get_json(client, "?lang=xx")["count"] == 4
    data = get_json(client, "?area=ingenstans")
    assert data["count"] == 4
    assert data["problems"]


def test_area_narrows_the_list(client, sessions, area_factory, dialogue_event_factory):
    alby = area_factory(title="Alby", slug="alby")
    dialogue_event_factory(title="Dialog i Alby", area=alby, **in_days(3))

    titles = [row["title"] for row in get_json(client, "?area=alby")["results"]]

    assert titles == ["Dialog i Alby"]


def test_the_calendar_feed_has_every_session(client, sessions):
    response = client.get("/open-data/dialogues.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert calendar["METHOD"] == "PUBLISH"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert len(events) == 4
    assert events["Inställd: Inställd dialog"]["STATUS"] == "CANCELLED"
    assert events["Dialog om trygghet"]["STATUS"] == "CONFIRMED"
    assert len({str(event["UID"]) for event in events.values()}) == 4


def test_open_data_has_no_language_prefix(client, sessions):
    assert client.get("/sv/open-data/dialogues.json").status_code == 404
    assert client.get("/open-data/dialogues.json", HTTP_ACCEPT_LANGUAGE="en").status_code == 200
