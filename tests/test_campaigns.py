"""Publishing a dialogue session is all it takes: its campaign page, poster, flyer, QR code,
share image and calendar entry follow, and change with the session's life."""

import datetime
import io
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
import zxingcpp
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from PIL import Image

from proposals_pages.models import CommissionMember, DialogueEventPage
from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DAY = datetime.timedelta(days=1)

ROUTES = {
    "kampanj/": "text/html; charset=utf-8",
    "kampanj/affisch/": "text/html; charset=utf-8",
    "kampanj/flygblad/": "text/html; charset=utf-8",
    "kampanj/qr.svg": "image/svg+xml",
    "kampanj/qr.png": "image/png",
    "kampanj/dela.png": "image/png",
    "kalender.ics": "text/calendar; charset=utf-8",
}


# --- helpers ---------------------------------------------------------------------------


def stockholm(*args):
    return datetime.datetime(*args, tzinfo=STOCKHOLM)


def publish_session(parent, area, **fields):
    """A session added as a draft and published, the way an editor does it."""
    fields.setdefault("title", "Dialog på Fittja torg")
    fields.setdefault("slug", "dialog-pa-fittja-torg")
    fields.setdefault(
        "start", (timezone.now() + 14 * DAY).replace(minute=0, second=0, microsecond=0)
    )
    fields.setdefault("end", fields["start"] + datetime.timedelta(hours=3))
    fields.setdefault("place_name", "Fittja torg")
    fields.setdefault("address", "Fittja torg 1")
    fields.setdefault("directions", "Röda linjen mot Norsborg, station Fittja.")
    session = DialogueEventPage(area=area, live=False, **fields)
    parent.add_child(instance=session)
    session.save_revision().publish()
    session.refresh_from_db()
    return session


def campaign_url(session, route="kampanj/"):
    return session.url + route


def text_of(response):
    return response.content.decode()


def calendar_of(response):
    return icalendar.Calendar.from_ical(response.content)


def only_event(calendar):
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def decode_qr(image):
    results = zxingcpp.read_barcodes(image.convert("L"))
    return [result.text for result in results]


def rasterise_segno_svg(svg):
    """segno draws the dark modules as horizontal strokes of one path ("M4 4.5h7m1 0h2...");
    redrawn here as pixels, so the SVG can be decoded like a photo of the poster."""
    text = svg.decode()
    size = int(float(re.search(r'width="([\d.]+)"', text).group(1)))
    scale = float(re.search(r"scale\(([\d.]+)\)", text).group(1))
    modules = int(size / scale)
    picture = Image.new("L", (modules, modules), 255)
    x = y = 0.0
    path = re.search(r' d="([^"]+)"', text).group(1)
    for command, first, second in re.findall(r"([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?", path):
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:
            for step in range(int(float(first))):
                picture.putpixel((int(x) + step, int(y)), 0)
            x += float(first)
    return picture.resize((modules * 8, modules * 8), Image.NEAREST)


@pytest.fixture
def commission(site_tree):
    members = [
        ("Kristina Falk", "S", "member"),
        ("Per-Olof Wik", "M", "vice_chair"),
        ("Nadia Yousef", "S", "chair"),
    ]
    for order, (name, party, role) in enumerate(members):
        CommissionMember.objects.create(
            commission=site_tree.commission, name=name, party=party, role=role, sort_order=order
        )
    return site_tree.commission


@pytest.fixture
def session(site_tree, area, theme, commission):
    """A session on safety in Fittja in two weeks, published by an editor."""
    return publish_session(site_tree.dialogues, area, theme=theme)


# --- publishing makes the material -----------------------------------------------------


def test_publishing_a_future_session_in_the_admin_makes_all_its_campaign_material(
    admin_client, site_tree, area
):
    start = timezone.localtime(timezone.now() + 10 * DAY).replace(hour=15, minute=0)
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["proposals_pages", "dialogueeventpage", site_tree.dialogues.pk],
        ),
        {
            "title": "Dialog i Fittja centrum",
            "slug": "dialog-i-fittja-centrum",
            "kind": "dialogue",
            "area": area.pk,
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
            "place_kind": "square",
            "place_name": "Fittja centrum",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    session = DialogueEventPage.objects.get(slug="dialog-i-fittja-centrum")
    assert session.live

    for route, content_type in ROUTES.items():
        response = admin_client.get(campaign_url(session, route))
        assert response.status_code == 200, route
        assert response["Content-Type"] == content_type, route


@pytest.mark.parametrize("route", ROUTES)
def test_every_campaign_address_answers_once_the_session_is_published(client, session, route):
    response = client.get(campaign_url(session, route))

    assert response.status_code == 200
    assert response["Content-Type"] == ROUTES[route]


def test_a_draft_session_has_no_campaign_yet(client, site_tree, area):
    session = DialogueEventPage(
        title="Utkast",
        slug="utkast",
        area=area,
        live=False,
        start=timezone.now() + 7 * DAY,
        end=timezone.now() + 7 * DAY + datetime.timedelta(hours=2),
        place_name="Torget",
    )
    site_tree.dialogues.add_child(instance=session)

    assert client.get("/sv/dialoger/utkast/kampanj/").status_code == 404


# --- the campaign page -----------------------------------------------------------------


def test_the_campaign_page_says_what_when_where_who_and_why(
    client, site_tree, area, theme, commission
):
    factories.ProposalPageFactory.in_status(
        Status.COMPLETED, title="Belysning vid gångvägen", area=area
    )
    factories.ProposalPageFactory.in_status(Status.REJECTED, title="Avslaget förslag", area=area)
    session = publish_session(
        site_tree.dialogues,
        area,
        theme=theme,
        start=stockholm(2031, 3, 11, 15, 0),
        end=stockholm(2031, 3, 11, 18, 0),
    )

    text = text_of(client.get(campaign_url(session)))

    assert "Dialog på temat Trygghet" in text  # what
    assert "tisdag 11 mars 2031" in text  # when: weekday and date
    assert "15:00" in text and "18:00" in text  # when: time
    assert "Fittja torg 1" in text and "Röda linjen mot Norsborg" in text  # where, how
    assert text.index("Nadia Yousef") < text.index("Per-Olof Wik") < text.index("Kristina Falk")
    assert "Belysning vid gångvägen" in text  # why: what earlier dialogues led to
    assert "Genomfört" in text
    assert "Avslaget förslag" not in text


def test_an_open_dialogue_invites_any_idea(client, site_tree, area):
    session = publish_session(site_tree.dialogues, area)

    assert "Öppen dialog: ta med alla dina idéer" in text_of(client.get(campaign_url(session)))


def test_who_cannot_come_is_sent_to_the_portals_own_form_for_the_area_and_session(
    client, session, settings
):
    settings.PORTAL_ONLINE_PROPOSAL_URL = ""

    text = text_of(client.get(campaign_url(session)))

    form = f"http://testserver/sv/forslag/lamna/?area=fittja&amp;dialogue={session.slug}"
    assert f'href="{form}"' in text


def test_who_cannot_come_is_sent_to_the_area_strategist_when_there_is_no_online_form(
    client, session, settings, site_tree
):
    settings.PORTAL_ONLINE_PROPOSAL_URL = ""
    site_tree.proposals.unpublish()

    text = text_of(client.get(campaign_url(session)))

    assert 'href="mailto:omradesstrateg@example.se"' in text
    assert "Områdesstrateg" in text


def test_who_cannot_come_is_sent_to_the_online_form_once_it_exists(client, session, settings):
    settings.PORTAL_ONLINE_PROPOSAL_URL = "https://forslag.example.se/nytt/"

    text = text_of(client.get(campaign_url(session)))

    assert 'href="https://forslag.example.se/nytt/"' in text


def test_the_campaign_page_offers_the_material_and_text_to_share(client, session):
    text = text_of(client.get(campaign_url(session)))

    for route in ROUTES:
        if route != "kampanj/":
            assert f'href="http://testserver{session.url}{route}"' in text, route
    assert "#Botkyrkadialogen" in text
    assert f"http://testserver{session.url}kampanj/ #Botkyrkadialogen" in text


def test_the_campaign_page_carries_its_share_image_for_link_previews(client, session):
    text = text_of(client.get(campaign_url(session)))

    assert (
        f'<meta property="og:image" content="http://testserver{session.url}kampanj/dela.png">'
        in (text)
    )
    assert f'<meta property="og:url" content="http://testserver{session.url}kampanj/">' in text


def test_the_session_page_leads_to_its_campaign(client, session):
    text = text_of(client.get(session.url))

    assert f'href="http://testserver{session.url}kampanj/"' in text


# --- life cycle --------------------------------------------------------------------------


def test_a_cancelled_session_says_so_on_every_piece_of_material(client, session):
    session.cancelled = True
    session.save_revision().publish()

    page = text_of(client.get(campaign_url(session)))
    poster = text_of(client.get(campaign_url(session, "kampanj/affisch/")))
    event = only_event(calendar_of(client.get(campaign_url(session, "kalender.ics"))))

    assert "notice--cancelled" in page
    assert "Inställd" in page and "Den här dialogen blir inte av." in page
    assert "Inställd" in poster
    assert event["STATUS"] == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("Inställd")


def test_a_past_session_tells_its_outcome_instead_of_inviting(client, site_tree, area, theme):
    session = factories.DialogueEventPageFactory(
        area=area,
        theme=theme,
        start=timezone.now() - 30 * DAY,
        end=timezone.now() - 30 * DAY + datetime.timedelta(hours=3),
        participants=42,
        summary="Många ville ha bättre belysning.",
    )
    for number in range(3):
        factories.ProposalPageFactory(
            title=f"Förslag från dialogen {number}", area=area, dialogue_event=session
        )

    text = text_of(client.get(campaign_url(session)))

    assert "42 invånare kom." in text
    assert "3 förslag lämnades." in text
    assert f'href="{session.url}#proposals-heading"' in text  # "see them"
    assert "Förslag från dialogen 1" in text
    assert "Många ville ha bättre belysning." in text
    assert "Lägg till i din kalender" not in text
    assert "Vilka som kommer" not in text
    assert "Om du inte kan komma" not in text


def test_a_past_sessions_poster_thanks_instead_of_inviting(client, site_tree, area):
    session = factories.DialogueEventPageFactory(
        area=area,
        start=timezone.now() - 30 * DAY,
        end=timezone.now() - 30 * DAY + datetime.timedelta(hours=3),
        participants=17,
    )

    text = text_of(client.get(campaign_url(session, "kampanj/affisch/")))

    assert "Tack, Fittja!" in text
    assert "17 invånare kom." in text
    assert "Kom till dialogen" not in text


# --- calendar entry ----------------------------------------------------------------------


def test_the_calendar_entry_is_rfc_5545_with_its_time_zone(client, session):
    response = client.get(campaign_url(session, "kalender.ics"))
    calendar = calendar_of(response)
    event = only_event(calendar)

    assert response["Content-Disposition"] == f'attachment; filename="{session.slug}.ics"'
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["PRODID"]
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert str(event["UID"]) == f"dialogue-{session.translation_key}@localhost"
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTSTART") == session.start
    assert event.decoded("DTEND") == session.end
    assert event["STATUS"] == "CONFIRMED"
    assert str(event["SUMMARY"]) == session.title
    assert str(event["LOCATION"]) == "Fittja torg, Fittja torg 1"
    assert str(event["URL"]) == f"http://testserver{session.url}kampanj/"
    assert f"http://testserver{session.url}kampanj/" in str(event["DESCRIPTION"])


@pytest.mark.parametrize(
    ("local_start", "utc_offset"),
    [
        ((2027, 3, 27, 10, 0), datetime.timedelta(hours=1)),  # the day before summer time
        ((2027, 3, 28, 10, 0), datetime.timedelta(hours=2)),  # summer time began at 02:00
        ((2027, 10, 30, 10, 0), datetime.timedelta(hours=2)),  # the last day of summer time
        ((2027, 10, 31, 10, 0), datetime.timedelta(hours=1)),  # winter time from 03:00
    ],
)
def test_calendar_times_stay_local_across_daylight_saving_changes(
    client, site_tree, area, local_start, utc_offset
):
    with freeze_time("2027-02-01 12:00:00"):
        session = publish_session(
            site_tree.dialogues,
            area,
            start=stockholm(*local_start),
            end=stockholm(*local_start) + datetime.timedelta(hours=3),
        )
        response = client.get(campaign_url(session, "kalender.ics"))
    event = only_event(calendar_of(response))
    start = event.decoded("DTSTART")

    assert "DTSTART;TZID=Europe/Stockholm:{:04d}{:02d}{:02d}T100000".format(
        *local_start[:3]
    ) in response.content.decode().replace("\r\n ", "")
    assert (start.hour, start.minute) == (10, 0)
    assert start.utcoffset() == utc_offset
    assert event.decoded("DTEND").hour == 13


def test_the_calendar_entry_keeps_its_uid_and_counts_up_its_sequence_when_changed(client, session):
    first = only_event(calendar_of(client.get(campaign_url(session, "kalender.ics"))))
    session.place_name = "Fittja centrum"
    session.save_revision().publish()
    second = only_event(calendar_of(client.get(campaign_url(session, "kalender.ics"))))

    assert second["UID"] == first["UID"]
    assert second["SEQUENCE"] > first["SEQUENCE"]
    assert str(second["LOCATION"]).startswith("Fittja centrum")


# --- QR code, share image, print views ---------------------------------------------------


def test_the_qr_code_leads_to_the_campaign_pages_absolute_address(client, session):
    png = client.get(campaign_url(session, "kampanj/qr.png")).content
    svg = client.get(campaign_url(session, "kampanj/qr.svg")).content

    expected = f"http://testserver{session.url}kampanj/"
    assert decode_qr(Image.open(io.BytesIO(png))) == [expected]
    assert decode_qr(rasterise_segno_svg(svg)) == [expected]


def test_the_share_image_is_a_1200_by_630_png(client, session):
    picture = Image.open(io.BytesIO(client.get(campaign_url(session, "kampanj/dela.png")).content))

    assert picture.format == "PNG"
    assert picture.size == (1200, 630)


@pytest.mark.parametrize("sheet", ["kampanj/affisch/", "kampanj/flygblad/"])
def test_the_print_views_carry_the_qr_code_and_the_key_facts(client, session, sheet):
    session_start = timezone.localtime(session.start)
    text = text_of(client.get(campaign_url(session, sheet)))

    assert f'src="http://testserver{session.url}kampanj/qr.svg"' in text
    assert 'href="/static/css/print.css"' in text
    assert "Kom till dialogen i Fittja!" in text
    assert "Dialog på temat Trygghet" in text
    assert session_start.strftime("%H:%M") in text
    assert "Fittja torg" in text
    assert "Nadia Yousef" in text
    assert "omradesstrateg@example.se" in text
    assert f"http://testserver{session.url}kampanj/" in text


# --- structured data ---------------------------------------------------------------------


@pytest.mark.parametrize("route", ["", "kampanj/"])
def test_session_and_campaign_pages_describe_the_event_for_search_engines(client, session, route):
    (event,) = json_ld(text_of(client.get(session.url + route)))

    assert event["@type"] == "Event"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["startDate"] == timezone.localtime(session.start).isoformat()
    assert event["location"]["name"] == "Fittja torg"
    assert event["location"]["address"]["streetAddress"] == "Fittja torg 1"
    assert event["organizer"]["name"] == "Dialogkommissionen"
    assert event["url"] == f"http://testserver{session.url}kampanj/"


def test_a_cancelled_event_is_marked_cancelled_for_search_engines(client, session):
    session.cancelled = True
    session.save_revision().publish()

    (event,) = json_ld(text_of(client.get(campaign_url(session))))

    assert event["eventStatus"] == "https://schema.org/EventCancelled"


# --- rounds and the overview -------------------------------------------------------------


@pytest.fixture
def spring_round(site_tree, area, theme):
    """Three sessions in Fittja from March to May 2031, and one in the autumn."""
    dates = [(2031, 3, 15), (2031, 4, 8), (2031, 5, 20), (2031, 10, 4)]
    return [
        publish_session(
            site_tree.dialogues,
            area,
            title=f"Dialog {year}-{month}-{day}",
            slug=f"dialog-{year}-{month}-{day}",
            theme=theme if number else None,
            start=stockholm(year, month, day, 15, 0),
            end=stockholm(year, month, day, 18, 0),
        )
        for number, (year, month, day) in enumerate(dates)
    ]


def test_sessions_of_one_area_in_one_period_form_a_round(client, spring_round):
    text = text_of(client.get("/sv/dialoger/omgang/fittja/2031-03/"))

    assert "Botkyrkadialogen i Fittja, mars till maj 2031" in text
    for session in spring_round[:3]:
        assert f'href="http://testserver{session.url}kampanj/"' in text
    assert spring_round[3].title not in text


def test_the_next_period_is_the_next_round(client, spring_round):
    text = text_of(client.get("/sv/dialoger/omgang/fittja/2031-10/"))

    assert spring_round[3].title in text
    assert spring_round[0].title not in text


def test_an_unknown_round_is_not_found(client, spring_round):
    assert client.get("/sv/dialoger/omgang/fittja/2031-04/").status_code == 404
    assert client.get("/sv/dialoger/omgang/ingenstans/2031-03/").status_code == 404


def test_a_round_has_a_calendar_of_all_its_sessions(client, spring_round):
    response = client.get("/sv/dialoger/omgang/fittja/2031-03/kalender.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert len(list(calendar_of(response).walk("VEVENT"))) == 3


def test_the_session_campaign_links_its_round(client, spring_round):
    text = text_of(client.get(campaign_url(spring_round[1])))

    assert 'href="/sv/dialoger/omgang/fittja/2031-03/"' in text


def test_the_campaign_overviews_list_upcoming_campaigns_for_the_municipality_and_the_area(
    client, spring_round, area_factory
):
    elsewhere = area_factory(title="Alby", slug="alby")
    whole = text_of(client.get("/sv/dialoger/kampanj/"))
    fittja = text_of(client.get("/sv/dialoger/kampanj/fittja/"))
    alby = text_of(client.get("/sv/dialoger/kampanj/alby/"))

    for text in (whole, fittja):
        assert "Botkyrkadialogen i Fittja, mars till maj 2031" in text
        assert f'href="{spring_round[0].url}kampanj/"' in text
    assert spring_round[0].title not in alby
    assert elsewhere.title in alby
    assert client.get("/sv/dialoger/kampanj/ingenstans/").status_code == 404


def test_the_dialogue_index_and_the_area_page_lead_to_the_campaigns(client, spring_round, area):
    index = text_of(client.get("/sv/dialoger/"))
    area_page = text_of(client.get(area.url))

    assert 'href="/sv/dialoger/omgang/fittja/2031-03/"' in index
    assert 'href="/sv/dialoger/kampanj/"' in index
    assert 'href="/sv/dialoger/kampanj/fittja/"' in area_page


def test_past_rounds_are_not_campaigned(client, site_tree, area):
    publish_session(
        site_tree.dialogues,
        area,
        start=timezone.now() - 40 * DAY,
        end=timezone.now() - 40 * DAY + datetime.timedelta(hours=2),
    )

    text = text_of(client.get("/sv/dialoger/kampanj/"))

    assert "Botkyrkadialogen i Fittja" not in text
